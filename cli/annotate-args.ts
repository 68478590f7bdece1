import { DEFAULT_SETTINGS } from '../engine/settings';

/** What `npm run annotate` was asked to do. */
export interface AnnotateArgs {
  format: 'text' | 'jsonl';
  threshold: number;
  storePath: string;
  files: string[];
}

export const DEFAULT_STORE_PATH = 'public/store/gloss-index.json';

export const USAGE =
  'usage: npm run --silent annotate -- [--format jsonl|text] [--threshold N] [--store PATH] FILE...\n' +
  '  FILE: .txt (one document), .html (the text the content script extracts) or .jsonl ({"id","text"} per line)';

/** Parses the command line; returns an error message instead of throwing. */
export function parseAnnotateArgs(argv: readonly string[]): AnnotateArgs | { error: string } {
  const args: AnnotateArgs = {
    format: 'text',
    threshold: DEFAULT_SETTINGS.threshold,
    storePath: DEFAULT_STORE_PATH,
    files: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'jsonl')
        return { error: `--format must be text or jsonl, not ${format}` };
      args.format = format;
    } else if (flag === '--threshold') {
      const threshold = Number(value());
      if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1)
        return { error: '--threshold must be a number from 0 to 1' };
      args.threshold = threshold;
    } else if (flag === '--store') {
      const path = value();
      if (!path) return { error: '--store needs a path' };
      args.storePath = path;
    } else if (flag === '--help' || flag === '-h') return { error: USAGE };
    else if (arg.startsWith('--')) return { error: `unknown option ${arg}\n${USAGE}` };
    else args.files.push(arg);
  }
  if (args.files.length === 0) return { error: USAGE };
  return args;
}
