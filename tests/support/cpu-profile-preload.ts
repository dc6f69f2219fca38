/*
 * Preloaded into a service (`NODE_OPTIONS=--import <this file>`) by `bench:pipeline --profile`: V8's sampling
 * profiler runs from start-up; the first SIGWINCH restarts it (so the profile covers the measured window only),
 * the second writes `<CPU_PROFILE_DIR>/<service>.cpuprofile`. `node --cpu-prof` cannot be used: it writes on a
 * clean exit, and the services end by re-raising SIGTERM after their shutdown hooks. SIGWINCH because Nest's
 * shutdown hooks take SIGUSR2 and Node's inspector SIGUSR1; its default action is to be ignored.
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const directory = process.env['CPU_PROFILE_DIR'];
const name = process.env['CPU_PROFILE_NAME'] ?? String(process.pid);
if (directory) {
  const session = new Session();
  session.connect();
  const post = (method: string): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  let windowOpen = false;
  void post('Profiler.enable').then(() => post('Profiler.start'));
  process.on('SIGWINCH', () => {
    void (async () => {
      const { profile } = (await post('Profiler.stop')) as { profile: object };
      if (windowOpen) writeFileSync(join(directory, `${name}.cpuprofile`), JSON.stringify(profile));
      else await post('Profiler.start');
      windowOpen = !windowOpen;
    })();
  });
}
