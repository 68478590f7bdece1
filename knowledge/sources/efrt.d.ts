// efrt ships no type declarations; Gloss uses only `unpack` (build time).
declare module 'efrt' {
  /** An efrt-packed lexicon as a map from each word to its tag (`true` for a plain word list). */
  export function unpack(packed: string): Record<string, string | true>;
}
