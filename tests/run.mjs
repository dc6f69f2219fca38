#!/usr/bin/env node
// `npm test`: install, build, lint (Nx module boundaries included), then every unit, integration and
// end-to-end test in one `node --test` run against a real Kafka, OpenSearch and PostgreSQL started here
// once (fresh data each run, on ports apart from `npm start`'s) and stopped at the end.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, build, ensureInstalled, run, say } from '../deploy/local/bootstrap.mjs';

// TEST_INFRA_NAME, TEST_*_PORT and TEST_PORT_OFFSET let a second checkout run its suite beside this one.
const infra = {
  name: process.env.TEST_INFRA_NAME ?? 'test',
  kafkaPort: Number(process.env.TEST_KAFKA_PORT ?? 19092),
  opensearchPort: Number(process.env.TEST_OPENSEARCH_PORT ?? 19200),
  pgPort: Number(process.env.TEST_PG_PORT ?? 15432),
};

function findFiles(dir, pattern, found = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findFiles(path, pattern, found);
    else if (pattern.test(path)) found.push(path);
  }
  return found;
}

// KAFKA_SASL_SSL=1: the broker also listens with TLS + SCRAM and enforces ACLs (tests/security), on KAFKA_PORT + 2.
const infraEnv = { ...process.env, INFRA_NAME: infra.name, KAFKA_PORT: String(infra.kafkaPort), OPENSEARCH_PORT: String(infra.opensearchPort), PG_PORT: String(infra.pgPort), KAFKA_SASL_SSL: '1' };
let exitCode = 1;
try {
  await ensureInstalled();
  await build();
  say('linting (ESLint with the Nx module-boundary rules)');
  // The boundary rule silently skips without a project graph: compute it first.
  await run(join(ROOT, 'node_modules/.bin/nx'), ['show', 'projects'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NX_DAEMON: 'false' } });
  await run(join(ROOT, 'node_modules/.bin/eslint'), ['--max-warnings=0', '.']);

  // Quality gates on the shared benchmark data (beside the checkout in CI; optional for the project itself).
  const shared = join(ROOT, '..', 'shared');
  if (existsSync(join(shared, 'bench', 'article-extraction'))) {
    say('quality gate: article extraction F1 on the Zyte benchmark');
    await run(process.execPath, ['tests/dist/bench/extraction.bench.js', join(shared, 'bench', 'article-extraction'), '--no-peer', '--min-f1', '0.965']);
  } else say('quality gate skipped: ../shared/bench/article-extraction not found');
  if (existsSync(join(shared, 'corpus', 'reliefweb-2017-12-sample.jsonl'))) {
    say('quality gate: language detection accuracy on the ReliefWeb sample');
    await run(process.execPath, ['tests/dist/bench/language.bench.js', join(shared, 'corpus', 'reliefweb-2017-12-sample.jsonl'), '--min-accuracy', '0.98']);
    // The shipped theme model must be what the labels give, not a hand-edited file.
    say('reproducibility gate: the theme model in calibration.ts equals a refit on the labels (about 2 min)');
    await run(process.execPath, ['tests/dist/bench/fit-themes.js', join(shared, 'corpus', 'reliefweb-2017-12-sample.jsonl'), '--check']);
  } else say('quality gate skipped: ../shared/corpus not found');
  // No real release may be refused as "not text" or "no article text" (samples always, ../shared when there).
  say('quality gate: no real release refused by the cleaner\'s text and article checks');
  await run(process.execPath, ['tests/dist/bench/release-quality.bench.js', '--max-refused', '0']);

  const tests = [
    ...['libs', 'apps'].flatMap((dir) => findFiles(join(ROOT, dir), /[/\\]dist[/\\].*\.spec\.js$/)),
    ...findFiles(join(ROOT, 'tests', 'dist'), /\.test\.js$/),
  ].map((path) => relative(ROOT, path));

  say(`starting test infrastructure (Kafka :${infra.kafkaPort}, OpenSearch :${infra.opensearchPort}, PostgreSQL :${infra.pgPort})`);
  await run(join(ROOT, 'deploy/local/infra.sh'), ['reset'], { env: infraEnv, stdio: ['ignore', 'inherit', 'inherit'] });
  await run(join(ROOT, 'deploy/local/infra.sh'), ['up', '--with-postgres'], { env: infraEnv, stdio: ['ignore', 'inherit', 'inherit'] });

  say(`running ${tests.length} test files`);
  await run(process.execPath, ['--test', ...tests], {
    env: {
      ...process.env,
      PRESSWATCH_TEST_KAFKA: `127.0.0.1:${infra.kafkaPort}`,
      PRESSWATCH_TEST_OPENSEARCH: `http://127.0.0.1:${infra.opensearchPort}`,
      PRESSWATCH_TEST_POSTGRES: `postgres://presswatch@127.0.0.1:${infra.pgPort}/presswatch`,
      PRESSWATCH_TEST_KAFKA_CREDENTIALS: execFileSync(join(ROOT, 'deploy/local/kafka.sh'), ['credentials'], { env: infraEnv, encoding: 'utf8' }).trim(),
    },
  });

  exitCode = 0;
} catch (error) {
  say(`failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await run(join(ROOT, 'deploy/local/infra.sh'), ['down'], { env: infraEnv, stdio: ['ignore', 'inherit', 'inherit'] }).catch(() => {});
  say(exitCode === 0 ? 'all tests passed' : 'tests failed');
  process.exitCode = exitCode;
}
