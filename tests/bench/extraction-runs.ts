/*
 * Runs in-process extractors over benchmark pages, timing each call in wall-clock and CPU time.
 * Pages are read one at a time (and every system sees the page before the next is read), so the
 * 400 MB of the WCXB split never sit in memory together; reading is outside the timed part.
 */
import { performance } from 'node:perf_hooks';
import { readHtml, type BenchPage } from './extraction-data.js';

export interface RunTotals {
  wallMs: number;
  cpuMs: number;
}

export interface SystemResult {
  system: string;
  /** Text per page, in page order (first run). */
  texts: string[];
  /** Wall-clock time per page (first run). */
  pageMs: number[];
  /** Pages where the system threw; scored as empty predictions. */
  errors: number;
  /** Totals of every run over all pages. */
  runs: RunTotals[];
}

export interface InProcessSystem {
  name: string;
  extract: (html: string, page: BenchPage) => string;
}

export function runInProcess(systems: readonly InProcessSystem[], pages: readonly BenchPage[], runs: number): SystemResult[] {
  const results: SystemResult[] = systems.map((s) => ({ system: s.name, texts: [], pageMs: [], errors: 0, runs: [] }));
  for (let run = 0; run < runs; run++) {
    const totals = systems.map(() => ({ wallMs: 0, cpuMs: 0 }));
    pages.forEach((page, i) => {
      const html = readHtml(page);
      systems.forEach((system, s) => {
        const result = results[s]!;
        const cpu = process.cpuUsage();
        const start = performance.now();
        let text = '';
        try {
          text = system.extract(html, page);
        } catch (error) {
          if (run === 0) {
            result.errors++;
            process.stderr.write(`\n${system.name}: ${page.id}: ${error instanceof Error ? error.message : String(error)}\n`);
          }
        }
        const wall = performance.now() - start;
        const used = process.cpuUsage(cpu);
        totals[s]!.wallMs += wall;
        totals[s]!.cpuMs += (used.user + used.system) / 1000;
        if (run === 0) {
          result.texts.push(text);
          result.pageMs.push(wall);
        }
      });
      if ((i + 1) % 50 === 0 || i + 1 === pages.length)
        process.stderr.write(`\r${systems.map((s) => s.name).join(', ')} run ${run + 1}/${runs}: ${i + 1}/${pages.length}`);
    });
    process.stderr.write('\n');
    results.forEach((r, s) => r.runs.push(totals[s]!));
  }
  return results;
}
