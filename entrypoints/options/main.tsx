import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/OptionsApp';
import { t } from '@/extension/i18n';
import { optionsApi } from '@/extension/options-api';

document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp api={optionsApi} t={t} locale={browser.i18n.getUILanguage()} />, root);
