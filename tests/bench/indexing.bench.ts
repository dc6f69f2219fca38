/*
 * Bulk indexing throughput into a real OpenSearch node: the sample corpus, cleaned and enriched, copied
 * into N distinct releases and written with bulkWrite (the indexer's path) at several bulk sizes.
 *
 *   npm run --silent bench:indexing -- [--opensearch URL] [--documents N] [--sizes 100,500,1000]
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_REFRESH_SECONDS, bulkWrite, refreshReleases, searchReleases, type BulkItem } from '@presswatch/search-index';
import { dropAlias, indexSamples } from '../support/sample-index.js';
import { numberOption, parseArgs, table } from './bench-util.js';

const args = parseArgs(process.argv.slice(2), ['--opensearch', '--documents', '--sizes']);
const opensearchUrl = args.values.get('--opensearch') ?? process.env['OPENSEARCH_URL'] ?? 'http://127.0.0.1:9200';
const documents = numberOption(args, '--documents') ?? 10_000;
const sizes = (args.values.get('--sizes') ?? '100,500,1000').split(',').map(Number);

const alias = `presswatch-bench-${process.pid}`;
const { client } = await indexSamples(opensearchUrl, alias);
const samples = (await searchReleases(client, { size: 100 }, alias)).hits.map((hit) => hit.release);
const rows: string[][] = [];
try {
  for (const size of sizes) {
    const items: BulkItem[] = Array.from({ length: documents }, (_, n) => {
      const release = samples[n % samples.length]!;
      const id = `bench-${size}-${n}`;
      return { id, version: 1, document: { ...release, id } };
    });
    const bytes = Buffer.byteLength(JSON.stringify(items[0]!.document));
    process.stderr.write(`bulk size ${size}: writing ${documents} documents (~${(bytes / 1024).toFixed(1)} KB each)\n`);
    const started = performance.now();
    for (let start = 0; start < items.length; start += size) {
      const outcome = await bulkWrite(client, items.slice(start, start + size), alias);
      if (outcome.rejected.length + outcome.retryable.length > 0)
        throw new Error(`refused: ${JSON.stringify(outcome.rejected.concat(outcome.retryable)[0])}`);
    }
    const seconds = (performance.now() - started) / 1000;
    rows.push([
      String(size),
      String(documents),
      seconds.toFixed(2),
      (documents / seconds).toFixed(0),
      ((documents * bytes) / seconds / 1024 / 1024).toFixed(2),
    ]);
  }
  await refreshReleases(client, alias);
} finally {
  await dropAlias(opensearchUrl, alias);
}
process.stdout.write(`OpenSearch ${opensearchUrl}, one node, refresh_interval ${DEFAULT_REFRESH_SECONDS}s, external versions\n`);
process.stdout.write(`${table([['bulk size', 'documents', 'seconds', 'docs/s', 'MB/s'], ...rows])}\n`);
