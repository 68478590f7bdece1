import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { HighlightStyle, Settings, Theme } from '@/engine/settings';
import { formatCount, formatPercent } from './options-format';
import type { Translate } from './translate';

type NumberKey = 'hoverDelayMs';

interface NumberFieldProps {
  id: NumberKey;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  t: Translate;
  locale?: string;
  onValid: (value: number) => void;
}

/** A number input that keeps what the reader typed and saves only values in range; others get a message. */
function NumberField({
  id,
  label,
  value,
  min,
  max,
  step,
  t,
  locale,
  onValid,
}: NumberFieldProps): JSX.Element {
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
          {t('optionsInvalidNumber', [formatCount(min, locale), formatCount(max, locale)])}
        </p>
      )}
    </div>
  );
}

export interface OptionsSettingsProps {
  t: Translate;
  settings: Settings;
  onChange: (settings: Settings) => void;
  /** The reader's locale for numbers (default: the browser's). */
  locale?: string;
}

const THEMES: { value: Theme; key: string }[] = [
  { value: 'auto', key: 'optionsThemeAuto' },
  { value: 'light', key: 'optionsThemeLight' },
  { value: 'dark', key: 'optionsThemeDark' },
];

const HIGHLIGHT_STYLES: { value: HighlightStyle; key: string }[] = [
  { value: 'underline', key: 'optionsHighlightUnderline' },
  { value: 'background', key: 'optionsHighlightBackground' },
  { value: 'none', key: 'optionsHighlightNone' },
];

interface ChoiceFieldProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: { value: T; key: string }[];
  t: Translate;
  onPick: (value: T) => void;
}

function ChoiceField<T extends string>({
  id,
  label,
  value,
  options,
  t,
  onPick,
}: ChoiceFieldProps<T>): JSX.Element {
  return (
    <div class="gloss-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        name={id}
        value={value}
        onChange={(event) => {
          const picked = options.find((option) => option.value === event.currentTarget.value);
          if (picked) onPick(picked.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.key)}
          </option>
        ))}
      </select>
    </div>
  );
}

function CheckField({
  id,
  label,
  checked,
  onToggle,
}: {
  id: string;
  label: string;
  checked: boolean;
  onToggle: (checked: boolean) => void;
}) {
  return (
    <div class="gloss-field gloss-field-inline">
      <input
        type="checkbox"
        id={id}
        name={id}
        checked={checked}
        onChange={(event) => onToggle(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

/** The confidence threshold as a slider from "more cards" to "fewer, surer cards"; saved when released. */
function ThresholdField({
  t,
  value,
  onPick,
  locale,
}: {
  t: Translate;
  value: number;
  onPick: (value: number) => void;
  locale?: string;
}) {
  return (
    <div class="gloss-field">
      <label for="threshold">{t('optionsThreshold')}</label>
      <div class="gloss-range">
        <span aria-hidden="true">{t('optionsThresholdMore')}</span>
        <input
          type="range"
          id="threshold"
          name="threshold"
          min={0.1}
          max={0.9}
          step={0.05}
          value={String(value)}
          aria-valuetext={t('optionsThresholdSure', formatPercent(value, locale))}
          onChange={(event) => {
            const picked = Number(event.currentTarget.value);
            if (Number.isFinite(picked) && picked >= 0 && picked <= 1 && picked !== value) onPick(picked);
          }}
        />
        <span aria-hidden="true">{t('optionsThresholdFewer')}</span>
      </div>
    </div>
  );
}

/** The settings that are not in the popup: how cards open and look, and what links. */
export function OptionsSettings({ t, settings, onChange, locale }: OptionsSettingsProps): JSX.Element {
  const set =
    <K extends keyof Settings>(key: K) =>
    (value: Settings[K]) =>
      onChange({ ...settings, [key]: value });
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
        locale={locale}
        onValid={set('hoverDelayMs')}
      />
      <ChoiceField
        id="highlightStyle"
        label={t('optionsHighlightStyle')}
        value={settings.highlightStyle}
        options={HIGHLIGHT_STYLES}
        t={t}
        onPick={set('highlightStyle')}
      />
      <CheckField
        id="highlightAll"
        label={t('optionsHighlightAll')}
        checked={settings.highlightAll}
        onToggle={set('highlightAll')}
      />
      <ChoiceField
        id="theme"
        label={t('optionsTheme')}
        value={settings.theme}
        options={THEMES}
        t={t}
        onPick={set('theme')}
      />
      <ThresholdField t={t} value={settings.threshold} onPick={set('threshold')} locale={locale} />
      <CheckField
        id="demonyms"
        label={t('optionsDemonyms')}
        checked={settings.demonyms}
        onToggle={set('demonyms')}
      />
    </section>
  );
}
