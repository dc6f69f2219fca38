import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Kernel clock ticks per second, the unit of utime and stime in /proc/<pid>/stat (100 on Linux almost always). */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time a process has used so far (user + system, all its threads), in milliseconds, read from
 * /proc/<pid>/stat: the figure the process itself cannot misreport. Null when the process is gone.
 */
export function processCpuMs(pid: number): number | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime] = [Number(fields[11]), Number(fields[12])];
  return ((utime + stime) * 1000) / CLOCK_TICKS;
}

/** CPU milliseconds used by each named process between two readings. */
export class CpuMeter {
  private readonly start = new Map<string, number>();

  constructor(private readonly pids: ReadonlyMap<string, number>) {
    for (const [name, pid] of pids) this.start.set(name, processCpuMs(pid) ?? NaN);
  }

  /** Milliseconds since construction per process (NaN when a process vanished). */
  read(): Map<string, number> {
    const used = new Map<string, number>();
    for (const [name, pid] of this.pids) used.set(name, (processCpuMs(pid) ?? NaN) - (this.start.get(name) ?? NaN));
    return used;
  }
}

/**
 * Involuntary context switches of a process so far, all its threads (/proc/<pid>/task/<tid>/status): how often
 * the kernel took a core away from it while it could still run, a sign of contention for the cores. Threads
 * that ended meanwhile are not counted. Null when the process is gone.
 */
export function involuntarySwitches(pid: number): number | null {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    return null;
  }
  let total = 0;
  for (const thread of threads) {
    try {
      const line = /^nonvoluntary_ctxt_switches:\s+(\d+)$/m.exec(readFileSync(`/proc/${pid}/task/${thread}/status`, 'utf8'));
      total += Number(line?.[1] ?? 0);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return total;
}
