import { readFileSync } from 'node:fs';
import { unpack } from 'efrt';
import { packageFile } from '../paths';

/**
 * compromise-wikipedia's list of popular English Wikipedia titles (about 38,000: what readers
 * look up), lower-cased, spaces for underscores, no types. The package packs them with efrt into
 * src/_model.js (`export default \`…\``); its exports map does not expose that file, so it is
 * read from node_modules as text. Build time only; never shipped.
 */
export const POPULAR_TITLES_PACKAGE = 'compromise-wikipedia';

/** The packed lexicon out of the module text: the one template literal it exports. */
export function packedModel(moduleText: string): string {
  const match = /export default `([^`]*)`/.exec(moduleText);
  if (!match?.[1]) throw new Error(`${POPULAR_TITLES_PACKAGE}: no packed lexicon in src/_model.js`);
  return match[1];
}

/** The set of titles from an efrt-packed lexicon. */
export function unpackTitles(packed: string): Set<string> {
  return new Set(Object.keys(unpack(packed)));
}

let cached: ReadonlySet<string> | undefined;

/** The popular titles, read once per process. */
export function readPopularTitles(): ReadonlySet<string> {
  cached ??= unpackTitles(
    packedModel(readFileSync(packageFile(POPULAR_TITLES_PACKAGE, 'src/_model.js'), 'utf8')),
  );
  return cached;
}

/** The list's form of an English Wikipedia title: lower-cased, underscores as spaces. */
export function popularTitleKey(title: string): string {
  return title.replace(/_/g, ' ').trim().toLowerCase();
}
