/**
 * Links that share the page to a network or by mail: "Share this with Facebook", "Tweet", "Email".
 * Their names are buttons, not prose (UX.md complaint 5: cards on things nobody meant), and a share
 * bar above an article would otherwise take the underline of each network's first mention from the
 * article itself. Told by where they lead, which every share widget spells out, rather than by
 * class names, which each site chooses.
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

/** Whether a text node is (inside) a link that shares the page. One DOM call: asked only of mentions. */
export function isInShareLink(node: Node): boolean {
  return node.parentElement?.closest(SHARE_LINK) != null;
}
