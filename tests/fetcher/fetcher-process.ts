import { ServiceProcess } from '../support/service-process.js';

/** The real fetcher service (apps/fetcher/dist/main.js) as a child process, logs to a file. */
export class FetcherProcess extends ServiceProcess {
  constructor(port: number, env: Record<string, string>, logFile: string) {
    super('fetcher', port, env, logFile);
  }

  async lastRuns(): Promise<{ source: string; status: string; stats: Record<string, unknown> }[]> {
    const response = await fetch(`${this.url}/fetch/last`);
    return ((await response.json()) as { runs: { source: string; status: string; stats: Record<string, unknown> }[] }).runs;
  }
}
