import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseRawRelease } from '@presswatch/contracts';
import {
  crawlWebSource,
  DEFAULT_POLITENESS,
  detectDocumentKind,
  hostsOf,
  NO_PRIVATE_HOSTS,
  redactCredentials,
  WebFetcher,
  type WebSourceConfig,
} from '@presswatch/fetching';

export const FETCH_HELP = `Usage:
  npm run --silent cli -- fetch --dry-run [--allow-private] [options] URL
  npm run --silent cli -- fetch --run [--source NAME] [--mode backfill|incremental] [--fetcher URL]

--dry-run fetches URL as the fetcher service would (robots.txt, per-host limits, timeouts, size limit,
retries, charset handling), decides whether it is an RSS/Atom feed, a sitemap or a sitemap index (anything
else is fetched as a single page), fetches every page it lists and prints one RawRelease JSON object per
line on stdout instead of publishing. Pages that fail are reported on stderr with their URL and the
reason; the exit status is 1 if any failed.

--run asks a running fetcher service to run its sources now (all, or --source NAME) and prints the outcome.
It sends $CONTROL_TOKEN as the bearer token the service requires (an environment variable, never an
argument, so the token stays out of process listings).

Options:
  --allow-private        allow URL's own host to be private, loopback or link-local (refused by default);
                         redirects and listed links to other hosts are checked as usual
  --source NAME          source name recorded in the releases (dry run; default web:<host>) or the source to run
  --since DATE           dry run: only entries dated on or after DATE (feeds and sitemaps)
  --user-agent UA        dry run: User-Agent (default ${DEFAULT_POLITENESS.userAgent})
  --per-host N           dry run: requests in flight per host (default ${DEFAULT_POLITENESS.concurrency})
  --min-delay-ms MS      dry run: minimum delay between requests to a host (default ${DEFAULT_POLITENESS.minDelayMs})
  --timeout-ms MS        dry run: per-request timeout (default ${DEFAULT_POLITENESS.timeoutMs})
  --max-body-bytes N     dry run: larger pages are refused (default ${DEFAULT_POLITENESS.maxBodyBytes})
  --mode MODE            --run: backfill or incremental (default: the source's own)
  --fetcher URL          --run: the fetcher service (default $FETCHER_URL or http://127.0.0.1:3001)
`;

const numberOption = (value: string | undefined, name: string, min: number): number | undefined => {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) throw new Error(`--${name} must be an integer >= ${min}`);
  return parsed;
};

export async function fetchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      run: { type: 'boolean', default: false },
      'allow-private': { type: 'boolean', default: false },
      source: { type: 'string' },
      since: { type: 'string' },
      'user-agent': { type: 'string' },
      'per-host': { type: 'string' },
      'min-delay-ms': { type: 'string' },
      'timeout-ms': { type: 'string' },
      'max-body-bytes': { type: 'string' },
      mode: { type: 'string' },
      fetcher: { type: 'string', default: process.env['FETCHER_URL'] ?? 'http://127.0.0.1:3001' },
    },
  });
  if (values.run) return runRemote(values.fetcher, values.source, values.mode);
  if (!values['dry-run']) {
    process.stderr.write(`fetch needs --dry-run URL or --run (publishing is the fetcher service's job)\n\n${FETCH_HELP}`);
    return 2;
  }
  const url = positionals[0];
  if (positionals.length !== 1 || !url || !z.url({ protocol: /^https?$/ }).safeParse(url).success) {
    process.stderr.write(`fetch --dry-run needs exactly one http(s) URL\n\n${FETCH_HELP}`);
    return 2;
  }
  const since = values.since === undefined ? undefined : new Date(values.since);
  if (since && Number.isNaN(since.getTime())) throw new Error(`--since: not a date: ${values.since}`);
  const fetcher = new WebFetcher({
    ...DEFAULT_POLITENESS,
    userAgent: values['user-agent'] ?? DEFAULT_POLITENESS.userAgent,
    concurrency: numberOption(values['per-host'], 'per-host', 1) ?? DEFAULT_POLITENESS.concurrency,
    minDelayMs: numberOption(values['min-delay-ms'], 'min-delay-ms', 0) ?? DEFAULT_POLITENESS.minDelayMs,
    timeoutMs: numberOption(values['timeout-ms'], 'timeout-ms', 100) ?? DEFAULT_POLITENESS.timeoutMs,
    maxBodyBytes: numberOption(values['max-body-bytes'], 'max-body-bytes', 1024) ?? DEFAULT_POLITENESS.maxBodyBytes,
  });
  const allowPrivate = values['allow-private'];
  const name = values.source ?? `web:${new URL(url).host}`;

  let kind;
  try {
    const first = await fetcher.fetchPage(url, {
      privateHosts: allowPrivate ? hostsOf([url]) : NO_PRIVATE_HOSTS,
      accept: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5',
    });
    kind = detectDocumentKind(first.text);
  } catch (error) {
    process.stderr.write(`${redactCredentials(url)}: ${(error as { reason?: string }).reason ?? (error as Error).message}\n`);
    return 1;
  }
  const backfill = { since, maxPages: 1 };
  const source: WebSourceConfig =
    kind === 'feed'
      ? { kind: 'feed', name, url, allowPrivate, enabled: true, backfill }
      : kind === 'sitemap' || kind === 'sitemap-index'
        ? { kind: 'sitemap', name, url, allowPrivate, enabled: true, backfill }
        : { kind: 'urls', name, urls: [url], allowPrivate, enabled: true };
  process.stderr.write(
    `${redactCredentials(url)}: ${kind === 'feed' || kind.startsWith('sitemap') ? kind : `${kind} document, fetched as a single page`}\n`,
  );

  const stats = await crawlWebSource(source, {
    fetcher,
    memory: null,
    mode: 'backfill',
    workers: Math.max(2, fetcher.settings.concurrency * 2),
    publish: async (release) => void process.stdout.write(`${JSON.stringify(parseRawRelease(release))}\n`),
    onPageError: (pageUrl, reason) => process.stderr.write(`${pageUrl}: ${reason}\n`),
  });
  if (stats.error) process.stderr.write(`${stats.error}\n`);
  process.stderr.write(
    `${stats.seen} listed, ${stats.published} printed, ${stats.failed.length} failed (${stats.documents} feed/sitemap documents)\n`,
  );
  return stats.error !== undefined || stats.failed.length > 0 ? 1 : 0;
}

async function runRemote(fetcherUrl: string, source: string | undefined, mode: string | undefined): Promise<number> {
  const endpoint = new URL('/fetch/run', fetcherUrl);
  if (source) endpoint.searchParams.set('source', source);
  if (mode) endpoint.searchParams.set('mode', mode);
  const token = process.env['CONTROL_TOKEN'];
  const response = await fetch(endpoint, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await response.text();
  if (!response.ok) {
    process.stderr.write(`${redactCredentials(endpoint.href)}: HTTP ${response.status} ${text}\n`);
    return 1;
  }
  process.stdout.write(`${text}\n`);
  const body = JSON.parse(text) as { runs?: { status?: string }[] };
  return body.runs?.some((run) => run.status !== 'ok') ? 1 : 0;
}
