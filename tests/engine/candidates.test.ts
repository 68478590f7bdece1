import { describe, expect, it } from 'vitest';
import { candidatesFor } from '../../engine/candidates';
import { parseCandidatesResponse, validateBackgroundRequest } from '../../engine/messages';
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

describe('candidates and command messages', () => {
  it.each([
    [{ type: 'candidates', surface: 'Georgia' }, true],
    [{ type: 'candidates', surface: '' }, false],
    [{ type: 'candidates', surface: 'x'.repeat(201) }, false],
    [{ type: 'candidates' }, false],
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
  });
});
