/*
 * Fetch throughput against a local fixture site: pages per second through the real crawler (robots.txt,
 * per-host limiter, HTTP client, charset decoding, release building), per per-host concurrency limit.
 *
 *   npm run --silent bench:fetch -- [--pages N] [--per-host 1,2,4,8] [--latency-ms MS] [--min-delay-ms MS]
 *                                   [--state sqlite|none] [--json]
 *
 * The server answers each article after --latency-ms (default 20, a fast real site); --min-delay-ms is the
 * crawler's minimum spacing per host (default 0, to measure the machinery; production uses ~1000).
 * Releases are counted, not published (publishing through Kafka is measured by bench:pipeline); --state sqlite
 * records every page in an in-memory SQLite crawl state as the service does.
 */
import { performance } from 'node:perf_hooks';
import { DatabaseCrawlMemory, openStateDatabase } from '@presswatch/pipeline-state';
import { crawlWebSource, DEFAULT_POLITENESS, WebFetcher } from '@presswatch/fetching';
import { FixtureSite } from '../fetcher/fixture-site.js';
import { numberOption, parseArgs, table } from './bench-util.js';

const PORT = 14050;

interface Row {
  perHost: number;
  state: string;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  /** The ceiling the limiter allows: perHost / latency (and 1 / minDelay). */
  ceiling: number;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['--pages', '--per-host', '--latency-ms', '--min-delay-ms', '--state']);
  const pages = numberOption(args, '--pages') ?? 400;
  const latencyMs = numberOption(args, '--latency-ms') ?? 20;
  const minDelayMs = numberOption(args, '--min-delay-ms') ?? 0;
  const limits = (args.values.get('--per-host') ?? '1,2,4,8').split(',').map(Number);
  const stateKind = args.values.get('--state') ?? 'none';
  if (limits.some((limit) => !Number.isInteger(limit) || limit < 1)) throw new Error('--per-host expects positive integers, e.g. 1,2,4');
  if (stateKind !== 'none' && stateKind !== 'sqlite') throw new Error('--state expects sqlite or none');

  const site = await new FixtureSite({ articles: pages, articleDelayMs: latencyMs }).start(PORT);
  const rows: Row[] = [];
  try {
    for (const perHost of limits) {
      const fetcher = new WebFetcher({
        ...DEFAULT_POLITENESS,
        userAgent: 'PresswatchBench/1.0',
        concurrency: perHost,
        minDelayMs,
        retries: 0,
      });
      const database = stateKind === 'sqlite' ? await openStateDatabase('sqlite::memory:') : undefined;
      let published = 0;
      const started = performance.now();
      const stats = await crawlWebSource(
        { kind: 'sitemap', name: `bench-${perHost}`, url: `${site.url}/sitemap.xml`, allowPrivate: true, enabled: true },
        {
          fetcher,
          memory: database ? new DatabaseCrawlMemory(database) : null,
          mode: 'backfill',
          workers: perHost * 2,
          publish: async () => void published++,
        },
      );
      const seconds = (performance.now() - started) / 1000;
      await database?.destroy();
      if (stats.error || stats.failed.length > 0 || published !== pages)
        throw new Error(`bench crawl incomplete: ${stats.error ?? ''} ${stats.failed.length} failed, ${published}/${pages} published`);
      const ceiling = Math.min(perHost / (latencyMs / 1000 || Number.MIN_VALUE), minDelayMs > 0 ? 1000 / minDelayMs : Infinity);
      rows.push({ perHost, state: stateKind, pages, seconds, pagesPerSecond: pages / seconds, ceiling });
    }
  } finally {
    await site.close();
  }

  if (args.flags.has('--json')) {
    process.stdout.write(`${JSON.stringify({ latencyMs, minDelayMs, rows })}\n`);
    return;
  }
  process.stdout.write(
    `Fetch throughput: ${pages} article pages from a sitemap on 127.0.0.1, server latency ${latencyMs} ms, min delay ${minDelayMs} ms, state ${stateKind}\n\n`,
  );
  process.stdout.write(
    table([
      ['per-host limit', 'pages', 'seconds', 'pages/s', 'ceiling pages/s'],
      ...rows.map((row) => [
        String(row.perHost),
        String(row.pages),
        row.seconds.toFixed(2),
        row.pagesPerSecond.toFixed(1),
        Number.isFinite(row.ceiling) ? row.ceiling.toFixed(0) : '-',
      ]),
    ]),
  );
  process.stdout.write('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
