import { describe, expect, it } from 'vitest';
import { figures, scoreDocument } from '../../cli/eval/score';
import { goldTarget, linkMatches, normaliseTitle } from '../../cli/eval/links';
import type { GoldDocument, Prediction } from '../../cli/eval/gold';

const text = 'Putin met Xi in Moscow. Paris was quiet.';
const gold = (source: string): GoldDocument => ({
  id: 'd1',
  source,
  text,
  mentions: [
    { start: 0, end: 5, surface: 'Putin', type: 'PER', link: 'enwiki:Vladimir_Putin' },
    { start: 10, end: 12, surface: 'Xi', type: 'PER', link: 'wikidata:Q15031' },
    { start: 16, end: 22, surface: 'Moscow', type: 'LOC', link: null },
  ],
});
const qidNames = { Q15031: ['Xi Jinping'] };
const predict = (start: number, end: number, title: string | null): Prediction => ({
  start,
  end,
  surface: text.slice(start, end),
  title,
});

describe('link matching', () => {
  it.each([
    ['Vladimir_Putin', 'Vladimir Putin'],
    ['vladimir Putin', 'Vladimir Putin'],
    ['Caf%C3%A9', 'Café'],
    ['100%_pure', '100% pure'],
  ])('normalises %s to %s', (raw, expected) => expect(normaliseTitle(raw)).toBe(expected));

  it('matches a QID gold link through its names, and by QID when both sides have one', () => {
    const target = goldTarget(gold('msnbc').mentions[1]!, qidNames)!;
    expect(linkMatches(predict(10, 12, 'Xi Jinping'), target)).toBe(true);
    expect(linkMatches({ ...predict(10, 12, 'Xi Jinping'), wikidata: 'Q1' }, target)).toBe(false);
    expect(linkMatches(predict(10, 12, 'Xi'), target)).toBe(false);
  });

  it("matches a title gold link with a QID through that QID's names as well (a renamed article)", () => {
    const renamed = { start: 0, end: 5, surface: 'Putin', type: 'PER', link: 'enwiki:Putin_(politician)' };
    const target = goldTarget({ ...renamed, wikidata: 'Q7747' }, { Q7747: ['Vladimir Putin'] })!;
    expect(linkMatches(predict(0, 5, 'Vladimir Putin'), target)).toBe(true);
    expect(linkMatches(predict(0, 5, 'Putin (politician)'), target)).toBe(true);
    expect(linkMatches(predict(0, 5, 'Putin'), target)).toBe(false);
    const withoutQid = goldTarget(renamed, { Q7747: ['Vladimir Putin'] })!;
    expect(linkMatches(predict(0, 5, 'Vladimir Putin'), withoutQid)).toBe(false);
  });
});

describe('scoring a document', () => {
  const predictions = [
    predict(0, 5, 'Vladimir Putin'), // right
    predict(10, 12, 'Xi (surname)'), // wrong entity
    predict(16, 22, 'Moscow'), // a link on a mention without an article: wrong
    predict(24, 29, 'Paris'), // not annotated: spurious where annotation is exhaustive
  ];

  it('judges every linked prediction on an exhaustive set', () => {
    const { counts, errors } = scoreDocument({
      document: gold('msnbc'),
      predictions,
      qidNames,
      inStore: () => true,
    });
    expect(counts).toMatchObject({ linkedJudged: 4, linkedCorrect: 1, goldLinked: 2, goldLinkedFound: 1 });
    expect(errors.map((e) => e.kind).sort()).toEqual(['spurious', 'wrong entity', 'wrong entity']);
    const f = figures(counts, true);
    expect(f.elPrecision).toBeCloseTo(0.25);
    expect(f.elRecall).toBeCloseTo(0.5);
    expect(f.mdPrecision).toBeCloseTo(0.75);
  });

  it('judges only predictions on a gold mention where annotation is partial', () => {
    const { counts } = scoreDocument({
      document: gold('reuters-128'),
      predictions,
      qidNames,
      inStore: () => true,
    });
    expect(counts.linkedJudged).toBe(3);
    expect(figures(counts, false).mdPrecision).toBeNull();
  });

  it('splits missed mentions by whether the store holds their entity', () => {
    const { errors } = scoreDocument({
      document: gold('kore50'),
      predictions: [],
      qidNames,
      inStore: (target) => target.titles.has('Xi Jinping'),
    });
    expect(errors.map((e) => [e.kind, e.surface])).toEqual([
      ['missed, not in store', 'Putin'],
      ['missed, in store', 'Xi'],
    ]);
  });
});
