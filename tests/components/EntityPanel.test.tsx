// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { EntityPanel } from '../../components/EntityPanel';
import type { PageEntity } from '../../engine/messages';
import { t } from './locale';

const entities: PageEntity[] = [
  { id: 'putin', name: 'Vladimir Putin', type: 'person', count: 2 },
  { id: 'moscow', name: 'Moscow', type: 'place', count: 3 },
  { id: 'nato', name: 'NATO', type: 'organisation', count: 1 },
];

afterEach(cleanup);

describe('EntityPanel (keyboard)', () => {
  it('is a labelled dialog whose list takes focus, the first name selected', () => {
    render(<EntityPanel t={t} entities={entities} theme="light" onOpen={() => {}} />);
    expect(screen.getByRole('dialog', { name: 'Names on this page' })).toBeTruthy();
    const list = screen.getByRole('listbox');
    expect(document.activeElement).toBe(list);
    expect(screen.getAllByRole('option').map((o) => o.getAttribute('aria-selected'))).toEqual([
      'true',
      'false',
      'false',
    ]);
    expect(screen.getAllByRole('option')[1]?.textContent).toContain('3×');
  });

  it('moves with the arrow keys, Home and End, and opens the selected name with Enter', () => {
    const onOpen = vi.fn();
    render(<EntityPanel t={t} entities={entities} theme="light" onOpen={onOpen} />);
    const list = screen.getByRole('listbox');
    const selected = () => list.getAttribute('aria-activedescendant');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(selected()).toBe('gloss-panel-2');
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(selected()).toBe('gloss-panel-1');
    fireEvent.keyDown(list, { key: 'Home' });
    expect(selected()).toBe('gloss-panel-0');
    fireEvent.keyDown(list, { key: 'End' });
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(entities[2]);
  });

  it('keeps the keys it uses from the page', () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    render(<EntityPanel t={t} entities={entities} theme="light" onOpen={() => {}} />);
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'ArrowDown' });
    fireEvent.keyDown(screen.getByRole('listbox'), { key: 'x' });
    expect(pageKeys).toHaveBeenCalledOnce();
    document.removeEventListener('keydown', pageKeys);
  });

  it('says so when the page has no names', () => {
    render(<EntityPanel t={t} entities={[]} theme="dark" onOpen={() => {}} />);
    expect(screen.getByRole('dialog').textContent).toContain('Gloss found no names on this page.');
  });
});
