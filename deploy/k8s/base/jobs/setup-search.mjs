// Installs the releases index template and first index (ensureReleasesIndex: the indexer does the same at
// start-up; idempotent; the refresh interval is the indexer's INDEX_REFRESH_SECONDS) and imports the
// OpenSearch Dashboards saved objects (every *.ndjson file of SAVED_OBJECTS_DIR, overwriting, so re-running
// the Job updates them). Mounted from a ConfigMap under /app/jobs of the indexer image, so
// `@presswatch/search-index` resolves from /app/node_modules.
// With OpenSearch's security plugin (prod), OPENSEARCH_USERNAME/PASSWORD/CA_FILE are read by
// searchSecurityFromEnv; Dashboards checks the same user against OpenSearch, so its API gets the same
// basic auth (over HTTPS there: Node trusts the CA through NODE_EXTRA_CA_CERTS).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createSearchClient,
  ensureReleasesIndex,
  indexSettingsFromEnv,
  searchIsReachable,
  searchSecurityFromEnv,
} from '@presswatch/search-index';

const WAIT_MS = Number(process.env.SETUP_WAIT_SECONDS ?? 300) * 1000;

function log(msg, fields = {}) {
  process.stdout.write(`${JSON.stringify({ msg, ...fields })}\n`);
}

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** Polls until `check` answers true: OpenSearch and Dashboards start slower than this Job. */
async function waitFor(what, check) {
  const deadline = Date.now() + WAIT_MS;
  for (let delay = 500; ; delay = Math.min(delay * 2, 10_000)) {
    if (await check().catch(() => false)) return;
    if (Date.now() + delay > deadline) throw new Error(`${what} not ready after ${WAIT_MS / 1000}s`);
    log(`waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

async function importSavedObjects(dashboardsUrl, directory, headers) {
  const files = (await readdir(directory).catch(() => [])).filter((name) => name.endsWith('.ndjson')).sort();
  if (files.length === 0) {
    log('no saved objects to import', { directory });
    return;
  }
  for (const name of files) {
    const form = new FormData();
    form.append('file', new Blob([await readFile(join(directory, name))], { type: 'application/ndjson' }), name);
    const response = await fetch(`${dashboardsUrl}/api/saved_objects/_import?overwrite=true`, {
      method: 'POST',
      headers: { ...headers, 'osd-xsrf': 'true' },
      body: form,
    });
    const result = await response.json().catch(() => ({}));
    if (!response.ok || result.success !== true) {
      throw new Error(`import of ${name} failed (HTTP ${response.status}): ${JSON.stringify(result.errors ?? result)}`);
    }
    log('saved objects imported', { file: name, count: result.successCount });
  }
}

try {
  const opensearchUrl = required('OPENSEARCH_URL');
  const dashboardsUrl = required('DASHBOARDS_URL').replace(/\/+$/, '');
  const savedObjectsDir = process.env.SAVED_OBJECTS_DIR ?? '/saved-objects';
  // The indexer's INDEX_REFRESH_SECONDS (its ConfigMap): the Job must not put back another interval.
  const settings = indexSettingsFromEnv();
  const security = searchSecurityFromEnv(opensearchUrl);
  const search = createSearchClient({ node: opensearchUrl, ...security });
  const headers = security.auth
    ? { authorization: `Basic ${Buffer.from(`${security.auth.username}:${security.auth.password}`).toString('base64')}` }
    : {};
  await waitFor('OpenSearch', () => searchIsReachable(search));
  const { index, created } = await ensureReleasesIndex(search, undefined, settings);
  log('releases index ready', { index, created, refreshSeconds: settings.refreshSeconds });
  await waitFor('OpenSearch Dashboards', async () => (await fetch(`${dashboardsUrl}/api/status`, { headers })).ok);
  await importSavedObjects(dashboardsUrl, savedObjectsDir, headers);
} catch (error) {
  process.stderr.write(`setup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
