/*
 * trafilatura and rs-trafilatura (PyPI) as peers of bench:extraction: extract.py runs them on the
 * same pages, in a virtualenv built on first use from requirements.txt (every package pinned) and
 * cached under PRESSWATCH_STATE_DIR, keyed by the requirements and the interpreter. Without Python
 * or PyPI the peers are reported unavailable, with the reason, and the bench goes on without them.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from '../bench-util.js';
import type { BenchPage } from '../extraction-data.js';
import type { SystemResult } from '../extraction-runs.js';

export const PYTHON_PEERS = ['trafilatura', 'rs-trafilatura'] as const;
export type PythonPeer = (typeof PYTHON_PEERS)[number];

const PEER_DIR = join(REPO_ROOT, 'tests', 'bench', 'peers');
const INSTALL_TIMEOUT_MS = 15 * 60_000;
const COMPLETE_MARK = '.presswatch-complete';

export type PeerOutcome = { ok: true; results: SystemResult[] } | { ok: false; reason: string };

/** Where the project caches downloads, as deploy/local/common.sh decides it. */
function stateDir(): string {
  const fromEnv = process.env['PRESSWATCH_STATE_DIR'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (process.getuid?.() === 0) return '/var/lib/presswatch';
  return join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'presswatch');
}

function lastLines(text: string, n = 3): string {
  return text.trim().split('\n').slice(-n).join(' | ');
}

/** The virtualenv's interpreter, installing it on first use; a reason string when that fails. */
function ensureVirtualenv(): { python: string } | { reason: string } {
  const python = process.env['PRESSWATCH_PYTHON'] ?? 'python3';
  const probe = spawnSync(python, ['-c', 'import sys; print(sys.executable, sys.version_info >= (3, 9))'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0)
    return { reason: `${python} not runnable (${probe.error?.message ?? lastLines(probe.stderr)})` };
  const [executable = python, recent] = probe.stdout.trim().split(' ');
  if (recent !== 'True') return { reason: `${executable} is older than Python 3.9` };
  const requirements = readFileSync(join(PEER_DIR, 'requirements.txt'), 'utf8');
  const key = createHash('sha256').update(requirements).update(executable).digest('hex').slice(0, 12);
  const venv = join(stateDir(), 'bench-peers', `venv-${key}`);
  const venvPython = join(venv, 'bin', 'python');
  if (existsSync(join(venv, COMPLETE_MARK))) return { python: venvPython };

  // Built aside and renamed into place, so that two checkouts installing at once do not collide.
  process.stderr.write(`installing the Python peers into ${venv} (first use)\n`);
  const building = `${venv}.tmp-${process.pid}`;
  mkdirSync(join(stateDir(), 'bench-peers'), { recursive: true });
  rmSync(building, { recursive: true, force: true });
  const steps: [string, string[]][] = [
    [executable, ['-m', 'venv', building]],
    [
      join(building, 'bin', 'python'),
      ['-m', 'pip', 'install', '--disable-pip-version-check', '--quiet', '-r', join(PEER_DIR, 'requirements.txt')],
    ],
  ];
  for (const [cmd, args] of steps) {
    const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS });
    if (r.error !== undefined || r.status !== 0) {
      rmSync(building, { recursive: true, force: true });
      return { reason: `${args.slice(0, 3).join(' ')} failed (${r.error?.message ?? lastLines(r.stderr)})` };
    }
  }
  writeFileSync(join(building, COMPLETE_MARK), `${new Date().toISOString()}\n`);
  try {
    renameSync(building, venv);
  } catch {
    // Another run finished first: use its copy.
    rmSync(building, { recursive: true, force: true });
  }
  return { python: venvPython };
}

const PeerOutput = z.record(
  z.string(),
  z.object({
    version: z.string(),
    texts: z.record(z.string(), z.string()),
    pageMs: z.array(z.number()),
    errors: z.number().int(),
    runs: z.array(z.object({ wallMs: z.number(), cpuMs: z.number() })),
  }),
);

/** Runs the given Python peers on the pages, `runs` times each (texts from the first run). */
export function runPythonPeers(peers: readonly PythonPeer[], pages: readonly BenchPage[], runs: number): PeerOutcome {
  if (peers.length === 0) return { ok: true, results: [] };
  const env = ensureVirtualenv();
  if ('reason' in env) return { ok: false, reason: env.reason };
  const work = mkdtempSync(join(tmpdir(), 'presswatch-peers-'));
  try {
    const input = join(work, 'pages.json');
    const output = join(work, 'out.json');
    writeFileSync(input, JSON.stringify(pages.map((p) => ({ id: p.id, url: p.url, path: p.htmlPath }))));
    const args = [join(PEER_DIR, 'extract.py'), input, output, '--systems', peers.join(','), '--runs', String(runs)];
    const r = spawnSync(env.python, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.error !== undefined || r.status !== 0)
      return { ok: false, reason: `extract.py failed (${r.error?.message ?? `exit ${String(r.status)}`})` };
    const out = PeerOutput.parse(JSON.parse(readFileSync(output, 'utf8')));
    const results: SystemResult[] = [];
    for (const peer of peers) {
      const o = out[peer];
      if (o === undefined) return { ok: false, reason: `extract.py gave no output for ${peer}` };
      results.push({
        system: `${peer} ${o.version}`,
        texts: pages.map((p) => o.texts[p.id] ?? ''),
        pageMs: o.pageMs,
        errors: o.errors,
        runs: o.runs,
      });
    }
    return { ok: true, results };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
