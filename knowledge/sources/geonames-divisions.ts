/**
 * What each country calls its first-level divisions, for descriptions such as "State of the
 * United States" or "Province of Argentina". GeoNames' admin1 list names the divisions but not
 * their kind; countries missing here are described by the kind their names carry ("Kyiv Oblast",
 * "Samarqand Region") or as a region.
 */
const KIND_BY_COUNTRY: Readonly<Record<string, string>> = {
  AF: 'Province',
  AR: 'Province',
  AT: 'State',
  AU: 'State',
  BD: 'Division',
  BE: 'Region',
  BO: 'Department',
  BR: 'State',
  BY: 'Region',
  CA: 'Province',
  CH: 'Canton',
  CL: 'Region',
  CN: 'Province',
  CO: 'Department',
  DE: 'State',
  EC: 'Province',
  EG: 'Governorate',
  ES: 'Autonomous community',
  ET: 'Region',
  FR: 'Region',
  GB: 'Country',
  ID: 'Province',
  IN: 'State',
  IQ: 'Governorate',
  IR: 'Province',
  IT: 'Region',
  JP: 'Prefecture',
  KE: 'County',
  KR: 'Province',
  KZ: 'Region',
  MX: 'State',
  MY: 'State',
  NG: 'State',
  NL: 'Province',
  NO: 'County',
  PE: 'Region',
  PH: 'Province',
  PK: 'Province',
  PL: 'Voivodeship',
  RU: 'Federal subject',
  SA: 'Region',
  SE: 'County',
  SY: 'Governorate',
  TH: 'Province',
  TR: 'Province',
  UA: 'Oblast',
  US: 'State',
  VE: 'State',
  VN: 'Province',
  ZA: 'Province',
};

// Divisions of another kind than their country's usual one, by name.
const KIND_BY_NAME: Readonly<Record<string, string>> = {
  'District of Columbia': 'Federal district',
  'Australian Capital Territory': 'Territory',
  'Northern Territory': 'Territory',
  'Northwest Territories': 'Territory',
  Yukon: 'Territory',
  Nunavut: 'Territory',
  Delhi: 'Union territory',
  Chandigarh: 'Union territory',
  Puducherry: 'Union territory',
  Lakshadweep: 'Union territory',
  Ladakh: 'Union territory',
  'Jammu and Kashmir': 'Union territory',
  'Andaman and Nicobar': 'Union territory',
  'Dadra and Nagar Haveli and Daman and Diu': 'Union territory',
  Tibet: 'Autonomous region',
  Xinjiang: 'Autonomous region',
  'Inner Mongolia': 'Autonomous region',
  Guangxi: 'Autonomous region',
  Ningxia: 'Autonomous region',
  Chongqing: 'Municipality',
  Crimea: 'Autonomous republic',
  Karakalpakstan: 'Autonomous republic',
};

const KIND_IN_NAME =
  /\b(Oblast|Krai|Region|Province|Governorate|Prefecture|District|County|Territory|Department|Republic|State)$/i;

/** The kind of a first-level division: "State", "Province", "Oblast"... */
export function divisionKind(countryCode: string, name: string): string {
  const inName = KIND_IN_NAME.exec(name)?.[1];
  const kind = KIND_BY_NAME[name] ?? KIND_BY_COUNTRY[countryCode] ?? inName ?? 'Region';
  return kind.charAt(0).toUpperCase() + kind.slice(1).toLowerCase();
}

// A city-like division: the capital district or city-state inside a country (Buenos Aires F.D.,
// Kyiv City, State of Berlin, Mexico City).
const CITY_DIVISION = /\bCity\b|\bF\.D\.|\bD\.C\.|^State of |Federal District|Capital District/;
const CITY_DECORATION = /^(?:State|City) of |,? (?:City|F\.D\.|D\.C\.|Federal District|Capital District)$/g;

/** The name a city-like division shares with its city: "Kyiv City" → "Kyiv". */
export function undecorated(name: string): string {
  return name.replace(CITY_DECORATION, '');
}

/**
 * Is this division the city that is its seat, and not a province named after its capital? Yes
 * when its name says so (Kyiv City) or the seat holds three quarters of the people the table
 * lists in the division (Moscow, Vienna, Dubai); Córdoba Province, with under half in its
 * capital, stays apart.
 */
export function isCityDivision(name: string, seatPopulation: number, divisionPopulation: number): boolean {
  return CITY_DIVISION.test(name) || seatPopulation >= 0.75 * divisionPopulation;
}
