import type { JSX } from 'preact';
import type { PageEntity } from '@/engine/messages';
import type { EntityType } from '@/engine/types';
import { ENTITY_TYPES } from '@/engine/types';
import { formatCount } from './options-format';
import type { Translate } from './translate';

export interface PopupEntitiesProps {
  t: Translate;
  entities: readonly PageEntity[];
  /** Heading of each type's group, e.g. "People". */
  typeLabels: Record<EntityType, string>;
  /** Scrolls the page to the entity's first mention and flashes it. */
  onReveal?: (entity: PageEntity) => void;
  /** The reader's locale for counts (default: the browser's). */
  locale?: string;
}

/** The names found on the page, grouped by type with counts; clicking one shows it on the page. */
export function PopupEntities({
  t,
  entities,
  typeLabels,
  onReveal,
  locale,
}: PopupEntitiesProps): JSX.Element {
  if (entities.length === 0) return <p class="gloss-muted gloss-entities-empty">{t('popupNoEntities')}</p>;
  const groups = ENTITY_TYPES.map((type) => ({
    type,
    items: entities.filter((e) => e.type === type),
  })).filter((group) => group.items.length > 0);
  return (
    <section class="gloss-entities" aria-label={t('popupEntitiesHeading')}>
      <h2>{t('popupEntitiesHeading')}</h2>
      {groups.map(({ type, items }) => (
        <div class="gloss-entity-group" key={type} data-type={type}>
          <h3>
            <span class={`gloss-swatch gloss-swatch-${type}`} aria-hidden="true" />
            {typeLabels[type]} <span class="gloss-entity-total">({formatCount(items.length, locale)})</span>
          </h3>
          <ul>
            {items.map((entity) => (
              <li key={entity.id}>
                <button
                  type="button"
                  class="gloss-entity"
                  data-entity-id={entity.id}
                  title={t('popupEntityReveal', entity.name)}
                  onClick={() => onReveal?.(entity)}
                >
                  <span class="gloss-entity-name">{entity.name}</span>
                  <span
                    class="gloss-entity-count"
                    aria-label={t('popupEntityMentions', formatCount(entity.count, locale))}
                  >
                    {formatCount(entity.count, locale)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
