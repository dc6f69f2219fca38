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

interface LoadedFile {
  path: string;
  body: string;
  modifiedAt: Date;
}

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
  const loaded: (LoadedFile | null)[] = [];
  for (const path of positionals) {
    try {
      const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
      loaded.push({ path, body: decodeText(bytes), modifiedAt: info.mtime });
    } catch (error) {
      failed++;
      loaded.push(null);
      process.stderr.write(`${path}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    }
  }
  const sourceOf = (file: LoadedFile) => (values.separate ? `file:${basename(file.path)}` : values.source);
  // Learn each source's template from all its files first, so every file benefits from the others.
  const templates = new Map<string, SourceTemplate>();
  for (const file of loaded) {
    if (file) templates.set(sourceOf(file), learnTemplate(templates.get(sourceOf(file)) ?? emptyTemplate(), file.body));
  }
  for (const file of loaded) {
    if (!file) continue;
    try {
      const raw = buildRawRelease({ source: sourceOf(file), location: file.path, url: null, body: file.body, fetchedAt: file.modifiedAt });
      const release = parseEnrichedRelease(enrichRelease(cleanRelease(raw, templates.get(raw.source))));
      process.stdout.write(`${JSON.stringify(release)}\n`);
    } catch (error) {
      failed++;
      process.stderr.write(`${file.path}: cannot process: ${(error as Error).message}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
