import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageEntity } from '../engine/messages';
import { formatCount } from './options-format';
import type { Translate } from './translate';

export interface EntityPanelProps {
  t: Translate;
  /** The page's entities in the order they first appear. */
  entities: readonly PageEntity[];
  theme: 'auto' | 'light' | 'dark';
  /** Enter on an entity: open its card at its first mention. */
  onOpen: (entity: PageEntity) => void;
  /** The reader's locale for counts (default: the browser's). */
  locale?: string;
}

const STEP: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
  PageDown: (i, last) => Math.min(i + 10, last),
  PageUp: (i) => Math.max(i - 10, 0),
};

/**
 * The keyboard's way in (UX.md): a labelled non-modal dialog listing the page's names as a
 * listbox. Arrow keys move, Enter opens the card; Esc (handled with the card's) closes it.
 */
export function EntityPanel({ t, entities, theme, onOpen, locale }: EntityPanelProps): JSX.Element {
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => list.current?.focus(), []);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEP[event.key];
    const entity = entities[active];
    if (step) setActive(step(active, Math.max(entities.length - 1, 0)));
    else if (event.key === 'Enter' && entity) onOpen(entity);
    else return;
    // Keys the panel used are not the page's: its own shortcuts must not see them too.
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div class="card panel" role="dialog" aria-label={t('panelLabel')} data-theme={theme}>
      <h2 class="name">{t('panelLabel')}</h2>
      <p class="type">{t('panelHint')}</p>
      {entities.length === 0 ? (
        <p class="candidates-note">{t('panelEmpty')}</p>
      ) : (
        <ul
          class="panel-list"
          role="listbox"
          tabIndex={0}
          ref={list}
          aria-label={t('panelLabel')}
          aria-activedescendant={`gloss-panel-${active}`}
          onKeyDown={onKeyDown}
        >
          {entities.map((entity, index) => (
            <li
              key={entity.id}
              id={`gloss-panel-${index}`}
              class="panel-item"
              role="option"
              data-entity-id={entity.id}
              aria-selected={index === active ? 'true' : 'false'}
              onClick={() => onOpen(entity)}
            >
              <span class={`swatch-${entity.type}`}>{entity.name}</span>
              <span class="panel-count">{t('panelMentions', formatCount(entity.count, locale))}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
