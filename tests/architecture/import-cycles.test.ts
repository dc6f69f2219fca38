import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ROOT } from '../support/environment.js';
import { importCycles, importGraph } from './import-graph.js';
import { workspaceProjects } from './workspace-sources.js';

/** @presswatch/<lib> → the lib's entry file, from each lib's package.json. */
function packageEntries(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const { root } of workspaceProjects()) {
    const { name } = z.object({ name: z.string() }).parse(JSON.parse(readFileSync(join(ROOT, root, 'package.json'), 'utf8')));
    entries.set(name, `${root}/src/index.ts`);
  }
  return entries;
}

describe('import cycles', () => {
  it('finds a loop, a self-import and nothing in a tree', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    assert.deepEqual(importCycles(graph), [['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    assert.deepEqual(
      importCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
      [],
    );
  });

  it('has none between the source files of the apps, libs, tests and tools', () => {
    const folders = [...workspaceProjects().map(({ root }) => `${root}/src`), 'tests', 'tools'];
    const graph = importGraph(folders, packageEntries());
    assert.ok(graph.size > 300, `the source files are found (${graph.size})`);
    const cycles = importCycles(graph);
    assert.deepEqual(cycles, [], `import cycles:\n${cycles.map((cycle) => `  ${cycle.join(' ↔ ')}`).join('\n')}`);
  });
});
