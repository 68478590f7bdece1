import type { JSX } from 'preact';
import type { PageEntity } from '@/engine/messages';
import type { EntityType } from '@/engine/types';
import type { Settings } from '@/engine/settings';
import { isSiteEnabled, withSiteEnabled } from '@/engine/settings';
import { SiteToggle, Switch } from './SiteToggle';
import { formatCount } from './options-format';
import { PopupEntities } from './PopupEntities';
import { TypeToggles } from './TypeToggles';
import './theme.css';
import './Popup.css';

import type { Translate } from './translate';

/** What the popup knows about the page of its tab (the content script's pageInfo answer). */
export interface PopupPage {
  hostname: string;
  entities: readonly PageEntity[];
}

export interface PopupProps {
  t: Translate;
  settings: Settings;
  /** 'loading' until the tab answers; null when no content script answers (e.g. browser pages). */
  page: PopupPage | null | 'loading';
  onChange: (settings: Settings) => void;
  onOpenOptions?: () => void;
  /** Scrolls the page to an entity's first mention and flashes it. */
  onReveal?: (entity: PageEntity) => void;
  iconSrc?: string;
  /** The reader's locale for counts (default: the browser's). */
  locale?: string;
}

export const TYPE_LABEL_KEYS: Record<EntityType, string> = {
  person: 'typePerson',
  place: 'typePlace',
  organisation: 'typeOrganisation',
  event: 'typeEvent',
  other: 'typeOther',
};

function typeLabels(t: Translate): Record<EntityType, string> {
  return Object.fromEntries(Object.entries(TYPE_LABEL_KEYS).map(([type, key]) => [type, t(key)])) as Record<
    EntityType,
    string
  >;
}

function PageSection({ t, settings, page, onChange, onReveal, locale }: PopupProps): JSX.Element {
  if (page === 'loading') return <p class="gloss-muted">{t('popupLoading')}</p>;
  if (page === null || page.hostname === '')
    return (
      <p class="gloss-unsupported" role="status">
        {t('popupUnsupported')}
      </p>
    );
  // The site switch shows the site's own state; the global switch is shown (and stored) separately.
  const siteOn = isSiteEnabled({ ...settings, enabled: true }, page.hostname);
  return (
    <>
      <SiteToggle
        label={t('popupSiteToggle', page.hostname)}
        checked={siteOn}
        hint={settings.enabled ? undefined : t('popupGlobalOffHint')}
        onChange={(on) => onChange(withSiteEnabled(settings, page.hostname, on))}
      />
      <p class="gloss-count">
        {t('popupPageCountLabel')}:{' '}
        <strong id="page-count">{formatCount(page.entities.length, locale)}</strong>
      </p>
      <PopupEntities
        t={t}
        entities={page.entities}
        typeLabels={typeLabels(t)}
        onReveal={onReveal}
        locale={locale}
      />
    </>
  );
}

/** The toolbar popup: site and global switches, entity types, and what was found on the page. */
export function Popup(props: PopupProps): JSX.Element {
  const { t, settings, onChange, onOpenOptions, iconSrc } = props;
  const labels = typeLabels(t);
  return (
    <main class="gloss-popup" data-theme={settings.theme}>
      <header class="gloss-header">
        {iconSrc && <img src={iconSrc} alt="" width={20} height={20} />}
        <h1>{t('popupTitle')}</h1>
      </header>
      <PageSection {...props} />
      <Switch
        id="global-toggle"
        label={t('popupGlobalToggle')}
        checked={settings.enabled}
        onChange={(enabled) => onChange({ ...settings, enabled })}
      />
      <TypeToggles
        legend={t('popupTypesHeading')}
        labels={labels}
        types={settings.types}
        onChange={(type, on) => onChange({ ...settings, types: { ...settings.types, [type]: on } })}
      />
      {onOpenOptions && (
        <footer class="gloss-footer">
          <button type="button" class="gloss-link" onClick={onOpenOptions}>
            {t('popupOptionsLink')}
          </button>
        </footer>
      )}
    </main>
  );
}
