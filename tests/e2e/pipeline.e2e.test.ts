import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { HEADERS, TOPICS, parseDeadLetter, type EnrichedRelease } from '@presswatch/contracts';
import { MessageProducer, createKafkaClient, readTopic } from '@presswatch/kafka-messaging';
import { buildRawRelease, folderSourceName, listReleaseFiles, readFolderDocument, releaseId, sha256Hex } from '@presswatch/fetching';
import type { ReleaseDocument } from '@presswatch/search-index';
import { pipeline, type RunningServices } from '../support/pipeline.js';
import { ROOT, requireEnv, testPort } from '../support/environment.js';
import { quietLogger } from '../support/quiet-logger.js';
import { searchJson, type SearchResponse } from '../support/search.js';

interface Label {
  file: string;
  language: string;
  primaryCountry: string;
  countries: string[];
}

const SAMPLES = join(ROOT, 'samples', 'releases');

/**
 * The sample corpus through the four running services, real Kafka and real OpenSearch: what comes back
 * from OpenSearch is what analysts get.
 */
describe('pipeline end to end', { timeout: 300_000 }, () => {
  const kafkaBrokers = requireEnv('PRESSWATCH_TEST_KAFKA');
  const opensearchUrl = requireEnv('PRESSWATCH_TEST_OPENSEARCH');
  const kafka = { brokers: [kafkaBrokers], clientId: 'presswatch-e2e' };
  let services: RunningServices | undefined;
  let folder: string;
  let labels: Label[];
  let documents: Map<string, ReleaseDocument>;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'presswatch-e2e-'));
    for (const name of await readdir(SAMPLES)) if (name.endsWith('.txt')) await copyFile(join(SAMPLES, name), join(folder, name));
    labels = JSON.parse(await readFile(join(SAMPLES, 'labels.json'), 'utf8')) as Label[];
    services = await pipeline.startServices({
      kafkaBrokers,
      opensearchUrl,
      folder,
      dataDir: folder,
      logDir: join(folder, 'logs'),
      basePort: testPort(13001),
    });
    const source = folderSourceName(folder);
    const expected = await Promise.all(
      (await listReleaseFiles(folder)).map(async (path) => {
        const document = await readFolderDocument(folder, path);
        return { id: releaseId(source, document.location), contentHash: sha256Hex(document.body), location: document.location };
      }),
    );
    await pipeline.waitForIndexed(opensearchUrl, expected, { timeoutMs: 180_000 });
    const result = await searchJson<SearchResponse<ReleaseDocument>>(opensearchUrl, '/presswatch-releases/_search', {
      size: 1000,
      query: { ids: { values: expected.map((item) => item.id) } },
    });
    documents = new Map(expected.map((item) => [item.location, result.hits.hits.find((hit) => hit._id === item.id)!._source] as const));
  });

  after(async () => {
    await services?.stop();
  });

  it('indexes every sample release with a title, a language and a body without the contact block', () => {
    assert.equal(documents.size, labels.length);
    for (const [file, document] of documents) {
      assert.ok(document.title && document.title.length > 10, `${file}: title ${document.title}`);
      assert.ok(document.word_count > 150, `${file}: body of ${document.word_count} words`);
      assert.doesNotMatch(
        document.body,
        /pour plus d.informations|for more information|para m[aá]s informaci[oó]n/i,
        `${file}: contact block in body`,
      );
    }
  });

  it('drops the navigation: no line the site template repeats across releases reaches the index', async () => {
    const lineCounts = new Map<string, number>();
    for (const label of labels) {
      const lines = new Set(
        (await readFile(join(folder, label.file), 'utf8'))
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length > 3),
      );
      for (const line of lines) lineCounts.set(line, (lineCounts.get(line) ?? 0) + 1);
    }
    const template = [...lineCounts].filter(([, count]) => count >= 5).map(([line]) => line);
    assert.ok(template.length > 10, 'the samples share a navigation template');
    for (const [file, document] of documents) {
      const bodyLines = new Set(document.body.split('\n').map((line) => line.trim()));
      const leaked = template.filter((line) => bodyLines.has(line) || document.title === line);
      assert.deepEqual(leaked, [], `${file}: navigation lines in the index`);
    }
  });

  it('detects each release’s language', () => {
    for (const label of labels) assert.equal(documents.get(label.file)?.language, label.language, label.file);
  });

  it('tags the country each release is about', () => {
    const hits = labels.filter((label) => documents.get(label.file)?.country_codes.includes(label.primaryCountry));
    assert.ok(hits.length >= Math.ceil(labels.length * 0.9), `labelled primary country found in ${hits.length}/${labels.length} releases`);
  });

  it('analyses French text: a search for "formations" finds a release that only says "formation"', async () => {
    const target = [...documents.values()].find(
      (document) => document.language === 'fr' && /\bformation\b/i.test(document.body) && !/\bformations\b/i.test(document.body),
    );
    assert.ok(target, 'a French sample uses only the singular');
    const search = (field: string) =>
      searchJson<SearchResponse<ReleaseDocument>>(opensearchUrl, '/presswatch-releases/_search', {
        size: 100,
        _source: ['id'],
        query: { match: { [field]: 'formations' } },
      });
    const stemmed = await search('body.fr');
    assert.ok(
      stemmed.hits.hits.some((hit) => hit._id === target.id),
      'French analyzer matches the singular',
    );
    const plain = await search('body');
    assert.ok(!plain.hits.hits.some((hit) => hit._id === target.id), 'the language-neutral field does not stem');
  });

  it('gives facet counts by primary country as labelled, and by theme as tagged', async () => {
    const ids = [...documents.values()].map((document) => document.id);
    const result = await searchJson<SearchResponse<ReleaseDocument>>(opensearchUrl, '/presswatch-releases/_search', {
      size: 0,
      query: { ids: { values: ids } },
      aggs: { primary: { terms: { field: 'primary_country', size: 100 } }, themes: { terms: { field: 'theme_ids', size: 100 } } },
    });
    const counts = (name: string) => new Map((result.aggregations?.[name]?.buckets ?? []).map((bucket) => [bucket.key, bucket.doc_count]));
    const expectedPrimary = new Map<string, number>();
    for (const label of labels) expectedPrimary.set(label.primaryCountry, (expectedPrimary.get(label.primaryCountry) ?? 0) + 1);
    assert.deepEqual(counts('primary'), expectedPrimary);
    const expectedThemes = new Map<string, number>();
    for (const document of documents.values())
      for (const theme of document.theme_ids) expectedThemes.set(theme, (expectedThemes.get(theme) ?? 0) + 1);
    assert.deepEqual(counts('themes'), expectedThemes);
  });

  it('gives the same clean and enriched output as the offline CLI', async () => {
    const files = labels.map((label) => join(folder, label.file));
    const cli = spawnSync(process.execPath, [join(ROOT, 'apps', 'cli', 'dist', 'main.js'), 'process', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(cli.status, 0, cli.stderr);
    const offline = cli.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as EnrichedRelease);
    assert.equal(offline.length, labels.length);
    offline.forEach((release, position) => {
      const indexed = documents.get(labels[position]!.file)!;
      const file = labels[position]!.file;
      assert.equal(indexed.title, release.title, `${file}: title`);
      assert.equal(indexed.body, release.body, `${file}: body`);
      assert.deepEqual(indexed.contacts, release.contacts, `${file}: contacts`);
      assert.deepEqual(
        indexed.country_codes,
        release.countries.map((country) => country.code),
        `${file}: countries`,
      );
      assert.deepEqual(
        indexed.theme_ids,
        release.themes.map((theme) => theme.id),
        `${file}: themes`,
      );
      assert.equal(indexed.published_at, release.publishedAt, `${file}: date`);
    });
  });

  it('dead-letters malformed messages with the reason and keeps the stream going', async () => {
    const marker = `e2e-${Date.now()}`;
    const producer = new MessageProducer(createKafkaClient(kafka, quietLogger));
    await producer.connect();
    const good = buildRawRelease({
      source: marker,
      location: 'after-bad.txt',
      url: null,
      fetchedAt: new Date(),
      body: `Relief for the valley\nHonduras – ${'Teams delivered water and shelter kits to families in the valley after the floods. '.repeat(8)}`,
    });
    try {
      await producer.send([
        { topic: TOPICS.raw, key: `${marker}-not-json`, value: '{"schemaVersion": 1, oops' },
        { topic: TOPICS.raw, key: `${marker}-bad-field`, value: JSON.stringify({ ...good, id: `${marker}-x`, contentHash: 'not-a-hash' }) },
        { topic: TOPICS.raw, key: good.id, value: JSON.stringify(good) },
      ]);
    } finally {
      await producer.disconnect();
    }
    const letters = await readTopic(
      kafka,
      TOPICS.deadLetter,
      { limit: 2, timeoutMs: 60_000, filter: (message) => message.key?.startsWith(marker) ?? false },
      quietLogger,
    );
    assert.equal(letters.length, 2);
    const byKey = new Map(letters.map((message) => [message.key, message]));
    const notJson = byKey.get(`${marker}-not-json`)!;
    assert.match(notJson.headers[HEADERS.deadLetterReason] ?? '', /not JSON/);
    assert.equal(notJson.headers[HEADERS.originalTopic], TOPICS.raw);
    const letter = parseDeadLetter(JSON.parse(notJson.value!.toString()));
    assert.equal(Buffer.from(letter.original.valueBase64!, 'base64').toString(), '{"schemaVersion": 1, oops', 'original bytes kept');
    assert.equal(letter.stage, 'cleaner');
    assert.match(byKey.get(`${marker}-bad-field`)!.headers[HEADERS.deadLetterReason] ?? '', /contentHash/);
    await pipeline.waitForIndexed(opensearchUrl, [{ id: good.id, contentHash: good.contentHash }], { timeoutMs: 60_000 });

    // Operators find them with the CLI, by stage and reason.
    const cliArgs = ['dead-letters', 'list', '--json', '--stage', 'cleaner', '--reason', 'contentHash', '--brokers', kafkaBrokers];
    const cli = spawnSync(process.execPath, [join(ROOT, 'apps', 'cli', 'dist', 'main.js'), ...cliArgs], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    const listed = cli.stdout
      .trim()
      .split('\n')
      .map((line) => parseDeadLetter(JSON.parse(line)));
    assert.ok(listed.some((entry) => entry.original.key === `${marker}-bad-field`));
    assert.ok(listed.every((entry) => entry.stage === 'cleaner' && /contentHash/.test(entry.reason)));
  });
});
