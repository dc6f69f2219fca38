import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  /** Where it lives: a workspace path (libs/…, apps/…), a package name, or (native)/(gc)/(idle). */
  place: string;
  selfMs: number;
  share: number;
}

/** Shortens a script URL to what a reader needs: the workspace-relative path or the package name. */
function placeOf(url: string): string {
  if (url === '') return '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  const workspace = /\/((?:libs|apps|tests)\/.*)$/.exec(url);
  if (workspace) return workspace[1]!.replace('/dist/', '/');
  return url.replace(/^node:/, 'node:');
}

/** Self time per function of a V8 .cpuprofile (sample counts weighted by their time deltas), busiest first. */
export function hotFunctions(file: string, top = 15): { totalMs: number; functions: HotFunction[]; places: HotFunction[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const functions = new Map<string, HotFunction>();
  const places = new Map<string, HotFunction>();
  let totalMs = 0;
  for (const [id, ms] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const place = placeOf(frame.url);
    if (frame.functionName === '(idle)') continue;
    totalMs += ms;
    const name = `${frame.functionName || '(anonymous)'}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    const key = `${name}@${place}`;
    const entry = functions.get(key) ?? { name, place, selfMs: 0, share: 0 };
    entry.selfMs += ms;
    functions.set(key, entry);
    const group = places.get(place) ?? { name: place, place, selfMs: 0, share: 0 };
    group.selfMs += ms;
    places.set(place, group);
  }
  const ranked = (map: Map<string, HotFunction>) =>
    [...map.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((entry) => ({ ...entry, share: entry.selfMs / Math.max(totalMs, 1e-9) }));
  return { totalMs, functions: ranked(functions), places: ranked(places) };
}
