import type { JSX } from 'preact';
import type { Candidate, CardData } from '../engine/messages';
import type { EntityType } from '../engine/types';
import { CandidateList } from './CandidateList';
import { CardDescription } from './CardDescription';
import { FactList } from './FactList';
import { formatFacts, formatIsoDate, parseIsoDate } from './format-facts';
import type { Translate } from './translate';
import cardCss from './card.css?inline';

/** The card's styles, for the shadow root it is rendered in (page styles never reach it, nor it them). */
export const HOVER_CARD_CSS: string = cardCss;

export const CARD_TYPE_KEYS: Readonly<Record<EntityType, string>> = {
  person: 'cardTypePerson',
  place: 'cardTypePlace',
  organisation: 'cardTypeOrganisation',
  event: 'cardTypeEvent',
  other: 'cardTypeOther',
};

const MAX_ALIASES = 4;

/** What the card's buttons do; each is optional so a card can be shown without them (tests, screenshots). */
export interface CardActions {
  onClose?: () => void;
  onPin?: () => void;
  /** Opens (or closes) the "Not this?" list. */
  onNotThis?: () => void;
  onChoose?: (candidate: Candidate) => void;
  onHideName?: () => void;
  onSiteOff?: () => void;
}

export interface HoverCardProps extends CardActions {
  card: CardData;
  t: Translate;
  /** Resolved by the content script ('auto' falls back to the reader's prefers-color-scheme). */
  theme?: 'auto' | 'light' | 'dark';
  /** The reader's locale for dates and numbers (default: the browser's). */
  locale?: string;
  /** Today, for ages (default: now). */
  now?: Date;
  /** Viewport position; null while the card is being measured (laid out but not visible). */
  position?: { left: number; top: number } | null;
  /** A bottom sheet (small touch screens) instead of a card beside the name. */
  sheet?: boolean;
  pinned?: boolean;
  /** Fading out before it is removed. */
  closing?: boolean;
  /** The "Not this?" list: undefined while closed. */
  candidates?: readonly Candidate[] | 'loading';
}

/** English Wikipedia URL for a title ("Vladimir Putin" → .../wiki/Vladimir_Putin). */
export function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

function sourceLine(card: CardData, t: Translate, locale?: string): string {
  const { name, version, asOf } = card.source;
  // A version that is itself a date says no more than "as of".
  const label = version && !/^\d{4}-\d{2}/.test(version) ? `${name} ${version}` : name;
  const date = parseIsoDate(asOf.slice(0, 7));
  return date ? t('cardSourceAsOf', [label, formatIsoDate(date, locale)]) : label;
}

/** A drawn pin: an emoji would depend on the reader's fonts (headless Chromium shows a blank box). */
function PinIcon(): JSX.Element {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M5 1h6v1.5l-1 1V7l2.5 2.5V11H8.75v4L8 16l-.75-1v-4H3.5V9.5L6 7V3.5l-1-1z"
        fill="currentColor"
      />
    </svg>
  );
}

function CardHead({ card, t, pinned, onPin, onClose }: HoverCardProps): JSX.Element {
  return (
    <header class="head">
      <h2 class="name">
        {card.flag ? (
          <span class="flag" aria-hidden="true">
            {card.flag}{' '}
          </span>
        ) : null}
        {card.name}
      </h2>
      {onPin ? (
        <button
          type="button"
          class="icon pin"
          aria-pressed={pinned ? 'true' : 'false'}
          aria-label={t(pinned ? 'cardUnpin' : 'cardPin')}
          title={t(pinned ? 'cardUnpin' : 'cardPin')}
          onClick={onPin}
        >
          <PinIcon />
        </button>
      ) : null}
      {onClose ? (
        <button type="button" class="icon close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      ) : null}
    </header>
  );
}

function CardMenu({ t, card, onNotThis, onHideName, onSiteOff, candidates }: HoverCardProps): JSX.Element {
  return (
    <div class="menu">
      {onNotThis ? (
        <button
          type="button"
          class="link not-this"
          aria-expanded={candidates ? 'true' : 'false'}
          onClick={onNotThis}
        >
          {t('cardNotThis')}
        </button>
      ) : null}
      {onHideName ? (
        <button type="button" class="link hide-name" onClick={onHideName}>
          {t('cardHideName')}
        </button>
      ) : null}
      {onSiteOff ? (
        <button type="button" class="link site-off" onClick={onSiteOff}>
          {t('cardSiteOff')}
        </button>
      ) : null}
      {card.wikipedia ? (
        <a class="wikipedia" href={wikipediaUrl(card.wikipedia)} target="_blank" rel="noopener noreferrer">
          {t('cardReadOnWikipedia')}
        </a>
      ) : null}
    </div>
  );
}

function placementStyle(position: HoverCardProps['position'], sheet?: boolean): Record<string, string> {
  if (sheet) return {};
  return position
    ? { left: `${position.left}px`, top: `${position.top}px` }
    : { left: '0px', top: '0px', visibility: 'hidden' };
}

/** The hover card: a labelled non-modal dialog about one entity. */
export function HoverCard(props: HoverCardProps): JSX.Element {
  const {
    card,
    t,
    theme = 'auto',
    locale,
    now,
    position = null,
    sheet,
    closing,
    candidates,
    onChoose,
  } = props;
  const facts = formatFacts(card.facts, { locale, now: now ?? new Date(), t });
  const aliases = card.aliases.filter((alias) => alias !== card.name).slice(0, MAX_ALIASES);
  const classes = ['card', sheet ? 'sheet' : '', closing ? 'closing' : '', props.pinned ? 'pinned' : ''];
  return (
    <div
      class={classes.filter(Boolean).join(' ')}
      role="dialog"
      aria-label={card.name}
      tabIndex={-1}
      data-theme={theme}
      data-type={card.type}
      data-entity-id={card.id}
      style={placementStyle(position, sheet)}
    >
      <CardHead {...props} />
      <p class="type">{t(CARD_TYPE_KEYS[card.type])}</p>
      {card.description ? <CardDescription key={card.id} text={card.description} t={t} /> : null}
      <FactList facts={facts} />
      {aliases.length > 0 ? <p class="aliases">{t('cardAlsoKnownAs', aliases.join(', '))}</p> : null}
      <CardMenu {...props} />
      {candidates && onChoose ? <CandidateList t={t} candidates={candidates} onChoose={onChoose} /> : null}
      <footer class="foot">
        <span class="source">{sourceLine(card, t, locale)}</span>
      </footer>
    </div>
  );
}
