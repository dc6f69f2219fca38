import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { releasesSavedObjects, toNdjson } from '@presswatch/search-index';

export const DASHBOARDS_HELP = `Usage:
  npm run --silent cli -- dashboards export            print the saved objects as ndjson
  npm run --silent cli -- dashboards import --url URL  import them into OpenSearch Dashboards

The saved objects (index pattern, saved searches, visualizations, dashboard) have fixed ids, so an
import overwrites the previous version. deploy/dashboards/ holds the exported file for deployments.

Options for import:
  --url URL     Dashboards base URL, e.g. http://localhost:5601 (required)
  --file FILE   ndjson file to import instead of the built-in objects
  --user USER   basic auth user (password from $DASHBOARDS_PASSWORD)
`;

/** The import API's answer (the fields this command reports on). */
const importResponseSchema = z.object({
  success: z.boolean(),
  successCount: z.number().optional(),
  errors: z.array(z.object({ id: z.string(), type: z.string(), error: z.object({ type: z.string() }).loose() })).optional(),
});

export async function dashboardsCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'export') {
    process.stdout.write(toNdjson(releasesSavedObjects()));
    return 0;
  }
  if (action !== 'import') {
    process.stderr.write(`dashboards: expected export or import\n\n${DASHBOARDS_HELP}`);
    return 2;
  }
  const { values } = parseArgs({ args: rest, options: { url: { type: 'string' }, file: { type: 'string' }, user: { type: 'string' } } });
  if (!values.url) {
    process.stderr.write('dashboards import: --url is required\n');
    return 2;
  }
  const ndjson = values.file ? await readFile(values.file, 'utf8') : toNdjson(releasesSavedObjects());
  return importSavedObjects(values.url, ndjson, values.user);
}

/** POST /api/saved_objects/_import?overwrite=true with the osd-xsrf header Dashboards requires. */
export async function importSavedObjects(baseUrl: string, ndjson: string, user?: string): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([ndjson], { type: 'application/ndjson' }), 'presswatch.ndjson');
  const headers: Record<string, string> = { 'osd-xsrf': 'true' };
  if (user) headers['authorization'] = `Basic ${Buffer.from(`${user}:${process.env['DASHBOARDS_PASSWORD'] ?? ''}`).toString('base64')}`;
  const response = await fetch(new URL('/api/saved_objects/_import?overwrite=true', baseUrl), { method: 'POST', headers, body: form });
  const text = await response.text();
  if (!response.ok) {
    process.stderr.write(`dashboards import: HTTP ${response.status}: ${text.slice(0, 500)}\n`);
    return 1;
  }
  const result = importResponseSchema.safeParse(JSON.parse(text));
  if (!result.success) {
    process.stderr.write(`dashboards import: unexpected answer: ${text.slice(0, 500)}\n`);
    return 1;
  }
  for (const error of result.data.errors ?? []) process.stderr.write(`dashboards import: ${error.type} ${error.id}: ${error.error.type}\n`);
  process.stdout.write(`${JSON.stringify({ success: result.data.success, imported: result.data.successCount ?? 0 })}\n`);
  return result.data.success ? 0 : 1;
}
