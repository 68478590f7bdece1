import type { JSX, TargetedEvent } from 'preact';

export interface OptionsFileButtonProps {
  id: string;
  label: string;
  accept: string;
  /** Gets the chosen file's text and name. */
  onText: (text: string, fileName: string) => void;
  disabled?: boolean;
}

/** A labelled file input that hands over the chosen file's text, then clears itself so the same file can be chosen again. */
export function OptionsFileButton({
  id,
  label,
  accept,
  onText,
  disabled,
}: OptionsFileButtonProps): JSX.Element {
  const change = (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then(
      (text: string) => {
        input.value = '';
        onText(text, file.name);
      },
      (error: unknown) => console.warn('Gloss: could not read the chosen file', error),
    );
  };
  return (
    <span class="gloss-file">
      <label for={id}>{label}</label>
      <input id={id} type="file" accept={accept} disabled={disabled} onChange={change} />
    </span>
  );
}
