/*
 * The fetcher's folder source alone, as the service runs it: bench:pipeline's generated releases (four folder
 * sources) read by `fetchFolder` with the real SQLite ledger (a fresh file per pass) and published through the
 * real `ReleasePublisher` and kafkajs producer to a Kafka broker (`--brokers`, e.g. the one bench:pipeline
 * --keep-infra left running), or to a producer that only takes the messages (`--no-kafka`). Prints the
 * process's CPU ms per release per pass (all threads: libuv's pool, GC) as min/median/max. With
 * `--reference CHECKOUT`, that build's fetching lib runs the same passes, alternated pass by pass (who goes
 * first alternating), and the paired ratio is printed. For a profile: `node --cpu-prof` on this script.
 *
 *   node tests/dist/bench/folder-fetch.bench.js --brokers 127.0.0.1:24092 [--releases N] [--passes N] [--reference CHECKOUT] [--data DIR]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serviceTopicSpecs } from '@presswatch/contracts';
import * as fetching from '@presswatch/fetching';
import { MessageProducer, createKafkaClient, ensureTopics, type OutgoingMessage } from '@presswatch/kafka-messaging';
import { FetchLedger, openStateDatabase } from '@presswatch/pipeline-state';
import { quietLogger } from '../support/quiet-logger.js';
import { benchSources, loadTrainingText, ReleaseGenerator, writeReleases } from '../support/release-generator.js';
import { cpuMs, numberOption, parseArgs, summarise, table } from './bench-util.js';

type Fetching = Pick<typeof fetching, 'fetchFolder' | 'ReleasePublisher'>;
interface Producer {
  sendOrRefuse(messages: OutgoingMessage[]): Promise<{ message: OutgoingMessage; reason: string }[]>;
}

/** One pass of a build over every source folder into a fresh ledger: CPU ms per release. */
async function pass(build: Fetching, producer: Producer, folder: string, sources: readonly string[], releases: number): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'folder-fetch-'));
  const database = await openStateDatabase(`sqlite:${join(work, 'state.db')}`);
  try {
    const ledger = new FetchLedger(database);
    const publisher = new build.ReleasePublisher(producer, { maxReleaseBytes: 2 * 1024 * 1024, signal: new AbortController().signal });
    const began = cpuMs();
    let published = 0;
    for (const source of sources) {
      const stats = await build.fetchFolder({
        folder: join(folder, source),
        source: `folder:${source}`,
        ledger,
        publish: (batch) => publisher.publish(batch),
      });
      published += stats.published;
    }
    const spent = cpuMs() - began;
    if (published !== releases) throw new Error(`published ${published} of ${releases} releases`);
    return spent / releases;
  } finally {
    await database.destroy();
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['--releases', '--passes', '--brokers', '--reference', '--data']);
  const count = numberOption(args, '--releases') ?? 10_000;
  const passes = numberOption(args, '--passes') ?? 5;
  const brokers = args.values.get('--brokers');
  if (brokers === undefined && !args.flags.has('--no-kafka')) throw new Error('--brokers HOST:PORT (a running Kafka) or --no-kafka');
  const referencePath = args.values.get('--reference');
  const reference =
    referencePath === undefined
      ? null
      : ((await import(pathToFileURL(join(resolve(referencePath), 'libs', 'fetching', 'dist', 'index.js')).href)) as Fetching);

  // --data DIR keeps the generated files there (made when missing): a profile of a later run is then the fetcher's alone.
  const kept = args.values.get('--data');
  const folder = kept ?? mkdtempSync(join(tmpdir(), 'folder-fetch-data-'));
  const sources = benchSources(4);
  if (kept === undefined || !existsSync(join(kept, sources[0]!.name))) {
    writeReleases(folder, new ReleaseGenerator(loadTrainingText().paragraphs, 7).releases(sources, count));
  }
  let producer: Producer = { sendOrRefuse: async () => [] };
  let close = async (): Promise<void> => undefined;
  if (brokers !== undefined) {
    const settings = { brokers: brokers.split(','), clientId: 'folder-fetch-bench' };
    await ensureTopics(settings, serviceTopicSpecs('fetcher', 4), quietLogger);
    const kafka = new MessageProducer(createKafkaClient(settings, quietLogger));
    await kafka.connect();
    producer = kafka;
    close = () => kafka.disconnect();
  }
  try {
    const names = sources.map((source) => source.name);
    // Warm-up: each build's code compiled once before anything is measured.
    await pass(fetching, producer, folder, names, count);
    if (reference) await pass(reference, producer, folder, names, count);
    const ours: number[] = [];
    const theirs: number[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < passes; round++) {
      if (reference === null) {
        ours.push(await pass(fetching, producer, folder, names, count));
        continue;
      }
      const first = round % 2 === 0;
      const a = first ? await pass(fetching, producer, folder, names, count) : NaN;
      const b = await pass(reference, producer, folder, names, count);
      const c = first ? a : await pass(fetching, producer, folder, names, count);
      ours.push(c);
      theirs.push(b);
      ratios.push(c / b);
    }
    const row = (name: string, values: number[]): string[] => {
      const { min, median, max } = summarise(values);
      return [name, min.toFixed(3), median.toFixed(3), max.toFixed(3)];
    };
    console.log(
      `folder source, ${count} releases in ${names.length} folders, ${passes} passes, ${brokers ? `Kafka ${brokers}` : 'no Kafka'}`,
    );
    const rows = [['', 'min', 'median', 'max'], row('this checkout, CPU ms/release', ours)];
    if (reference) rows.push(row('reference, CPU ms/release', theirs), row('paired ratio this / reference', ratios));
    console.log(table(rows));
  } finally {
    await close();
    if (kept === undefined) rmSync(folder, { recursive: true, force: true });
  }
}

await main();
