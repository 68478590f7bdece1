import type { JSX } from 'preact';
import type { EntityType } from '@/engine/types';
import type { Translate } from './translate';

/** One remembered "Not this?" choice, as extension/choices-storage.ts keeps it. */
export interface RememberedChoice {
  id: string;
  name: string;
  type: EntityType;
}

/** Choices by site, then by the name's key. */
export type RememberedChoices = Record<string, Record<string, RememberedChoice>>;

export interface OptionsChoicesProps {
  t: Translate;
  /** null while loading. */
  choices: RememberedChoices | null;
  onRemove: (site: string, nameKey: string) => void;
}

const TYPE_KEYS: Readonly<Record<EntityType, string>> = {
  person: 'cardTypePerson',
  place: 'cardTypePlace',
  organisation: 'cardTypeOrganisation',
  event: 'cardTypeEvent',
  other: 'cardTypeOther',
};

/** The reader's remembered "Not this?" choices, by site, each removable. */
export function OptionsChoices({ t, choices, onRemove }: OptionsChoicesProps): JSX.Element {
  const sites = Object.entries(choices ?? {})
    .filter(([, names]) => Object.keys(names).length > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  return (
    <section class="gloss-section" aria-labelledby="choices-heading">
      <h2 id="choices-heading">{t('optionsChoicesHeading')}</h2>
      <p class="gloss-muted">{t('optionsChoicesHint')}</p>
      {choices !== null && sites.length === 0 && <p class="gloss-muted">{t('optionsChoicesEmpty')}</p>}
      {sites.map(([site, names]) => (
        <div key={site} class="gloss-choice-site">
          <h3>{site}</h3>
          <ul class="gloss-list">
            {Object.entries(names).map(([nameKey, choice]) => (
              <li key={nameKey}>
                <span>
                  {t('optionsChoiceRow', [nameKey, choice.name || choice.id, t(TYPE_KEYS[choice.type])])}
                </span>
                <button
                  type="button"
                  aria-label={t('optionsChoiceRemove', [nameKey, site])}
                  onClick={() => onRemove(site, nameKey)}
                >
                  {t('optionsRemove')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
