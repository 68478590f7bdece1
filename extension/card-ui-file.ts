/**
 * The card and panel UI's file in the built extension: made by scripts/card-ui-chunk.ts, listed as the
 * one web-accessible resource (a module a content script imports must be), imported by the content
 * script on first need (entrypoints/content/card-ui-loader.ts).
 */
export const CARD_UI_FILE = 'content-scripts/card-ui.js';
