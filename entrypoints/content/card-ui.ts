/**
 * The card and panel UI: Preact, floating-ui, the components and their style sheet, and the card's
 * controller (hover intent, the card's life and buttons). Built as a file of its own
 * (content-scripts/card-ui.js, see scripts/card-ui-chunk.ts) that the content script imports on first
 * need, so a page's start-up parses only what reading and highlighting need (issue 6).
 */
export { CardController } from './card-controller';
export { CardView } from './card-view';
export { PanelView } from './panel-view';
