import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate } from './translate';

/** UX.md (after Page Previews): a description longer than this is cut, with a fade and "Read more". */
export const DESCRIPTION_LIMIT = 525;
// A cut this far back from the limit at most, so it falls between words rather than inside one.
const WORD_SLACK = 80;

/**
 * The description cut to at most `limit` characters (code points, so a surrogate pair is never
 * split), at the last space before the limit when there is one near it; null when it fits whole.
 */
export function cutDescription(text: string, limit = DESCRIPTION_LIMIT): string | null {
  const chars = Array.from(text);
  if (chars.length <= limit) return null;
  const head = chars.slice(0, limit).join('');
  const space = head.lastIndexOf(' ');
  const cut = space >= head.length - WORD_SLACK ? head.slice(0, space) : head;
  return `${cut.trimEnd()}…`;
}

let nextId = 0;

/** The card's description; a long one starts cut and a button (a toggle, so focus stays put) reveals the rest. */
export function CardDescription({ text, t }: { text: string; t: Translate }): JSX.Element {
  const [expanded, setExpanded] = useState(false);
  const [id] = useState(() => `gloss-description-${++nextId}`);
  const short = cutDescription(text);
  if (short === null) return <p class="description">{text}</p>;
  return (
    <div class="description-wrap">
      <p id={id} class={expanded ? 'description expanded' : 'description cut'}>
        {expanded ? text : short}
      </p>
      <button
        type="button"
        class="link read-more"
        aria-expanded={expanded ? 'true' : 'false'}
        aria-controls={id}
        onClick={() => setExpanded(!expanded)}
      >
        {t(expanded ? 'cardReadLess' : 'cardReadMore')}
      </button>
    </div>
  );
}
