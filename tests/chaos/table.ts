import type { ScenarioResult } from './scenarios.js';

const COLUMNS: [string, (result: ScenarioResult) => string][] = [
  ['fault', (result) => result.fault],
  ['sent', (result) => String(result.sent)],
  ['indexed', (result) => String(result.indexed)],
  ['dead-lettered', (result) => String(result.deadLettered)],
  ['lost', (result) => String(result.lost)],
  ['hostile indexed', (result) => String(result.hostileIndexed)],
  ['duplicate docs', (result) => String(result.duplicateDocuments)],
  ['duplicate topic msgs', (result) => String(result.duplicateMessages)],
  ['recovered (s)', (result) => (result.recoverySeconds === null ? 'never' : String(result.recoverySeconds))],
  ['auto restarts', (result) => String(result.restarts)],
  ['manual steps', (result) => String(result.manualSteps)],
];

/** The chaos table as Markdown, then each dead letter's reason. */
export function renderTable(results: ScenarioResult[]): string {
  const rows = results.map((result) => COLUMNS.map(([, cell]) => cell(result)));
  const header = COLUMNS.map(([name]) => name);
  const widths = header.map((name, column) => Math.max(name.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  const reasons = results.flatMap((result) =>
    result.reasons.map((reason) => `  ${result.fault} → ${reason.length > 220 ? `${reason.slice(0, 220)}…` : reason}`),
  );
  return [
    line(header),
    `|${widths.map((width, column) => (column === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`,
    ...rows.map(line),
    ...(reasons.length > 0 ? ['', 'Dead letters of the hostile inputs (stage: reason):', ...reasons] : []),
  ].join('\n');
}

/** A scenario passes when nothing was lost or indexed twice, hostile input was refused and no one stepped in. */
export function passed(result: ScenarioResult): boolean {
  return result.lost === 0 && result.duplicateDocuments === 0 && result.hostileIndexed === 0 && result.manualSteps === 0;
}
