/*
 * Per-page outputs of our systems written to a file (--dump) and compared with such a file later
 * (--same-as): a change meant for speed only must leave every page's text as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { BenchPage } from './extraction-data.js';
import type { SystemResult } from './extraction-runs.js';

const DumpLine = z.object({ system: z.string(), id: z.string(), text: z.string() });

/** One JSON line per system and page: { system, id, text }. */
export function writeDump(file: string, results: readonly SystemResult[], pages: readonly BenchPage[]): void {
  const lines: string[] = [];
  for (const r of results) pages.forEach((p, i) => lines.push(JSON.stringify({ system: r.system, id: p.id, text: r.texts[i] ?? '' })));
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/** Lines naming every page whose text differs from the dump (pages or systems absent from it are not compared). */
export function compareDump(file: string, results: readonly SystemResult[], pages: readonly BenchPage[]): string[] {
  const before = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '') continue;
    const d = DumpLine.parse(JSON.parse(line));
    before.set(`${d.system}\u0000${d.id}`, d.text);
  }
  const differences: string[] = [];
  let compared = 0;
  for (const r of results)
    pages.forEach((p, i) => {
      const old = before.get(`${r.system}\u0000${p.id}`);
      if (old === undefined) return;
      compared++;
      if (old !== (r.texts[i] ?? '')) differences.push(`${r.system}: ${p.id} differs from ${file}`);
    });
  if (compared === 0) differences.push(`no page of this run is in ${file}`);
  return differences;
}
