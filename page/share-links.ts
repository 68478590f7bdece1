/**
 * Links that share the page to a network or by mail: "Share this with Facebook", "Tweet", "Email".
 * Their text is not read, as a button's is not: their names are no prose (UX.md complaint 5, cards on
 * things nobody meant), a share bar above an article would take the underline of each network's
 * first mention from the article, and the names would count as the story's context. Told by where
 * the links lead, which every share widget spells out, rather than by class names, which each site
 * chooses.
 */
const SHARE_LINK = [
  'a[href*="facebook.com/sharer"]',
  'a[href*="facebook.com/dialog/share"]',
  'a[href*="twitter.com/intent/"]',
  'a[href*="twitter.com/share"]',
  'a[href*="x.com/intent/"]',
  'a[href*="linkedin.com/share"]',
  'a[href*="reddit.com/submit"]',
  'a[href*="pinterest.com/pin/"]',
  'a[href*="tumblr.com/share"]',
  'a[href*="bsky.app/intent/"]',
  'a[href*="api.whatsapp.com/send"]',
  'a[href^="whatsapp:"]',
  'a[href*="wa.me/?"]',
  'a[href*="t.me/share"]',
  'a[href^="mailto:?"]',
].join(', ');

/**
 * The links under `root` that share the page, found in one DOM call for the whole walk (asking each
 * link for its target would cost one call per link); null when there are none.
 */
export function shareLinksIn(root: Node): ReadonlySet<Element> | null {
  if (!('querySelectorAll' in root)) return null;
  const found = (root as ParentNode).querySelectorAll(SHARE_LINK);
  return found.length === 0 ? null : new Set(found);
}
