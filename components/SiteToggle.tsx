import type { JSX } from 'preact';

export interface SwitchProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Extra line under the label, e.g. why the switch has no effect right now. */
  hint?: string;
}

/** A labelled checkbox drawn as a switch; still a native checkbox, so keyboard and screen readers just work. */
export function Switch({ id, label, checked, onChange, hint }: SwitchProps): JSX.Element {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="gloss-switch">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p class="gloss-switch-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

export interface SiteToggleProps {
  /** Already worded, e.g. "On for news.example.com". */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

/** The per-site switch (`input#site-toggle`, which the end-to-end tests drive). */
export function SiteToggle(props: SiteToggleProps): JSX.Element {
  return <Switch id="site-toggle" {...props} />;
}
