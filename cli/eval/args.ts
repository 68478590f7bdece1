export interface EvalArgs {
  files: string[];
  compare: boolean;
  json: boolean;
  storePath: string;
  peersDir: string | null;
  qidNamesPath: string | null;
  threshold: number | null;
  examples: number;
  /** Parts of the linker switched off, to show each one's effect. */
  ablate: string[];
}

const USAGE =
  'usage: npm run --silent eval -- GOLD.jsonl... [--compare] [--json] [--store PATH] [--peers DIR] ' +
  '[--qid-names FILE] [--threshold N] [--examples N] [--off PART]...';

/** Parses the eval command's arguments; throws with the usage line on a mistake. */
export function parseEvalArgs(argv: string[]): EvalArgs {
  const args: EvalArgs = {
    files: [],
    compare: false,
    json: false,
    storePath: 'public/store/gloss-index.json',
    peersDir: null,
    qidNamesPath: null,
    threshold: null,
    examples: 8,
    ablate: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--compare') args.compare = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--store') args.storePath = value();
    else if (arg === '--peers') args.peersDir = value();
    else if (arg === '--qid-names') args.qidNamesPath = value();
    else if (arg === '--threshold') args.threshold = Number(value());
    else if (arg === '--examples') args.examples = Number(value());
    else if (arg === '--off') args.ablate.push(value());
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new Error(USAGE);
  if (args.threshold !== null && !(args.threshold >= 0 && args.threshold <= 1))
    throw new Error('--threshold must be a number from 0 to 1');
  return args;
}
