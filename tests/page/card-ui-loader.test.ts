import { describe, expect, it, vi } from 'vitest';
import { cardUiLoader } from '@/entrypoints/content/card-ui-loader';
import type { CardUi } from '@/entrypoints/content/card-ui-loader';

vi.mock('wxt/browser', () => ({ browser: {} }));

const ui = {} as CardUi;

describe('cardUiLoader', () => {
  it('loads the card UI once, however many ask and however early', async () => {
    const load = vi.fn(async () => ui);
    const get = cardUiLoader(load);
    const [a, b] = await Promise.all([get(), get()]);
    expect(await get()).toBe(ui);
    expect(a).toBe(ui);
    expect(b).toBe(ui);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again at the next need after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(ui);
    const get = cardUiLoader(load);
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toBe(ui);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
