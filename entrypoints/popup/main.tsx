import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { t } from '@/extension/i18n';
import { popupApi } from '@/extension/popup-api';

// Counts are written in the browser's UI language, as the options page writes its numbers and dates.
const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
const root = document.getElementById('app');
if (root)
  render(
    <PopupApp api={popupApi} t={t} locale={locale} iconSrc={browser.runtime.getURL('/icon/32.png')} />,
    root,
  );
