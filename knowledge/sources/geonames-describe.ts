// Country names English writes with "the" (the United States, the Netherlands, the Philippines).
const WITH_ARTICLE =
  /^(?:United |Netherlands$|Philippines$|Bahamas$|Maldives$|Comoros$|Seychelles$|Gambia$|Czech Republic$|Central African Republic$|Dominican Republic$|DR Congo$|Republic of |Marshall Islands$|Solomon Islands$|Cayman Islands$|Falkland Islands$|Faroe Islands$|Cook Islands$|British Virgin Islands$|United States Virgin Islands$|Turks and Caicos Islands$|Northern Mariana Islands$|Vatican City$)/;

/** "the United States", "Uzbekistan". */
export function countryPhrase(country: string): string {
  return WITH_ARTICLE.test(country) ? `the ${country}` : country;
}

// Countries where a city's first-level division is part of how English names where it is
// ("Portland, Oregon"; "Cardiff, Wales").
const DIVISION_NAMED = new Set(['US', 'GB', 'CA', 'AU']);

export interface CityFacts {
  countryCode: string;
  country: string | undefined;
  division: string | undefined;
  population: number;
  capital: boolean;
}

const formatPopulation = (n: number): string => n.toLocaleString('en-US');

/** "City in Uzbekistan · population 546,303", "Capital of Ukraine · population 2,797,553". */
export function describeCity(facts: CityFacts): string {
  const { country, division, population } = facts;
  const tail = population > 0 ? ` · population ${formatPopulation(population)}` : '';
  if (facts.capital && country) return `Capital of ${countryPhrase(country)}${tail}`;
  const kind = population >= 100_000 ? 'City' : 'Town';
  const where =
    division && country && DIVISION_NAMED.has(facts.countryCode)
      ? `${division}, ${country}`
      : country
        ? countryPhrase(country)
        : division;
  return where ? `${kind} in ${where}${tail}` : `${kind}${tail}`;
}

/** "State of the United States", "Province of Argentina". */
export function describeDivision(kind: string, country: string | undefined): string {
  return country ? `${kind} of ${countryPhrase(country)}` : kind;
}
