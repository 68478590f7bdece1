import { defineWebExtConfig } from 'wxt';

// WXT's dev mode would try to open a browser, which crashes when run as root here.
export default defineWebExtConfig({ disabled: true });
