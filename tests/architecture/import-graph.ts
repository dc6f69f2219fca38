import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../support/environment.js';
import { filesBelow } from './workspace-sources.js';

/** Source file → the source files it imports (static, type-only, re-exports and import() alike). */
export type ImportGraph = Map<string, string[]>;

/**
 * The import graph of the TypeScript files below `folders` (root-relative). Relative specifiers are resolved
 * the way NodeNext writes them (`./x.js` is `./x.ts`); `@presswatch/<lib>` goes to that lib's
 * `src/index.ts`, so a loop through another lib's barrel counts too. Other packages are left out.
 */
export function importGraph(folders: readonly string[], packages: ReadonlyMap<string, string>): ImportGraph {
  const files = folders.flatMap((folder) => filesBelow(folder, ['.ts', '.mts'])).filter((file) => !file.endsWith('.d.ts'));
  const known = new Set(files);
  const resolve = (from: string, specifier: string): string | null => {
    if (specifier.startsWith('.')) {
      const base = normalize(join(dirname(from), specifier)).replace(/\.(m?)js$/, '.$1ts');
      for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) if (known.has(candidate)) return candidate;
      return null;
    }
    return packages.get(specifier) ?? null;
  };
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
    const targets = importedFiles.map(({ fileName }) => resolve(file, fileName)).filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * Every import cycle, as the files of each strongly connected component with more than one file (or one
 * file importing itself), sorted; Tarjan's algorithm, iterative so a deep chain cannot overflow the stack.
 */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const target = edges[frame.edge++]!;
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, edge: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || edges.includes(frame.node)) cycles.push(component.sort());
    }
  }
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
