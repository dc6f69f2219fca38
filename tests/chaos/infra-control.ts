import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../support/environment.js';

const run = promisify(execFile);

export interface InfraInstance {
  name: string;
  kafkaPort: number;
  opensearchPort: number;
}

/** Where deploy/local keeps an instance's pid files (see common.sh). */
function runDir(name: string): string {
  const state =
    process.env['PRESSWATCH_STATE_DIR'] ??
    (process.getuid?.() === 0 ? '/var/lib/presswatch' : join(process.env['HOME'] ?? '/tmp', '.cache', 'presswatch'));
  return join(state, 'run', name);
}

/**
 * The faults injected into this instance's Kafka and OpenSearch, through deploy/local's own scripts and
 * pid files: only the processes of this instance are ever signalled.
 */
export class InfraControl {
  constructor(readonly instance: InfraInstance) {}

  private env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      INFRA_NAME: this.instance.name,
      KAFKA_PORT: String(this.instance.kafkaPort),
      OPENSEARCH_PORT: String(this.instance.opensearchPort),
    };
  }

  async script(name: 'infra.sh' | 'kafka.sh' | 'opensearch.sh', ...args: string[]): Promise<void> {
    await run(join(ROOT, 'deploy', 'local', name), args, { env: this.env(), cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  }

  private pid(service: 'kafka' | 'opensearch'): number {
    const pid = Number(readFileSync(join(runDir(this.instance.name), service, 'pid'), 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 1) throw new Error(`no ${service} pid for instance ${this.instance.name}`);
    return pid;
  }

  /** SIGSTOP: the JVM freezes as in a long GC pause or a frozen VM; connections stay open, nothing answers. */
  pauseOpenSearch(): void {
    process.kill(this.pid('opensearch'), 'SIGSTOP');
  }

  resumeOpenSearch(): void {
    process.kill(this.pid('opensearch'), 'SIGCONT');
  }

  stopOpenSearch(): Promise<void> {
    return this.script('opensearch.sh', 'stop');
  }

  /** Starts OpenSearch and waits until it is healthy (longer than the script does, for busy machines). */
  async startOpenSearch(): Promise<void> {
    await this.script('opensearch.sh', 'start').catch(() => undefined);
    const health = `http://127.0.0.1:${this.instance.opensearchPort}/_cluster/health?wait_for_status=yellow&timeout=5s`;
    await until(
      () =>
        fetch(health, { signal: AbortSignal.timeout(10_000) }).then(
          (response) => response.ok,
          () => false,
        ),
      'OpenSearch',
    );
  }

  /** SIGKILL of the broker: no clean shutdown, unflushed state recovered from the log at the next start. */
  killKafka(): void {
    process.kill(this.pid('kafka'), 'SIGKILL');
  }

  async startKafka(): Promise<void> {
    await this.script('kafka.sh', 'start').catch(() => undefined);
    await until(() => portAnswers(this.instance.kafkaPort), 'Kafka');
  }
}

async function until(ready: () => Promise<boolean>, what: string, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`${what} not back after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
