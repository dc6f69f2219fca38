import { once } from 'node:events';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_RELEASE_BYTES, parseEnrichedRelease, type RawRelease } from '@presswatch/contracts';
import { buildRawRelease, decodeText } from '@presswatch/fetching';
import {
  cleanRelease,
  cleanReleaseRefusal,
  emptyTemplate,
  enrichRelease,
  learnTemplate,
  rawReleaseRefusal,
  type SourceTemplate,
} from '@presswatch/release-processing';

export const PROCESS_HELP = `Usage: npm run --silent cli -- process [--separate] [--source NAME] FILE...

Runs the cleaner and enricher code the services run, without Kafka, and prints one EnrichedRelease JSON
object per input file, one per line, in the order given. Plain text or HTML, decided by content.

Files given together are one source: what the cleaner learns across a source's releases (its template)
applies to all of them.

Files the services would not index are reported on stderr with the reason the cleaner dead-letters them
with: larger than the size limit (not read at all), not text (binary), or no article text (an empty body,
a navigation-only page).

Options:
  --separate      treat each file as its own source
  --source NAME   source name recorded in the releases (default: "files")
  --max-bytes N   larger files are not processed (default: $MAX_RELEASE_BYTES or ${DEFAULT_MAX_RELEASE_BYTES})
  -h, --help      this help

Exit status: 0 when every file was processed; 1 when a file could not be read or processed (the error is
on stderr, the other files are still processed).
`;

interface InputFile {
  path: string;
  source: string;
  /** Set when the file is not processed (reported once, on the first pass). */
  skipped?: boolean;
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
    options: {
      separate: { type: 'boolean', default: false },
      source: { type: 'string', default: 'files' },
      'max-bytes': { type: 'string', default: process.env['MAX_RELEASE_BYTES'] ?? String(DEFAULT_MAX_RELEASE_BYTES) },
    },
  });
  const maxBytes = Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes < 1) {
    process.stderr.write(`process: --max-bytes must be a positive integer (got ${values['max-bytes']})\n`);
    return 2;
  }
  if (positionals.length === 0) {
    process.stderr.write(`process: no input files\n\n${PROCESS_HELP}`);
    return 2;
  }
  let failed = 0;
  const skip = (file: InputFile, message: string) => {
    failed++;
    file.skipped = true;
    process.stderr.write(`${file.path}: ${message}\n`);
  };
  const files: InputFile[] = positionals.map((path) => ({ path, source: values.separate ? `file:${basename(path)}` : values.source }));
  const templates = new Map<string, SourceTemplate>();
  for (const file of files) {
    try {
      const raw = await readRelease(file, maxBytes);
      if (typeof raw === 'string') {
        skip(file, `not processed: ${raw}`);
        continue;
      }
      // A body that is not text is reported and kept out of the template, as the cleaner does.
      const notText = rawReleaseRefusal(raw);
      if (notText) {
        skip(file, `not processed: ${notText}`);
        continue;
      }
      let template = templates.get(file.source);
      if (!template) templates.set(file.source, (template = emptyTemplate()));
      learnTemplate(template, raw.body);
    } catch (error) {
      skip(file, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  for (const file of files) {
    if (file.skipped) continue;
    try {
      const raw = await readRelease(file, Number.MAX_SAFE_INTEGER);
      if (typeof raw === 'string') throw new Error(raw);
      const clean = cleanRelease(raw, templates.get(raw.source));
      const notArticle = cleanReleaseRefusal(clean);
      if (notArticle) {
        skip(file, `not processed: ${notArticle}`);
        continue;
      }
      await writeLine(JSON.stringify(parseEnrichedRelease(enrichRelease(clean))));
    } catch (error) {
      failed++;
      process.stderr.write(`${file.path}: cannot process: ${(error as Error).message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

/** The file as a raw release, or why it is not read: the size first, so a file over the limit is never read. */
async function readRelease(file: InputFile, maxBytes: number): Promise<RawRelease | string> {
  const info = await stat(file.path);
  if (info.size > maxBytes) return `oversized: ${info.size} bytes, over the ${maxBytes}-byte limit (--max-bytes)`;
  return buildRawRelease({
    source: file.source,
    location: file.path,
    url: null,
    body: decodeText(await readFile(file.path)),
    fetchedAt: info.mtime,
  });
}

/** Writes one line to stdout, waiting when the reader is slower than us instead of buffering without bound. */
async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}
