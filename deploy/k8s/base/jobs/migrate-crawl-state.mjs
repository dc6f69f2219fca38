// Brings the crawl-state schema up to date before the fetcher rolls out, with the very function the
// fetcher runs at start-up (openStateDatabase: initialize + pending migrations, one transaction each).
// Mounted from a ConfigMap under /app/jobs of the fetcher image, so `@presswatch/pipeline-state` resolves from
// /app/node_modules. No entry file in apps/ is needed; see deploy/k8s/README.md.
import { openStateDatabase, redactUrl } from '@presswatch/pipeline-state';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('DATABASE_URL is not set\n');
  process.exit(1);
}

try {
  const database = await openStateDatabase(url);
  const migrations = database.migrations.map((migration) => migration.name ?? migration.constructor.name);
  const pending = await database.showMigrations();
  await database.destroy();
  process.stdout.write(`${JSON.stringify({ msg: 'crawl-state schema up to date', database: redactUrl(url), migrations, pending })}\n`);
  if (pending) process.exit(1);
} catch (error) {
  process.stderr.write(`migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
