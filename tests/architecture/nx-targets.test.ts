import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { ROOT } from '../support/environment.js';

const targetSchema = z.object({
  cache: z.boolean().optional(),
  dependsOn: z.array(z.unknown()).optional(),
  inputs: z.array(z.unknown()).optional(),
  outputs: z.array(z.string()).optional(),
  options: z.record(z.string(), z.unknown()).optional(),
});
const graphSchema = z.object({
  graph: z.object({
    nodes: z.record(
      z.string(),
      z.object({
        data: z.object({
          root: z.string(),
          tags: z.array(z.string()).default([]),
          targets: z.record(z.string(), targetSchema).default({}),
        }),
      }),
    ),
  }),
});
type Projects = z.infer<typeof graphSchema>['graph']['nodes'];

/** The project graph as `nx graph` computes it for the workspace at `root` (plugins and inference included). */
async function projectGraph(root: string): Promise<Projects> {
  const dir = mkdtempSync(join(tmpdir(), 'presswatch-graph-'));
  try {
    const file = join(dir, 'graph.json');
    // A clean Nx environment, as in a developer's shell (this suite runs as an Nx task), minus the plugin
    // workers that triple the CPU of computing the graph (tests/run.mjs says why).
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NX_')));
    const nx = join(ROOT, 'node_modules', '.bin', 'nx');
    await promisify(execFile)(nx, ['graph', `--file=${file}`], {
      cwd: root,
      env: { ...env, NX_DAEMON: 'false', NX_ISOLATE_PLUGINS: 'false' },
    });
    return graphSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).graph.nodes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What each project lacks of the targets every project must have: build, lint, and test (integration for e2e). */
function missingTargets(projects: Projects): string[] {
  return Object.entries(projects).flatMap(([name, { data }]) => {
    const required = ['build', 'lint', data.tags.includes('type:e2e') ? 'integration' : 'test'];
    return required.filter((target) => !data.targets[target]).map((target) => `${name} (${data.root}) has no ${target} target`);
  });
}

describe('Nx targets', () => {
  let projects: Projects;
  before(async () => {
    projects = await projectGraph(ROOT);
  });

  it('gives every project build, lint and test targets (integration for the e2e project)', () => {
    assert.ok(Object.keys(projects).length > 0);
    assert.deepEqual(missingTargets(projects), []);
  });

  it('caches build, lint and test, and reruns a project’s tests when a dependency’s source changes', () => {
    for (const [name, { data }] of Object.entries(projects)) {
      for (const target of ['build', 'lint', 'test'] as const) {
        const config = data.targets[target];
        if (config) assert.equal(config.cache, true, `${name}:${target} is cached`);
      }
      assert.ok(data.targets.build?.dependsOn?.includes('^build'), `${name}:build builds its dependencies first`);
      assert.ok(
        data.targets.build?.outputs?.some((output) => output.startsWith('{projectRoot}/dist/')),
        `${name}:build declares its dist/ outputs`,
      );
      const test = data.targets.test;
      if (!test) continue;
      assert.ok(test.dependsOn?.includes('build'), `${name}:test runs on a fresh build`);
      assert.ok(test.inputs?.includes('^production'), `${name}:test hashes its dependencies' sources`);
    }
  });

  it('never caches the integration tests, which run against live infrastructure', () => {
    const integration = Object.values(projects).flatMap(({ data }) => (data.targets.integration ? [data.targets.integration] : []));
    assert.equal(integration.length, 1);
    assert.equal(integration[0]?.cache, false);
  });

  describe('a project added later', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'presswatch-nx-new-project-'));
    after(() => rmSync(workspace, { recursive: true, force: true }));

    /** A lib as a developer would add it: project.json with tags, package.json, tsconfig.json, sources. */
    function addLib(name: string, files: Record<string, string>): void {
      const dir = join(workspace, 'libs', name);
      mkdirSync(join(dir, 'src'), { recursive: true });
      const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
      writeFileSync(join(dir, 'project.json'), json({ name, projectType: 'library', tags: ['scope:shared', 'type:util'] }));
      const exports = { '.': { types: './dist/index.d.ts', default: './dist/index.js' } };
      writeFileSync(
        join(dir, 'package.json'),
        json({ name: `@presswatch/${name}`, version: '0.1.0', private: true, type: 'module', exports }),
      );
      const compilerOptions = { rootDir: 'src', outDir: 'dist', tsBuildInfoFile: 'dist/tsconfig.tsbuildinfo' };
      writeFileSync(join(dir, 'tsconfig.json'), json({ extends: '../../tsconfig.base.json', compilerOptions, include: ['src/**/*.ts'] }));
      for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, 'src', file), text);
    }

    it('gets build, lint and test without declaring any of them', async () => {
      for (const file of ['nx.json', 'package.json', 'tsconfig.base.json']) cpSync(join(ROOT, file), join(workspace, file));
      cpSync(join(ROOT, 'tools', 'nx-plugin'), join(workspace, 'tools', 'nx-plugin'), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(workspace, 'node_modules'));
      addLib('probe', {
        'index.ts': 'export const probe = 1;\n',
        'index.spec.ts': "import { it } from 'node:test';\nit('runs', () => {});\n",
      });
      addLib('untested', { 'index.ts': 'export const untested = 1;\n' });

      const added = await projectGraph(workspace);
      assert.deepEqual(Object.keys(added).sort(), ['probe', 'untested']);
      assert.deepEqual(missingTargets(added), []);
      const probe = added.probe?.data.targets ?? {};
      assert.match(String(probe.build?.options?.command), /^tsc --build tsconfig\.json/);
      assert.equal(probe.build?.options?.cwd, 'libs/probe');
      assert.match(String(probe.lint?.options?.command), /^eslint .* libs\/probe$/);
      assert.match(String(probe.test?.options?.command), /run-unit-tests\.mjs libs\/probe$/);
    });
  });
});
