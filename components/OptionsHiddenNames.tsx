import type { JSX } from 'preact';
import type { Settings } from '@/engine/settings';
import type { Translate } from './translate';

export interface OptionsHiddenNamesProps {
  t: Translate;
  settings: Settings;
  onChange: (settings: Settings) => void;
}

/** Names the reader hid from cards ("Hide this name"), each of which can be shown again. */
export function OptionsHiddenNames({ t, settings, onChange }: OptionsHiddenNamesProps): JSX.Element {
  const names = settings.hiddenNames;
  const remove = (name: string) => onChange({ ...settings, hiddenNames: names.filter((n) => n !== name) });
  return (
    <section class="gloss-section" aria-labelledby="hidden-heading">
      <h2 id="hidden-heading">{t('optionsHiddenHeading')}</h2>
      {names.length === 0 ? (
        <p class="gloss-muted">{t('optionsHiddenEmpty')}</p>
      ) : (
        <ul class="gloss-list" aria-labelledby="hidden-heading">
          {names.map((name) => (
            <li key={name}>
              <span>{name}</span>
              <button type="button" aria-label={t('optionsHiddenRemove', name)} onClick={() => remove(name)}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
