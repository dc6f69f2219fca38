/*
 * The three consuming boundaries' contract checks alone, on bench:pipeline's generated releases as the stages
 * write them: the raw message (the cleaner reads it), the clean message (the enricher) and the enriched message
 * (the indexer). For each, CPU µs per message of `JSON.parse` of its bytes, of the zod schema's `safeParse` of
 * the parsed value, and of each top-level field's schema alone (where a check's cost lies), as min/median/max of
 * `--rounds` passes after two warm-up passes.
 *
 *   node tests/dist/bench/contract-checks.bench.js [--releases N] [--rounds N]
 */
import { CleanReleaseSchema, EnrichedReleaseSchema, RawReleaseSchema } from '@presswatch/contracts';
import * as releaseProcessing from '@presswatch/release-processing';
import type { z } from 'zod';
import { benchSources, loadTrainingText, ReleaseGenerator } from '../support/release-generator.js';
import { numberOption, parseArgs, summarise, table } from './bench-util.js';
import { cleanMessage, rawMessages } from './stage-path.js';

/** CPU µs per item of `work` over every item, min/median/max of `rounds` passes after two unmeasured ones. */
function timed<T>(items: readonly T[], rounds: number, work: (item: T) => unknown): { min: number; median: number; max: number } {
  const pass = (): number => {
    const began = process.cpuUsage();
    for (const item of items) work(item);
    const spent = process.cpuUsage(began);
    return (spent.user + spent.system) / items.length;
  };
  pass();
  pass();
  return summarise(Array.from({ length: rounds }, pass));
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['--releases', '--rounds']);
  const count = numberOption(args, '--releases') ?? 2000;
  const rounds = numberOption(args, '--rounds') ?? 7;
  const generated = [...new ReleaseGenerator(loadTrainingText().paragraphs, 13).releases(benchSources(4), count)];
  const raw = rawMessages(generated);
  const templates = new Map<string, releaseProcessing.SourceTemplate>();
  const clean = raw.map((value) => Buffer.from(JSON.stringify(cleanMessage(releaseProcessing, templates, value))));
  const enriched = clean.map((value) =>
    releaseProcessing.enrichedMessageValue(releaseProcessing.enrichRelease(releaseProcessing.readCleanRelease(value)), value),
  );
  const boundaries: [string, readonly Buffer[], z.ZodObject][] = [
    ['raw (cleaner)', raw, RawReleaseSchema],
    ['clean (enricher)', clean, CleanReleaseSchema],
    ['enriched (indexer)', enriched, EnrichedReleaseSchema],
  ];
  const rows: string[][] = [['', 'bytes', 'min', 'median', 'max']];
  const row = (name: string, bytes: string, figures: { min: number; median: number; max: number }): void => {
    rows.push([name, bytes, figures.min.toFixed(2), figures.median.toFixed(2), figures.max.toFixed(2)]);
  };
  for (const [name, messages, schema] of boundaries) {
    const values = messages.map((message) => JSON.parse(message.toString('utf8')) as Record<string, unknown>);
    const bytes = (messages.reduce((sum, message) => sum + message.length, 0) / messages.length).toFixed(0);
    row(
      `${name}: JSON.parse`,
      bytes,
      timed(messages, rounds, (message) => JSON.parse(message.toString('utf8'))),
    );
    row(
      `${name}: zod, whole message`,
      '',
      timed(values, rounds, (value) => schema.safeParse(value)),
    );
    for (const [field, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      row(
        `  ${field}`,
        '',
        timed(values, rounds, (value) => fieldSchema.safeParse(value[field])),
      );
    }
  }
  console.log(`contract checks, CPU µs per message, ${count} generated releases, ${rounds} passes`);
  console.log(table(rows));
}

main();
