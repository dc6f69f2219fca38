/*
 * The indexer's per-document path (enriched message bytes parsed and checked, the bulk item built, the bulk
 * body written), this checkout against a built reference checkout's search-index lib, in one process.
 * First the identity: over the output-identity inputs (3,147 releases with the default --generated 2000),
 * each enriched message as the enricher publishes it goes through both paths with the same indexing time,
 * one document a bulk and in bulks of 200; every bulk body must be byte-identical (exit 1 otherwise). Then a
 * paired A/B over generated releases (bench:pipeline's kind): the two take turns every `--block` messages,
 * bulks of 200, and the CPU time per document of each and their ratio are printed per round.
 *
 *   node tests/dist/bench/indexer-path-ab.bench.js --reference CHECKOUT [--generated N] [--releases N] [--rounds N] [--block N]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseEnrichedRelease, parseJsonMessage, type EnrichedRelease } from '@presswatch/contracts';
import { buildRawRelease } from '@presswatch/fetching';
import * as releaseProcessing from '@presswatch/release-processing';
import type { SourceTemplate } from '@presswatch/release-processing';
import { bulkBody, releaseBulkItem, type BulkItem } from '@presswatch/search-index';
import { benchSources, loadTrainingText, ReleaseGenerator } from '../support/release-generator.js';
import { cpuMs, numberOption, pairedRound, parseArgs, summarise, table } from './bench-util.js';
import { inputSets } from './identity-inputs.js';
import { cleanMessage, rawMessages } from './stage-path.js';

const BULK = 200;
const INDEXED_AT = new Date('2024-06-02T00:00:00Z');

interface IndexerPath {
  /** The reference's takes no message: it serialises the whole document. */
  releaseBulkItem(release: EnrichedRelease, indexedAt?: Date, message?: Buffer): BulkItem;
  bulkBody(items: readonly BulkItem[], index: string): Buffer;
}

const own: IndexerPath = { releaseBulkItem, bulkBody };

async function referencePath(checkout: string): Promise<IndexerPath> {
  const entry = join(resolve(checkout), 'libs', 'search-index', 'dist', 'bulk-writer.js');
  if (!existsSync(entry)) throw new Error(`${entry} not found: build the reference checkout first`);
  return (await import(pathToFileURL(entry).href)) as IndexerPath;
}

/** Enriched messages as the enricher publishes them, from raw messages of one or more sources. */
function enrichedMessages(raw: readonly Buffer[]): Buffer[] {
  const templates = new Map<string, SourceTemplate>();
  const out: Buffer[] = [];
  for (const value of raw) {
    const clean = cleanMessage(releaseProcessing, templates, value);
    const parsed = releaseProcessing.readCleanRelease(Buffer.from(JSON.stringify(clean)));
    if (releaseProcessing.cleanReleaseRefusal(parsed) !== null) continue;
    out.push(Buffer.from(JSON.stringify(releaseProcessing.enrichRelease(parsed))));
  }
  return out;
}

/** The indexer controller's work on some messages, in bulks of BULK; returns the bulk bodies. */
function indexBlock(path: IndexerPath, messages: readonly Buffer[], perDocument = false): Buffer[] {
  const bodies: Buffer[] = [];
  const size = perDocument ? 1 : BULK;
  for (let start = 0; start < messages.length; start += size) {
    const items = messages.slice(start, start + size).map((message) => {
      const release = parseJsonMessage('EnrichedRelease', message, parseEnrichedRelease);
      return path.releaseBulkItem(release, INDEXED_AT, message);
    });
    bodies.push(path.bulkBody(items, 'releases'));
  }
  return bodies;
}

function identity(reference: IndexerPath, generated: number): number {
  let documents = 0;
  let differing = 0;
  let copied = 0;
  for (const set of inputSets(generated)) {
    const fetchedAt = new Date('2024-06-01T00:00:00Z');
    const raw = set.bodies.map(({ location, body }) =>
      Buffer.from(JSON.stringify(buildRawRelease({ source: set.name, location, url: null, body, fetchedAt }))),
    );
    const messages = enrichedMessages(raw);
    for (const perDocument of [true, false]) {
      const mine = indexBlock(own, messages, perDocument);
      const theirs = indexBlock(reference, messages, perDocument);
      mine.forEach((body, index) => {
        if (!body.equals(theirs[index]!)) differing++;
      });
    }
    for (const message of messages)
      if (own.releaseBulkItem(parseEnrichedRelease(JSON.parse(message.toString('utf8'))), INDEXED_AT, message).bodyJson) copied++;
    documents += messages.length;
    console.log(`${set.name}: ${messages.length} enriched releases`);
  }
  console.log(`${documents} documents (${copied} with the body copied from the message), ${differing} differing bulk bodies`);
  return differing;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['--reference', '--generated', '--releases', '--rounds', '--block']);
  const checkout = args.values.get('--reference');
  if (checkout === undefined) throw new Error('--reference CHECKOUT is required');
  const reference = await referencePath(checkout);
  const differing = identity(reference, numberOption(args, '--generated') ?? 2000);
  if (differing > 0) process.exitCode = 1;

  const count = numberOption(args, '--releases') ?? 4000;
  const rounds = numberOption(args, '--rounds') ?? 5;
  const block = numberOption(args, '--block') ?? 400;
  const generator = new ReleaseGenerator(loadTrainingText().paragraphs, 29);
  const messages = enrichedMessages(rawMessages([...generator.releases(benchSources(4), count + 400)]));
  const warm = messages.slice(0, 400);
  const measured = messages.slice(400);
  indexBlock(own, warm);
  indexBlock(reference, warm);
  const time = (path: IndexerPath, from: number, to: number): number => {
    const t0 = cpuMs();
    indexBlock(path, measured.slice(from, to));
    return (cpuMs() - t0) * 1000;
  };
  const rows: string[][] = [['round', 'this µs/document', 'reference µs/document', 'ratio']];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const sums = pairedRound(
      measured.length,
      block,
      round,
      (from, to) => time(own, from, to),
      (from, to) => time(reference, from, to),
    );
    ratios.push(sums.ours / sums.theirs);
    rows.push([
      String(round + 1),
      (sums.ours / measured.length).toFixed(1),
      (sums.theirs / measured.length).toFixed(1),
      (sums.ours / sums.theirs).toFixed(3),
    ]);
  }
  const { min, median, max } = summarise(ratios);
  console.log(
    `indexer path, this checkout against ${checkout}, ${measured.length} documents x ${rounds} rounds, turns of ${block}, bulks of ${BULK}`,
  );
  console.log(table(rows));
  console.log(`ratio this/reference min/median/max: ${min.toFixed(3)} / ${median.toFixed(3)} / ${max.toFixed(3)}`);
}

await main();
