import type { MonitorSample } from './monitor-sample.js';

/** One JSON object per sample, on one line, for scripts (`jq`, log shippers). */
export function renderJson(sample: MonitorSample): string {
  return `${JSON.stringify(sample)}\n`;
}

const perSecond = (value: number) => value.toFixed(1);
const signed = (value: number) => (value > 0 ? `+${value.toFixed(1)}` : value.toFixed(1));

/** Pads every column to its widest cell; `align` per column: 'l' for names, 'r' for numbers. */
export function table(header: string[], rows: string[][], align: string): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (align[column] === 'r' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** The human view: topic throughput, then each group's consumption and lag (total and per partition). */
export function renderTable(sample: MonitorSample): string {
  const topicRows = sample.topics.map((topic) => [
    topic.topic,
    String(topic.partitions),
    String(topic.endOffset),
    perSecond(topic.messagesInPerSecond),
  ]);
  const groupRows = sample.groups.flatMap((group) =>
    group.topics.length === 0
      ? [[group.group, group.state, String(group.members), '(no offsets)', '', '', '', '']]
      : group.topics.map((topic) => [
          group.group,
          group.state,
          String(group.members),
          topic.topic,
          perSecond(topic.consumedPerSecond),
          String(topic.lag),
          signed(topic.lagChangePerSecond),
          topic.byPartition.map((partition) => `${partition.partition}:${partition.lag}`).join(' '),
        ]),
  );
  return [
    `${sample.time}  (rates over ${sample.intervalSeconds.toFixed(1)} s)`,
    '',
    ...table(['TOPIC', 'PARTITIONS', 'END OFFSET', 'IN/S'], topicRows, 'lrrr'),
    '',
    ...table(['GROUP', 'STATE', 'MEMBERS', 'TOPIC', 'CONSUMED/S', 'LAG', 'LAG Δ/S', 'LAG BY PARTITION'], groupRows, 'llrlrrrl'),
    '',
  ].join('\n');
}
