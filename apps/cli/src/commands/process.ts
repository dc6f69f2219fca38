import { once } from 'node:events';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parseEnrichedRelease } from '@presswatch/contracts';
import { buildRawRelease, decodeText } from '@presswatch/fetching';
import { cleanRelease, emptyTemplate, enrichRelease, learnTemplate, type SourceTemplate } from '@presswatch/release-processing';

export const PROCESS_HELP = `Usage: npm run --silent cli -- process [--separate] [--source NAME] FILE...

Runs the cleaner and enricher code the services run, without Kafka, and prints one EnrichedRelease JSON
object per input file, one per line, in the order given. Plain text or HTML, decided by content.

Files given together are one source: what the cleaner learns across a source's releases (its template)
applies to all of them.

Options:
  --separate      treat each file as its own source
  --source NAME   source name recorded in the releases (default: "files")
  -h, --help      this help

Exit status: 0 when every file was processed; 1 when a file could not be read or processed (the error is
on stderr, the other files are still processed).
`;

interface InputFile {
  path: string;
  source: string;
  /** Set when the file could not be read on the first pass (reported once). */
  unreadable?: boolean;
}

/**
 * Two passes over the files, one file in memory at a time, so memory does not grow with their number: the
 * first learns each source's template from all its files (every file benefits from the others), the second
 * cleans, enriches and prints each file as soon as it is done.
 */
export async function processCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { separate: { type: 'boolean', default: false }, source: { type: 'string', default: 'files' } },
  });
  if (positionals.length === 0) {
    process.stderr.write(`process: no input files\n\n${PROCESS_HELP}`);
    return 2;
  }
  let failed = 0;
  const files: InputFile[] = positionals.map((path) => ({ path, source: values.separate ? `file:${basename(path)}` : values.source }));
  const templates = new Map<string, SourceTemplate>();
  for (const file of files) {
    try {
      const body = decodeText(await readFile(file.path));
      let template = templates.get(file.source);
      if (!template) templates.set(file.source, (template = emptyTemplate()));
      learnTemplate(template, body);
    } catch (error) {
      failed++;
      file.unreadable = true;
      process.stderr.write(`${file.path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    }
  }
  for (const file of files) {
    if (file.unreadable) continue;
    try {
      const [bytes, info] = await Promise.all([readFile(file.path), stat(file.path)]);
      const raw = buildRawRelease({ source: file.source, location: file.path, url: null, body: decodeText(bytes), fetchedAt: info.mtime });
      const release = parseEnrichedRelease(enrichRelease(cleanRelease(raw, templates.get(raw.source))));
      await writeLine(JSON.stringify(release));
    } catch (error) {
      failed++;
      process.stderr.write(`${file.path}: cannot process: ${(error as Error).message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

/** Writes one line to stdout, waiting when the reader is slower than us instead of buffering without bound. */
async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}
