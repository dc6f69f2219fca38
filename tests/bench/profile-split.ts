import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The stage functions: what the offline figure (stage-path.ts) runs, and the libraries only they call. */
export const STAGE_FUNCTIONS = 'stage functions (contracts, cleaning, enrichment)';

/**
 * Parts of a service's work, recognised by the script of a frame. A sample belongs to the part of its
 * innermost frame that matches one (Node's own frames and builtins are skipped), so JSON.stringify called
 * by a controller counts as the controller's and a Buffer decode inside the contract check as the stage's.
 */
const PARTS: { part: string; url: RegExp }[] = [
  { part: STAGE_FUNCTIONS, url: /libs\/(release-processing|text-cleaning|enrichment|contracts)\/|node_modules\/(zod|htmlparser2)\// },
  { part: 'database (template store, ledger)', url: /node_modules\/(typeorm|pg|pg-protocol)\/|libs\/pipeline-state\/|source-templates/ },
  { part: 'OpenSearch client', url: /node_modules\/@opensearch-project\// },
  { part: 'Kafka client (kafkajs)', url: /node_modules\/kafkajs\// },
  {
    part: 'transport (kafka-messaging, service-runtime, Nest, metrics, logs)',
    url: /libs\/(kafka-messaging|service-runtime)\/|node_modules\/(@nestjs\/[^/]+|rxjs|prom-client|pino|@opentelemetry\/[^/]+)\//,
  },
  { part: 'search-index (bulk documents)', url: /libs\/search-index\// },
  { part: 'fetching (folder reads, hashing)', url: /libs\/fetching\// },
  { part: 'controllers (output JSON)', url: /apps\// },
];
const GC = 'garbage collector';
const OTHER = 'Node internals (sockets, streams, timers)';

/** Shares of a V8 .cpuprofile's busy samples (idle and program excluded) by part of the work, largest first. */
export function profileSplit(file: string): { part: string; share: number }[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const partOf = new Map<number, string | null>();
  const classify = (id: number): string | null => {
    const known = partOf.get(id);
    if (known !== undefined) return known;
    const { url } = byId.get(id)!.callFrame;
    const own = PARTS.find((entry) => entry.url.test(url))?.part;
    const up = parent.get(id);
    const part = own ?? (up === undefined ? null : classify(up));
    partOf.set(id, part);
    return part;
  };
  const ms = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const name = byId.get(id)?.callFrame.functionName;
    if (name === undefined || name === '(idle)' || name === '(program)') return;
    const delta = (profile.timeDeltas[index] ?? 0) / 1000;
    const part = name === '(garbage collector)' ? GC : (classify(id) ?? OTHER);
    ms.set(part, (ms.get(part) ?? 0) + delta);
    total += delta;
  });
  return [...ms].map(([part, time]) => ({ part, share: time / Math.max(total, 1e-9) })).sort((a, b) => b.share - a.share);
}
