/**
 * `claimlight analyze FILE.html… [--url URL] [--json]`: argument handling and the run loop, written
 * against an injected I/O object so tests call it directly. Errors are values here: each bad file gives
 * one clear message on stderr and a non-zero exit, and the other files are still analysed.
 */
import { analyzeDocument } from '../page/analyze-document';
import { parseHtmlPage } from './parse-html';
import { formatReport } from './report';

export interface CliIo {
  /** Reads a file as UTF-8; rejects with a Node-style error (code ENOENT, EISDIR, EACCES…). */
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Milliseconds clock for the report's timings. */
  now(): number;
}

export const EXIT_OK = 0;
/** At least one input could not be analysed. */
export const EXIT_FAILED = 1;
/** Bad command line. */
export const EXIT_USAGE = 2;

export const USAGE = `Usage: claimlight analyze FILE.html [FILE.html…] [--url URL] [--json]
       claimlight analyze - [--url URL] [--json]      (read the page from stdin)

Finds the article in a saved HTML page and lists its claims: who says what, what kind of source it is,
through which outlet.

Options:
  --json        print the analysis as JSON (one object per line when several files are given)
  --url URL     the page's address (resolves relative canonical links; reported as "url")
  --force       analyse the densest text block even if the page is not an article
  -h, --help    show this help
`;

interface Options {
  files: string[];
  json: boolean;
  url: string | null;
  force: boolean;
}

type Parsed = { ok: true; options: Options } | { ok: false; error: string } | { ok: 'help' };

/** Parses `analyze`'s arguments (the part after the command name). */
export function parseArgs(args: readonly string[]): Parsed {
  const options: Options = { files: [], json: false, url: null, force: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') return { ok: 'help' };
    if (a === '--json') options.json = true;
    else if (a === '--force') options.force = true;
    else if (a === '--url' || a.startsWith('--url=')) {
      const v = a === '--url' ? args[++i] : a.slice('--url='.length);
      if (!v) return { ok: false, error: '--url needs a value' };
      try {
        options.url = new URL(v).href;
      } catch {
        return { ok: false, error: `--url: not an absolute URL: ${v}` };
      }
    } else if (a === '-' || !a.startsWith('-')) options.files.push(a);
    else return { ok: false, error: `unknown option: ${a}` };
  }
  if (options.files.length === 0) return { ok: false, error: 'no input: give FILE.html or - for stdin' };
  if (options.files.filter((f) => f === '-').length > 1) return { ok: false, error: 'stdin (-) can be read only once' };
  return { ok: true, options };
}

function describeReadError(file: string, error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const reason = code === 'ENOENT' ? 'no such file'
    : code === 'EISDIR' ? 'it is a directory'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
        : (error as Error | null)?.message ?? String(error);
  return `${file}: cannot read: ${reason}`;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(USAGE);
    return EXIT_USAGE;
  }
  if (command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (command !== 'analyze') {
    io.stderr(`claimlight: unknown command "${command}"\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const parsed = parseArgs(rest);
  if (parsed.ok === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (!parsed.ok) {
    io.stderr(`claimlight analyze: ${parsed.error}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { files, json, url, force } = parsed.options;
  const several = files.length > 1;
  let failed = 0;
  for (const file of files) {
    const label = file === '-' ? 'stdin' : file;
    let html: string;
    try {
      html = file === '-' ? await io.readStdin() : await io.readFile(file);
    } catch (error) {
      io.stderr(`claimlight: ${describeReadError(label, error)}\n`);
      failed += 1;
      continue;
    }
    const page = parseHtmlPage(html);
    if (!page.ok) {
      io.stderr(`claimlight: ${label}: ${page.error}\n`);
      failed += 1;
      continue;
    }
    const t0 = io.now();
    const result = analyzeDocument(page.document, { url, force });
    const ms = io.now() - t0;
    if (json) io.stdout(`${several ? JSON.stringify(result.analysis) : JSON.stringify(result.analysis, null, 2)}\n`);
    else io.stdout(`${several && file !== files[0] ? '\n' : ''}${formatReport(label, result.analysis, result.reason, ms)}`);
  }
  return failed > 0 ? EXIT_FAILED : EXIT_OK;
}
