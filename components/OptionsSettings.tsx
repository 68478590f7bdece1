import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Settings, Theme } from '@/engine/settings';
import type { Translate } from './Popup';

type NumberKey = 'hoverDelayMs' | 'threshold';

interface NumberFieldProps {
  id: NumberKey;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  t: Translate;
  onValid: (value: number) => void;
}

/** A number input that keeps what the reader typed and saves only values in range; others get a message. */
function NumberField({ id, label, value, min, max, step, t, onValid }: NumberFieldProps): JSX.Element {
  // What the reader typed while it is out of range; null shows the saved value (which may change elsewhere).
  const [draft, setDraft] = useState<string | null>(null);
  const errorId = `${id}-error`;
  const commit = (raw: string) => {
    const parsed = raw.trim() === '' ? NaN : Number(raw);
    const ok = Number.isFinite(parsed) && parsed >= min && parsed <= max;
    setDraft(ok ? null : raw);
    if (ok && parsed !== value) onValid(parsed);
  };
  const invalid = draft !== null;
  return (
    <div class="gloss-field">
      <label for={id}>{label}</label>
      <input
        type="number"
        id={id}
        name={id}
        min={min}
        max={max}
        step={step}
        value={draft ?? String(value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(event) => commit(event.currentTarget.value)}
      />
      {invalid && (
        <p class="gloss-error" id={errorId} role="alert">
          {t('optionsInvalidNumber', [String(min), String(max)])}
        </p>
      )}
    </div>
  );
}

export interface OptionsSettingsProps {
  t: Translate;
  settings: Settings;
  onChange: (settings: Settings) => void;
}

const THEMES: { value: Theme; key: string }[] = [
  { value: 'auto', key: 'optionsThemeAuto' },
  { value: 'light', key: 'optionsThemeLight' },
  { value: 'dark', key: 'optionsThemeDark' },
];

/** The settings that are not in the popup: hover delay, threshold, demonyms, theme. */
export function OptionsSettings({ t, settings, onChange }: OptionsSettingsProps): JSX.Element {
  return (
    <section class="gloss-section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('optionsSettingsHeading')}</h2>
      <NumberField
        id="hoverDelayMs"
        label={t('optionsHoverDelay')}
        value={settings.hoverDelayMs}
        min={0}
        max={1500}
        step={50}
        t={t}
        onValid={(hoverDelayMs) => onChange({ ...settings, hoverDelayMs })}
      />
      <NumberField
        id="threshold"
        label={t('optionsThreshold')}
        value={settings.threshold}
        min={0}
        max={1}
        step={0.05}
        t={t}
        onValid={(threshold) => onChange({ ...settings, threshold })}
      />
      <div class="gloss-field gloss-field-inline">
        <input
          type="checkbox"
          id="demonyms"
          name="demonyms"
          checked={settings.demonyms}
          onChange={(event) => onChange({ ...settings, demonyms: event.currentTarget.checked })}
        />
        <label for="demonyms">{t('optionsDemonyms')}</label>
      </div>
      <div class="gloss-field">
        <label for="theme">{t('optionsTheme')}</label>
        <select
          id="theme"
          name="theme"
          value={settings.theme}
          onChange={(event) => {
            const theme = THEMES.find((option) => option.value === event.currentTarget.value);
            if (theme) onChange({ ...settings, theme: theme.value });
          }}
        >
          {THEMES.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.key)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
