#!/usr/bin/env node
// `nx test <project>`: runs the project's unit tests, the compiled output of its `*.spec.ts` files, in one
// `node --test` run. The list comes from the sources, not from dist/, so a deleted spec's stale output never
// runs; a spec that tsconfig.json does not compile, or that was not built, is an error, never a silent skip.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

function fail(message) {
  process.stderr.write(`run-unit-tests: ${message}\n`);
  process.exit(1);
}

/** The `*.spec.ts` files under a folder; build output, dependencies and dot folders skipped. */
function findSpecSources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'dist') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findSpecSources(path);
    return /\.spec\.[cm]?ts$/.test(entry.name) ? [path] : [];
  });
}

const [projectArg] = process.argv.slice(2);
if (!projectArg) fail('usage: run-unit-tests.mjs <project folder>');
const projectDir = resolve(projectArg);
const shown = (path) => relative(process.cwd(), path);

const specs = findSpecSources(projectDir).sort();
if (specs.length === 0) {
  process.stdout.write(`${projectArg}: no unit tests (no *.spec.ts file)\n`);
  process.exit(0);
}

const configPath = join(projectDir, 'tsconfig.json');
const config = ts.getParsedCommandLineOfConfigFile(
  configPath,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => fail(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
  },
);
if (!config) fail(`cannot read ${shown(configPath)}`);
const compiled = new Set(config.fileNames.map((file) => resolve(file)));

const outputs = specs.map((spec) => {
  if (!compiled.has(spec)) fail(`${shown(spec)} is not compiled by ${shown(configPath)} (its "include"), so it would never run`);
  const output = ts.getOutputFileNames(config, spec, !ts.sys.useCaseSensitiveFileNames).find((file) => /\.[cm]?js$/.test(file));
  if (!output) fail(`${shown(spec)} has no JavaScript output (noEmit?)`);
  if (!existsSync(output)) fail(`${shown(output)} is missing: build the project first (nx build)`);
  return output;
});

const result = spawnSync(process.execPath, ['--test', ...outputs], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
