import { describe, expect, it } from 'vitest';
import { Lru } from '@/extension/lru';

describe('Lru', () => {
  it('drops the least recently used entry past its capacity', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now newer than b
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
    expect(lru.size).toBe(2);
  });

  it('creates a value once and then returns the same one', () => {
    const lru = new Lru<string, object>(2);
    const first = lru.getOrCreate('page', () => ({}));
    expect(lru.getOrCreate('page', () => ({}))).toBe(first);
  });
});
