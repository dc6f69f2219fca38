/*
 * Allocation profile for `enrich-ab --alloc`: V8's sampling heap profiler through `node:inspector`, counting the
 * objects collected while it ran too (by default it keeps only the live ones, and nearly everything a release
 * allocates is garbage by the end of its message). Bytes are sampled, so small figures are estimates.
 */
import { Session } from 'node:inspector/promises';

/** A node of the sampling heap profile (the fields read here). */
export interface SampledNode {
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly selfSize: number;
  readonly children: readonly SampledNode[];
}

/** Bytes allocated by each function itself (a built-in such as `sort` or `exec` is named with its caller), largest first. */
export function bytesByFunction(head: SampledNode): { total: number; rows: [string, number][] } {
  const bytes = new Map<string, number>();
  let total = 0;
  const nameOf = (node: SampledNode): string => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').slice(-2).join('/');
    return url === '' ? `${functionName || '(anonymous)'} (built-in)` : `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
  };
  const walk = (node: SampledNode, caller: string): void => {
    const name = nameOf(node);
    const key = node.callFrame.url === '' && caller !== '' ? `${name} <- ${caller}` : name;
    if (node.selfSize > 0) bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) walk(child, node.callFrame.url === '' ? caller : name);
  };
  walk(head, '');
  return { total, rows: [...bytes].sort((a, b) => b[1] - a[1]) };
}

/** The heap profile of `run`, dead objects included, sampled every `interval` bytes on average. */
export async function allocationProfile(run: () => void, interval = 512): Promise<SampledNode> {
  const session = new Session();
  session.connect();
  try {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: interval,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    run();
    const { profile } = await session.post('HeapProfiler.stopSampling');
    return profile.head as SampledNode;
  } finally {
    session.disconnect();
  }
}
