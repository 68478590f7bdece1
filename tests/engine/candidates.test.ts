import { describe, expect, it } from 'vitest';
import { candidatesFor, entitiesNamed } from '../../engine/candidates';
import {
  parseCandidatesResponse,
  parseNamedIdsResponse,
  validateBackgroundRequest,
} from '../../engine/messages';
import { store } from './helpers';

describe('candidatesFor ("Not this?")', () => {
  it('lists every entity the store has for a name, most popular first', () => {
    const ids = candidatesFor(store, 'Georgia').map((c) => c.id);
    expect(ids).toEqual(['wc:georgia', 'wn:georgia-state']);
    expect(candidatesFor(store, 'Georgia')[1]).toEqual({
      id: 'wn:georgia-state',
      name: 'Georgia',
      type: 'place',
      description: 'A state in the southeastern United States',
    });
  });

  it.each([
    ['georgia', 2],
    ["Georgia's", 2],
    ['  Georgia ', 2],
    ['Nowhere Land', 0],
    ['', 0],
  ])('%j has %i candidates (case, possessive and spaces do not matter)', (surface, count) => {
    expect(candidatesFor(store, surface)).toHaveLength(count);
  });
});

describe('entitiesNamed (hidden names)', () => {
  it('finds every entity whose own name it is, not those the name is only an alias of', () => {
    expect(entitiesNamed(store, ['georgia', 'Vladimir Putin']).sort()).toEqual([
      'core:vladimir-putin',
      'wc:georgia',
      'wn:georgia-state',
    ]);
    // "Putin" is an alias of Vladimir Putin, not his name.
    expect(entitiesNamed(store, ['Putin', 'Nowhere Land', '', '  '])).toEqual([]);
  });
});

describe('candidates and command messages', () => {
  it.each([
    [{ type: 'candidates', surface: 'Georgia' }, true],
    [{ type: 'candidates', surface: '' }, false],
    [{ type: 'candidates', surface: 'x'.repeat(201) }, false],
    [{ type: 'candidates' }, false],
    [{ type: 'namedIds', names: ['Paris', 'Vladimir Putin'] }, true],
    [{ type: 'namedIds', names: [] }, true],
    [{ type: 'namedIds', names: ['x'.repeat(201)] }, false],
    [{ type: 'namedIds', names: Array.from({ length: 5001 }, () => 'Paris') }, false],
    [{ type: 'namedIds', names: 'Paris' }, false],
    [{ type: 'namedIds', names: [7] }, false],
    [{ type: 'command', name: 'toggle-site' }, true],
    [{ type: 'command', name: 'open-panel' }, true],
    [{ type: 'command', name: 'rm -rf' }, false],
  ])('validateBackgroundRequest(%j).ok is %s', (message, ok) => {
    expect(validateBackgroundRequest(message).ok).toBe(ok);
  });

  it('keeps only well-formed candidates from an answer', () => {
    const good = { id: 'a', name: 'A', type: 'place', description: '' };
    expect(parseCandidatesResponse({ candidates: [good, { id: 1 }, null] })).toEqual([good]);
    expect(parseCandidatesResponse(null)).toEqual([]);
    expect(parseCandidatesResponse({ candidates: 'x' })).toEqual([]);
    expect(parseNamedIdsResponse({ ids: ['a', '', 3, 'b'] })).toEqual(['a', 'b']);
    expect(parseNamedIdsResponse({ ids: 'a' })).toEqual([]);
  });
});
