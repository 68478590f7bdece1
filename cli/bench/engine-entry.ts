/** What the bench times, built by Vite as the extension is (see shipped-engine.ts). */
export { annotateBlocks } from '../../engine/annotate';
export { openStoreFile } from '../store-open';
export { splitParagraphs } from '../text-documents';
