import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/OptionsApp';
import { t } from '@/extension/i18n';
import { optionsApi } from '@/extension/options-api';
import { backupApi } from './backup-api';

// The page speaks the browser's UI language: its lang for fonts and screen readers, its direction
// for right-to-left translations, and its locale for dates and numbers.
const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp api={optionsApi} backup={backupApi} t={t} locale={locale} />, root);
