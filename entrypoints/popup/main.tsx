import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { t } from '@/extension/i18n';
import { popupApi } from '@/extension/popup-api';

const root = document.getElementById('app');
if (root) render(<PopupApp api={popupApi} t={t} iconSrc={browser.runtime.getURL('/icon/32.png')} />, root);
