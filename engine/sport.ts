/**
 * Sports reports name teams by their country or city: "Sweden defeated South Korea 1 – 0", "Müller
 * scored a hat-trick against England", "Saban led Alabama to a title". There a bare place name most
 * often means the team, which the store rarely has, so the place reading is doubted (issue 4).
 */
import type { Token } from './tokenize';
import { tokenAt } from './tokenize';

// Words that belong to sport and rarely to anything else in news; "game", "match", "goal", "cup" and
// "captain" also have other senses, so one word alone never makes a passage a sports report.
const SPORT_WORDS: ReadonlySet<string> = new Set(
  (
    'football soccer rugby cricket hockey baseball basketball tennis golf ' +
    'match matches goalkeeper goalless scorer striker strikers ' +
    'midfielder midfielders winger coach coaches captain referee ' +
    'league cup tournament championship championships semifinal semifinals ' +
    'quarterfinal quarterfinals playoff playoffs stadium teammate teammates halftime hattrick ' +
    'innings wicket wickets batsman bowler inning quarterback touchdown touchdowns offside ' +
    'equaliser equalizer substituted'
  ).split(' '),
);
// Sport words that politics and business use as often: "the goal of the talks", "a game changer",
// "scored a victory". Two of them alone make no sports report.
const LOOSE_SPORT_WORDS: ReadonlySet<string> = new Set('game games goal goals scored scoring'.split(' '));

/** A word's length, first and last letter as one small number, cheap to look up. */
function outline(word: string): number {
  return (word.length << 16) | ((word.charCodeAt(0) & 0xff) << 8) | (word.charCodeAt(word.length - 1) & 0xff);
}

// Asked first: most words ("the", "said", names) are ruled out by their outline before the set of
// words is asked, which hashes each word's text (that hashing was most of this module's time over a
// news article).
const SPORT_OUTLINES: ReadonlySet<number> = new Set([...SPORT_WORDS, ...LOOSE_SPORT_WORDS].map(outline));

/**
 * `outline(token.key)` read from the text where the word's ends are ASCII: a key's characters are
 * slow to read (keys come in several string representations), the block's text is one string. The
 * two agree for every sport word (ASCII, so as long as the word's text); a word they differ on is
 * none, and fails the word sets either way.
 */
function outlineAt(text: string, token: Token): number {
  const first = text.charCodeAt(token.start);
  const last = text.charCodeAt(token.end - 1);
  if (first >= 0x80 || last >= 0x80) return outline(token.key);
  return ((token.end - token.start) << 16) | ((first | 0x20) << 8) | (last | 0x20);
}

// "1 – 0", "7-1": a result. Each side has at most two digits and the first is not the smaller, so
// years, ranges ("July 1-10") and fractions ("6-3/8 pct") are not results.
const RESULT_GAP = /^ ?[-–—] ?$/;

// Tallies politics and courts write the same way: "voted 52-48", "a 5-4 ruling", "by a 6-3 margin".
const TALLY_WORDS: ReadonlySet<string> = new Set(
  'vote votes voted voting ruled ruling rulings decision decisions margin majority verdict'.split(' '),
);

function isTally(tokens: readonly Token[], i: number): boolean {
  const before = tokenAt(tokens, i - 1)?.key ?? '';
  const after = tokens[i + 2]?.key ?? '';
  return (
    TALLY_WORDS.has(before) ||
    TALLY_WORDS.has(after) ||
    (before === 'a' && TALLY_WORDS.has(tokenAt(tokens, i - 2)?.key ?? ''))
  );
}

function isResult(tokens: readonly Token[], i: number): boolean {
  const left = tokens[i];
  const right = tokens[i + 1];
  const next = tokens[i + 2];
  return (
    left !== undefined &&
    right !== undefined &&
    right.shape === 'digit' &&
    left.key.length <= 2 &&
    right.key.length <= 2 &&
    !right.breakBefore &&
    RESULT_GAP.test(right.gap) &&
    Number(left.key) >= Number(right.key) &&
    !(next !== undefined && next.shape === 'digit' && /^[/.,]$/.test(next.gap)) &&
    !isTally(tokens, i)
  );
}

/** A block's sport words and results (`cues`), and how many of those words are loose ones. */
export interface SportCues {
  cues: number;
  loose: number;
}

/** Counts the sport words and results of a block's tokens (of its normalised `text`). */
export function sportCues(tokens: readonly Token[], text: string): SportCues {
  let cues = 0;
  let loose = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.shape === 'digit') cues += isResult(tokens, i) ? 1 : 0;
    else if (SPORT_OUTLINES.has(outlineAt(text, token))) {
      if (SPORT_WORDS.has(token.key)) cues++;
      else if (LOOSE_SPORT_WORDS.has(token.key)) {
        cues++;
        loose++;
      }
    }
  }
  return { cues, loose };
}

// A block with this many cues reports sport, unless all are loose words; one with a single cue does
// in a document that has this many in all, as one word in a hundred or more (a line of a match
// report that names only the teams and the lead). A long page collects a few stray ones ("the goal
// of", "a coach") at a far lower rate.
const BLOCK_CUES = 2;
const DOCUMENT_CUES = 6;
const DOCUMENT_RATE = 0.01;

/** Whether a block, given its own cue count and the document's so far, is part of a sports report. */
export function isSportBlock(block: SportCues, document: { sportCues: number; words: number }): boolean {
  if (block.cues >= BLOCK_CUES && block.loose < block.cues) return true;
  return (
    block.cues >= 1 &&
    document.sportCues >= DOCUMENT_CUES &&
    document.sportCues >= DOCUMENT_RATE * document.words
  );
}

/** Whether a name at token `first` of a sports block may be a team: "Immortals, from Brazil" is the country. */
export function mayNameTeam(tokens: readonly Token[], first: number): boolean {
  return tokenAt(tokens, first - 1)?.key !== 'from';
}
