/*
 * The extraction bench's --snippets output: the snippet shares per page type for our extractor and
 * for the peers whose texts are cached (extraction-gaps.ts writes the cache), and with
 * --snippet-list N the leaks and misses that recur across most sites.
 */
import { existsSync } from 'node:fs';
import { numberOption, type CliArgs } from './bench-util.js';
import type { BenchPage, Dataset } from './extraction-data.js';
import type { SystemResult } from './extraction-runs.js';
import { loadSnippets, snippetTable } from './extraction-snippets.js';
import { snippetList } from './extraction-snippet-list.js';
import { readPeerCache } from './peer-cache.js';

export function snippetReport(dataset: Dataset, pages: readonly BenchPage[], ours: SystemResult, args: CliArgs): string {
  const snippets = loadSnippets(dataset.dir, pages);
  const systems = [{ name: 'ours', texts: ours.texts }];
  const notes: string[] = [];
  const cacheFile = args.values.get('--peer-cache');
  if (cacheFile !== undefined) {
    if (!existsSync(cacheFile)) notes.push(`no peer cache at ${cacheFile}`);
    else
      for (const [peer, texts] of Object.entries(readPeerCache(cacheFile))) {
        const missing = pages.filter((p) => texts[p.id] === undefined).length;
        if (missing > 0) notes.push(`${peer}: ${missing} page(s) not in the cache, scored as empty output`);
        systems.push({ name: peer, texts: pages.map((p) => texts[p.id] ?? '') });
      }
  }
  const parts = [
    `annotators' snippets: share of \`with\` sentences found, of \`without\` phrases leaked (word tokens in a row; a leak occurs more often than in the reference)`,
    snippetTable(systems, pages, snippets),
    ...notes,
  ];
  const n = numberOption(args, '--snippet-list') ?? 0;
  if (n > 0) parts.push('', snippetList(pages, ours.texts, snippets, n));
  return parts.join('\n');
}
