import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { AliasOptions, InlineConfig } from 'vite';
import { CARD_UI_FILE } from './extension/card-ui-file';
import { buildCardUiChunk } from './scripts/card-ui-chunk';

// The gecko id is also used by the Firefox end-to-end test to pin the extension's UUID.
export const GECKO_ID = 'gloss@gloss.example';

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The popup, options page and background use webextension-polyfill (WXT's module for it aliases
    // wxt/browser). The content script does not: it uses the browser's own promise APIs (`browser` in
    // Firefox, `chrome` in Chrome MV3), which spares every page 10 KB of script to parse.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) usePolyfill(config);
    },
    // `wxt` (dev) serves the HTML pages from a dev server; content scripts are still built as above.
    'vite:devServer:extendConfig': (config) => usePolyfill(config),
    'build:done': (wxt) => buildCardUiChunk(wxt),
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: 'Gloss' },
    // Keyboard commands (issue 5), changeable in the browser's shortcut settings; handled in the background.
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandToggleSite__',
      },
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenPanel__',
      },
    },
    // The card UI, imported by the content script on first need. In Chrome only through the URL
    // runtime.getURL gives, which changes every session (a page cannot guess it); Firefox MV2 has no
    // such option, and its extension origin is a random id per install. README.md, Permissions.
    web_accessible_resources:
      browser === 'firefox'
        ? [CARD_UI_FILE]
        : [{ resources: [CARD_UI_FILE], matches: ['<all_urls>'], use_dynamic_url: true }],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

/** Points wxt/browser at webextension-polyfill, as WXT's module for it does for every build. */
function usePolyfill(config: InlineConfig): void {
  config.resolve ??= {};
  config.resolve.alias = [
    ...aliasList(config.resolve.alias),
    { find: /^wxt\/browser$/, replacement: '@wxt-dev/webextension-polyfill/browser' },
  ];
}

/** Vite takes aliases as a record or a list; a list keeps both kinds. */
function aliasList(alias: AliasOptions | undefined): { find: string | RegExp; replacement: string }[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return [...alias];
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}
