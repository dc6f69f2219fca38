#!/usr/bin/env node
import { execFileSync } from 'node:child_process';
// `npm test`: install; check that the TypeScript project references match the imports (`nx sync:check`); every
// project's build, lint (Nx module boundaries included) and unit tests through Nx, cached in .nx/cache so an
// unchanged project is neither rebuilt nor retested; ESLint on the files outside projects; the quality gates;
// then `nx run tests:integration`, whose command is `node tests/run.mjs --integration`: every integration and
// end-to-end test in one `node --test` run against a real Kafka, OpenSearch and PostgreSQL started for it
// (fresh data each run, on ports apart from `npm start`'s) and stopped at the end.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, ensureInstalled, run, say } from '../deploy/local/bootstrap.mjs';

const { values: args } = parseArgs({ options: { integration: { type: 'boolean', default: false } } });

// TEST_INFRA_NAME, TEST_*_PORT and TEST_PORT_OFFSET let a second checkout run its suite beside this one.
const infra = {
  name: process.env.TEST_INFRA_NAME ?? 'test',
  kafkaPort: Number(process.env.TEST_KAFKA_PORT ?? 19092),
  opensearchPort: Number(process.env.TEST_OPENSEARCH_PORT ?? 19200),
  pgPort: Number(process.env.TEST_PG_PORT ?? 15432),
};
const NX = join(ROOT, 'node_modules/.bin/nx');
// Nx loads each plugin in a worker process by default, which triples the CPU of computing the project graph
// (about 3 s more per nx command here); ours are a local file and @nx/js, trusted to share the process.
const nxEnv = { ...process.env, NX_ISOLATE_PLUGINS: 'false' };

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
const infraEnv = {
  ...process.env,
  INFRA_NAME: infra.name,
  KAFKA_PORT: String(infra.kafkaPort),
  OPENSEARCH_PORT: String(infra.opensearchPort),
  PG_PORT: String(infra.pgPort),
  KAFKA_SASL_SSL: '1',
};

/** The folders of the Nx projects, from the project graph. */
async function projectRoots() {
  const dir = mkdtempSync(join(tmpdir(), 'presswatch-graph-'));
  try {
    await run(NX, ['graph', `--file=${join(dir, 'graph.json')}`], { env: nxEnv, stdio: ['ignore', 'ignore', 'inherit'] });
    const { graph } = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
    return Object.values(graph.nodes).map((node) => node.data.root);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function everything() {
  await ensureInstalled();
  say('checking that the TypeScript project references match the imports (nx sync:check)');
  await run(NX, ['sync:check'], { env: nxEnv });
  say('build, lint (module boundaries) and unit tests of every project through Nx; unchanged ones come from its cache');
  await run(NX, ['run-many', '-t', 'build', 'lint', 'test', '--skip-sync', '--outputStyle=static'], { env: nxEnv });
  say('linting the files that belong to no project (deploy scripts, tools, configuration)');
  const ignoreProjects = (await projectRoots()).flatMap((root) => ['--ignore-pattern', `${root}/**`]);
  await run(join(ROOT, 'node_modules/.bin/eslint'), ['--max-warnings=0', '.', ...ignoreProjects]);
  say('format check (Prettier; npm run format fixes it)');
  await run(join(ROOT, 'node_modules/.bin/prettier'), ['--check', '.'], { stdio: ['ignore', 'ignore', 'inherit'] });

  // Quality gates on the shared benchmark data (beside the checkout in CI; optional for the project itself).
  const shared = join(ROOT, '..', 'shared');
  if (existsSync(join(shared, 'bench', 'article-extraction'))) {
    // Just below what is reached (0.976).
    say('quality gate: article extraction F1 on the Zyte benchmark');
    await run(process.execPath, [
      'tests/dist/bench/extraction.bench.js',
      join(shared, 'bench', 'article-extraction'),
      '--no-peer',
      '--min-f1',
      '0.97',
    ]);
  } else say('quality gate skipped: ../shared/bench/article-extraction not found');
  if (existsSync(join(shared, 'bench', 'wcxb-dev'))) {
    // Just below what is reached (0.885 over all pages, 0.718 on product pages, the lowest type).
    say('quality gate: bag-of-words F1 per page type on the WCXB development split (about 1 min)');
    await run(process.execPath, [
      'tests/dist/bench/extraction.bench.js',
      join(shared, 'bench', 'wcxb-dev'),
      '--no-peer',
      '--runs',
      '1',
      '--min-f1-all',
      '0.886',
      '--min-f1-type',
      '0.722',
    ]);
  } else say('quality gate skipped: ../shared/bench/wcxb-dev not found');
  if (existsSync(join(shared, 'corpus', 'reliefweb-2017-12-sample.jsonl'))) {
    say('quality gate: language detection accuracy on the ReliefWeb sample');
    await run(process.execPath, [
      'tests/dist/bench/language.bench.js',
      join(shared, 'corpus', 'reliefweb-2017-12-sample.jsonl'),
      '--min-accuracy',
      '0.98',
    ]);
    // The shipped theme model must be what the labels give, not a hand-edited file.
    say('reproducibility gate: theme-model.json equals a refit on the labels it records (fit:themes -- --check)');
    await run(process.execPath, [
      'tools/dist/theme-model/fit-themes.js',
      join(shared, 'corpus', 'reliefweb-2017-12-sample.jsonl'),
      '--check',
    ]);
  } else say('quality gate skipped: ../shared/corpus not found');
  // No real release may be refused as "not text" or "no article text" (samples always, ../shared when there).
  say("quality gate: no real release refused by the cleaner's text and article checks");
  await run(process.execPath, ['tests/dist/bench/release-quality.bench.js', '--max-refused', '0']);

  say('integration and end-to-end tests (nx run tests:integration)');
  await run(NX, ['run', 'tests:integration', '--skip-sync', '--outputStyle=stream-without-prefixes'], { env: nxEnv });
}

async function integration() {
  const tests = findFiles(join(ROOT, 'tests', 'dist'), /\.test\.js$/).map((path) => relative(ROOT, path));

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
      PRESSWATCH_TEST_KAFKA_CREDENTIALS: execFileSync(join(ROOT, 'deploy/local/kafka.sh'), ['credentials'], {
        env: infraEnv,
        encoding: 'utf8',
      }).trim(),
    },
  });
}

let exitCode = 1;
try {
  await (args.integration ? integration() : everything());
  exitCode = 0;
} catch (error) {
  say(`failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (args.integration) {
    await run(join(ROOT, 'deploy/local/infra.sh'), ['down'], { env: infraEnv, stdio: ['ignore', 'inherit', 'inherit'] }).catch(() => {});
  }
  const what = args.integration ? 'integration tests' : 'tests';
  say(exitCode === 0 ? `all ${what} passed` : `${what} failed`);
  process.exitCode = exitCode;
}
