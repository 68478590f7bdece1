import type { Translate } from '@/components/translate';
import json from '../../public/_locales/en/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages: Record<string, Message> = json;

/** The real English strings, resolved as browser.i18n.getMessage does ($NAME$ → $1 → substitution). */
export const t: Translate = (key, substitutions) => {
  const entry = messages[key];
  if (!entry) throw new Error(`no message ${key}`);
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return entry.message.replace(/\$([A-Z_]+)\$/gi, (_all, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_d, n: string) => subs[Number(n) - 1] ?? '');
  });
};
