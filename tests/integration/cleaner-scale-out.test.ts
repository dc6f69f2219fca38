import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOPICS, parseCleanRelease, pipelineTopics, type CleanRelease } from '@presswatch/contracts';
import { releaseId } from '@presswatch/fetching';
import { ensureTopics, growPartitions, readTopic } from '@presswatch/kafka-messaging';
import { requireEnv, testPort } from '../support/environment.js';
import { quietLogger } from '../support/quiet-logger.js';
import { ReleaseGenerator, benchSources, loadTrainingText, writeReleases, type BenchSource } from '../support/release-generator.js';
import { ServiceProcess } from '../support/service-process.js';

const PARTITIONS = 4;
// Twelve sources over four partitions: both cleaners get some (all on one cleaner's two partitions: 1 in 2,000).
const SOURCES = 12;
const PER_SOURCE = 6;
const ABOUT = /(?:À propos de|About|Acerca de) (?:OIM|IOM) – /;

interface Phase {
  /** Clean releases by "<source position>/<file>", so the two phases (different source names) line up. */
  outputs: Map<string, CleanRelease>;
  /** Raw messages each cleaner consumed. */
  consumed: number[];
}

/**
 * Scaling out is correct: a source's releases are keyed by source, so one partition holds its stream in
 * order and one cleaner learns its template from all of it. The real fetcher publishes the same folders
 * twice under fresh source names; one cleaner, then two cleaners on four partitions, with their
 * templates in PostgreSQL, must give the same clean releases.
 */
describe('cleaner scale-out', { timeout: 300_000 }, () => {
  const brokers = requireEnv('PRESSWATCH_TEST_KAFKA');
  const databaseUrl = requireEnv('PRESSWATCH_TEST_POSTGRES');
  const kafka = { brokers: [brokers], clientId: 'presswatch-test-scale-out' };
  const run = Date.now().toString(36);
  let folder: string;
  let sources: BenchSource[];
  /** Each source's file names (the same in every source folder position). */
  let files: { name: string }[];

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'presswatch-scale-'));
    sources = benchSources(SOURCES);
    const generator = new ReleaseGenerator(loadTrainingText().paragraphs, 7);
    const releases = [...generator.releases(sources, SOURCES * PER_SOURCE)];
    writeReleases(join(folder, 'releases'), releases);
    files = [...new Set(releases.map((release) => release.file))].map((name) => ({ name }));
    // Other tests may have created the topics with fewer partitions; adding some is harmless to them.
    await ensureTopics(kafka, pipelineTopics(PARTITIONS), quietLogger);
    await growPartitions(kafka, TOPICS.raw, PARTITIONS, quietLogger);
  });
  after(() => rm(folder, { recursive: true, force: true }));

  async function phase(label: string, cleanerCount: number): Promise<Phase> {
    const names = sources.map((_, position) => `scale-${run}-${label}-${position}`);
    const sourcesFile = join(folder, `${label}.json`);
    const entries = sources.map((source, position) => ({
      name: names[position],
      kind: 'folder',
      path: join(folder, 'releases', source.name),
      intervalSeconds: 0,
    }));
    await writeFile(sourcesFile, JSON.stringify({ sources: entries }));
    const common = { KAFKA_BROKERS: brokers, KAFKA_PARTITIONS: String(PARTITIONS) };
    const cleaners = Array.from(
      { length: cleanerCount },
      (_, n) =>
        new ServiceProcess(
          'cleaner',
          testPort(14080 + n),
          { ...common, DATABASE_URL: databaseUrl },
          join(folder, `${label}-cleaner-${n}.log`),
        ),
    );
    const fetcherEnv = { ...common, FETCHER_SOURCES_FILE: sourcesFile, DATABASE_URL: `sqlite:${join(folder, `${label}-fetcher.sqlite`)}` };
    const fetcher = new ServiceProcess('fetcher', testPort(14083), fetcherEnv, join(folder, `${label}-fetcher.log`));
    try {
      // One after the other: when the last is ready, the group has settled with all of them.
      for (const cleaner of cleaners) await cleaner.start();
      const consumedBefore = await Promise.all(cleaners.map(consumedRaw));
      await fetcher.start();
      // Release ids differ between phases (the source is part of them): line releases up by source position and file.
      const fileOf = new Map(
        files.flatMap((file) => names.map((name, index) => [releaseId(name, file.name), `${index}/${file.name}`] as const)),
      );
      const messages = await readTopic(
        kafka,
        TOPICS.clean,
        { limit: SOURCES * PER_SOURCE, timeoutMs: 120_000, filter: (message) => fileOf.has(message.key ?? '') },
        quietLogger,
      );
      const outputs = new Map<string, CleanRelease>();
      for (const message of messages) {
        const release = parseCleanRelease(JSON.parse(message.value!.toString('utf8')));
        outputs.set(fileOf.get(release.id)!, release);
      }
      const consumed = (await Promise.all(cleaners.map(consumedRaw))).map((count, n) => count - consumedBefore[n]!);
      return { outputs, consumed };
    } finally {
      await fetcher.stop();
      for (const cleaner of cleaners) await cleaner.stop();
    }
  }

  it('two cleaners on four partitions give the same output as one', async () => {
    const one = await phase('one', 1);
    const two = await phase('two', 2);
    assert.equal(one.outputs.size, SOURCES * PER_SOURCE, 'one cleaner: every release cleaned');
    assert.equal(two.outputs.size, SOURCES * PER_SOURCE, 'two cleaners: every release cleaned');
    assert.ok(
      two.consumed.every((count) => count > 0),
      `both cleaners had work: ${two.consumed.join(' + ')} messages`,
    );

    // The comparison is sensitive to the template: the standard paragraph is learned from a source's third release on.
    for (const [key, release] of one.outputs) {
      const early = /\/00000[01]\./.test(key);
      assert.equal(
        ABOUT.test(release.body),
        early,
        `${key}: the standard paragraph is ${early ? 'kept before' : 'removed once'} the template has 3 releases`,
      );
    }
    for (const [key, release] of one.outputs) {
      const other = two.outputs.get(key);
      assert.ok(other, `${key} cleaned by the two cleaners`);
      assert.deepEqual(comparable(other), comparable(release), `${key}: same clean release with one or two cleaners`);
    }
  });
});

async function consumedRaw(cleaner: ServiceProcess): Promise<number> {
  const line = (await cleaner.metrics())
    .split('\n')
    .find(
      (entry) =>
        entry.startsWith('presswatch_messages_consumed_total') && entry.includes(`topic="${TOPICS.raw}"`) && entry.includes('outcome="ok"'),
    );
  return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1));
}

/** What cleaning decided: all but the id, source name and fetch time, which differ between the phases by design. */
function comparable(release: CleanRelease): Omit<CleanRelease, 'id' | 'source' | 'fetchedAt'> {
  const copy: Partial<CleanRelease> = { ...release };
  delete copy.id;
  delete copy.source;
  delete copy.fetchedAt;
  return copy as Omit<CleanRelease, 'id' | 'source' | 'fetchedAt'>;
}
