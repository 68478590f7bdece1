import { describe, expect, it } from 'vitest';
import { weakenBorrowedNames, weakenSharedBodyNames } from '../../knowledge/alias-rules';
import type { DraftEntity } from '../../knowledge/draft';
import type { Alias } from '../../engine/types';

const body = (id: string, name: string, aliases: Alias[]): DraftEntity => ({
  id,
  type: 'organisation',
  name,
  aliases,
  description: name,
  facts: [],
  source: 'test',
  wikipedia: name,
  hints: { base: 0.5 },
});

describe('weakenSharedBodyNames', () => {
  it('weakens a common phrase another body carries weak ("Supreme Court"), and only that', () => {
    const us = body('wn:us-court', 'Supreme Court of the United States', [
      { text: 'U.S. Supreme Court' },
      { text: 'Supreme Court', common: true },
    ]);
    const uk = body('core:uk-court', 'UK Supreme Court', [
      { text: 'Supreme Court', weak: true, common: true },
    ]);
    weakenSharedBodyNames([us, uk]);
    expect(us.aliases).toEqual([
      { text: 'U.S. Supreme Court' },
      { text: 'Supreme Court', common: true, weak: true },
    ]);
    expect(uk.aliases).toEqual([{ text: 'Supreme Court', weak: true, common: true }]);
  });

  it("weakens a body's own name when it is such a phrase", () => {
    const us = body('wn:senate', 'Senate', [{ text: 'U.S. Senate' }]);
    const fr = body('core:fr-senate', 'French Senate', [{ text: 'Senate', weak: true, common: true }]);
    weakenSharedBodyNames([us, fr]);
    expect(us.aliases).toContainEqual({ text: 'Senate', weak: true });
  });

  it('leaves an acronym alone: each owner of "AFP" judges it for itself', () => {
    const agency = body('wn:afp', 'Agence France-Presse', [{ text: 'AFP' }]);
    const police = body('core:afp', 'Australian Federal Police', [{ text: 'AFP', weak: true }]);
    weakenSharedBodyNames([agency, police]);
    expect(agency.aliases).toEqual([{ text: 'AFP' }]);
  });
});

describe('weakenBorrowedNames', () => {
  const country = (id: string, name: string, aliases: Alias[]): DraftEntity => ({
    ...body(id, name, aliases),
    type: 'place',
    hints: { base: 0.6 },
  });

  it('weakens a country\'s other strong names on other entries: WordNet\'s Army is also "USA"', () => {
    const us = country('country:USA', 'United States', [{ text: 'USA' }, { text: 'U.S.' }]);
    const army = body('wn:army', 'United States Army', [{ text: 'US Army' }, { text: 'USA' }]);
    weakenBorrowedNames([us, army]);
    expect(army.aliases).toEqual([{ text: 'US Army' }, { text: 'USA', weak: true }]);
    expect(us.aliases).toEqual([{ text: 'USA' }, { text: 'U.S.' }]);
  });

  it("leaves another country's alias alone: two countries may share a short name", () => {
    const a = country('country:AAA', 'Alpha', [{ text: 'Old Name' }]);
    const b = country('country:BBB', 'Beta', [{ text: 'Old Name' }]);
    weakenBorrowedNames([a, b]);
    expect(b.aliases).toEqual([{ text: 'Old Name' }]);
  });
});
