import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  checkSettings,
  isSiteEnabled,
  validateSettings,
  withSiteEnabled,
} from '../../engine/settings';

describe('validateSettings', () => {
  it('gives the defaults for nothing stored, without problems', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('falls back to defaults for a value that is not an object', () => {
    const { settings, problems } = validateSettings('corrupt');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual(['settings are not an object; using defaults']);
  });

  it('keeps every good field when others are corrupt, and names each bad one', () => {
    const { settings, problems } = validateSettings({
      enabled: 'yes',
      disabledSites: ['Example.COM.', 42, 'news.example.org'],
      hiddenNames: ['  Boris   Johnson ', ''],
      highlightStyle: 'blink',
      highlightAll: true,
      types: { person: false, place: 'no' },
      hoverDelayMs: 99_999,
      threshold: 0.7,
      theme: 'dark',
      siteMode: 'only-on-listed',
      enabledSites: 'example.com',
    });
    expect(settings).toMatchObject({
      enabled: true,
      disabledSites: ['example.com', 'news.example.org'],
      hiddenNames: ['Boris Johnson'],
      highlightStyle: 'underline',
      highlightAll: true,
      types: { person: false, place: true },
      hoverDelayMs: 500,
      threshold: 0.7,
      theme: 'dark',
      siteMode: 'only-on-listed',
      enabledSites: [],
    });
    expect(problems).toEqual([
      'enabled is not true or false',
      'disabledSites: 42 is not valid',
      'enabledSites is not a list',
      'hiddenNames: "" is not valid',
      'highlightStyle is not one of underline, background, none',
      'types.place is not true or false',
      'hoverDelayMs is not a number from 0 to 1500',
    ]);
  });
});

describe('checkSettings', () => {
  it('names each bad field (and the dropped list entry) for messages in the reader’s language', () => {
    const { settings, issues } = checkSettings({
      disabledSites: ['ok.example', 'not a site'],
      types: { event: 3 },
      theme: 'neon',
      threshold: 0.4,
    });
    expect(settings.threshold).toBe(0.4);
    expect(issues).toEqual([
      { field: 'disabledSites', entry: '"not a site"' },
      { field: 'types.event' },
      { field: 'theme' },
    ]);
    expect(checkSettings([]).issues).toEqual([{ field: '' }]);
    expect(checkSettings({ ...DEFAULT_SETTINGS }).issues).toEqual([]);
  });
});

describe('site switches', () => {
  const base = validateSettings({}).settings;

  it.each([
    ['example.com', 'example.com', false],
    ['example.com', 'www.example.com', false],
    ['example.com', 'notexample.com', true],
    ['www.example.com', 'example.com', true],
  ])('off on %s: running on %s is %s', (listed, host, expected) => {
    expect(isSiteEnabled({ ...base, disabledSites: [listed] }, host)).toBe(expected);
  });

  it('runs only on listed sites in only-on-listed mode', () => {
    const settings = { ...base, siteMode: 'only-on-listed' as const, enabledSites: ['example.com'] };
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(true);
    expect(isSiteEnabled(settings, 'other.org')).toBe(false);
  });

  it('is off everywhere when switched off globally', () => {
    expect(isSiteEnabled({ ...base, enabled: false }, 'example.com')).toBe(false);
  });

  it('switches a site off and on again in either mode', () => {
    const off = withSiteEnabled(base, 'www.example.com', false);
    expect(isSiteEnabled(off, 'www.example.com')).toBe(false);
    expect(isSiteEnabled(withSiteEnabled(off, 'www.example.com', true), 'www.example.com')).toBe(true);
    const only = { ...base, siteMode: 'only-on-listed' as const };
    const on = withSiteEnabled(only, 'example.com', true);
    expect(isSiteEnabled(on, 'example.com')).toBe(true);
    expect(isSiteEnabled(withSiteEnabled(on, 'example.com', false), 'example.com')).toBe(false);
  });
});
