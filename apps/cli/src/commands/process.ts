import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_RELEASE_BYTES, parseEnrichedRelease } from '@presswatch/contracts';
import { buildRawRelease, decodeText } from '@presswatch/fetching';
import { cleanRelease, cleanReleaseRefusal, emptyTemplate, enrichRelease, learnTemplate, rawReleaseRefusal, type SourceTemplate } from '@presswatch/release-processing';

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

interface LoadedFile {
  path: string;
  body: string;
  modifiedAt: Date;
}

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
  const loaded: (LoadedFile | null)[] = [];
  for (const path of positionals) {
    try {
      // The size first: a file over the limit is never read, whatever its size.
      const info = await stat(path);
      if (info.size > maxBytes) {
        failed++;
        loaded.push(null);
        process.stderr.write(`${path}: not processed: oversized: ${info.size} bytes, over the ${maxBytes}-byte limit (--max-bytes)\n`);
        continue;
      }
      loaded.push({ path, body: decodeText(await readFile(path)), modifiedAt: info.mtime });
    } catch (error) {
      failed++;
      loaded.push(null);
      process.stderr.write(`${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    }
  }
  const sourceOf = (file: LoadedFile) => (values.separate ? `file:${basename(file.path)}` : values.source);
  // A body that is not text is reported and kept out of the template, as the cleaner does.
  for (const [position, file] of loaded.entries()) {
    const notText = file && rawReleaseRefusal(buildRawRelease({ source: sourceOf(file), location: file.path, url: null, body: file.body, fetchedAt: file.modifiedAt }));
    if (!file || !notText) continue;
    failed++;
    loaded[position] = null;
    process.stderr.write(`${file.path}: not processed: ${notText}\n`);
  }
  // Learn each source's template from all its files first, so every file benefits from the others.
  const templates = new Map<string, SourceTemplate>();
  for (const file of loaded) {
    if (file) templates.set(sourceOf(file), learnTemplate(templates.get(sourceOf(file)) ?? emptyTemplate(), file.body));
  }
  for (const file of loaded) {
    if (!file) continue;
    try {
      const raw = buildRawRelease({ source: sourceOf(file), location: file.path, url: null, body: file.body, fetchedAt: file.modifiedAt });
      const clean = cleanRelease(raw, templates.get(raw.source));
      const notArticle = cleanReleaseRefusal(clean);
      if (notArticle) {
        failed++;
        process.stderr.write(`${file.path}: not processed: ${notArticle}\n`);
        continue;
      }
      const release = parseEnrichedRelease(enrichRelease(clean));
      process.stdout.write(`${JSON.stringify(release)}\n`);
    } catch (error) {
      failed++;
      process.stderr.write(`${file.path}: cannot process: ${(error as Error).message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
