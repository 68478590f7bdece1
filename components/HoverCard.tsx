import type { CardData } from '../engine/messages';
import type { Theme } from '../engine/settings';
import type { EntityType } from '../engine/types';
import { FactList } from './FactList';
import { formatFacts, formatIsoDate, parseIsoDate } from './format-facts';
import cardCss from './card.css?inline';

/** The card's styles, for the shadow root it is rendered in (page styles never reach it, nor it them). */
export const HOVER_CARD_CSS: string = cardCss;

const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  event: 'Event',
  other: 'Other',
};

const MAX_ALIASES = 4;

export interface HoverCardProps {
  card: CardData;
  theme?: Theme;
  /** The reader's locale for dates and numbers (default: the browser's). */
  locale?: string;
  /** Today, for ages (default: now). */
  now?: Date;
  /** Viewport position; null while the card is being measured (laid out but not visible). */
  position?: { left: number; top: number } | null;
  /** Fading out before it is removed. */
  closing?: boolean;
  onClose?: () => void;
}

/** English Wikipedia URL for a title ("Vladimir Putin" → .../wiki/Vladimir_Putin). */
export function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

function sourceLine(card: CardData, locale?: string): string {
  const { name, version, asOf } = card.source;
  // A version that is itself a date says no more than "as of".
  const label = version && !/^\d{4}-\d{2}/.test(version) ? `${name} ${version}` : name;
  const date = parseIsoDate(asOf.slice(0, 7));
  return date ? `${label}, as of ${formatIsoDate(date, locale)}` : label;
}

/** The hover card: a labelled non-modal dialog about one entity. */
export function HoverCard({
  card,
  theme = 'auto',
  locale,
  now,
  position = null,
  closing,
  onClose,
}: HoverCardProps) {
  const facts = formatFacts(card.facts, { locale, now: now ?? new Date() });
  const aliases = card.aliases.filter((alias) => alias !== card.name).slice(0, MAX_ALIASES);
  const style = position
    ? { left: `${position.left}px`, top: `${position.top}px` }
    : { left: '0px', top: '0px', visibility: 'hidden' };
  return (
    <div
      class={closing ? 'card closing' : 'card'}
      role="dialog"
      aria-label={card.name}
      data-theme={theme}
      data-type={card.type}
      data-entity-id={card.id}
      style={style}
    >
      <header class="head">
        <h2 class="name">
          {card.flag ? (
            <span class="flag" aria-hidden="true">
              {card.flag}{' '}
            </span>
          ) : null}
          {card.name}
        </h2>
        {onClose ? (
          <button type="button" class="close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        ) : null}
      </header>
      <p class="type">{TYPE_LABELS[card.type]}</p>
      {card.description ? <p class="description">{card.description}</p> : null}
      <FactList facts={facts} />
      {aliases.length > 0 ? <p class="aliases">Also known as: {aliases.join(', ')}</p> : null}
      <footer class="foot">
        <span class="source">{sourceLine(card, locale)}</span>
        {card.wikipedia ? (
          <a class="wikipedia" href={wikipediaUrl(card.wikipedia)} target="_blank" rel="noopener noreferrer">
            Read on Wikipedia
          </a>
        ) : null}
      </footer>
    </div>
  );
}
