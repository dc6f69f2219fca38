import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ROOT } from '../support/environment.js';
import { dockerignoreKeeps, parseDockerfile, type Instruction } from './dockerfile.js';
import { SERVICE_NAMES, overlayResources } from './manifests.js';
import { mainContainer, workload } from './workloads.js';

const dockerfile = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8');

/** Stages in order, each with its instructions. */
const stages: { name: string; from: string; instructions: Instruction[] }[] = [];
for (const instruction of dockerfile) {
  if (instruction.keyword === 'FROM') {
    const [from = '', as, name] = instruction.args.split(/\s+/);
    stages.push({ name: as?.toUpperCase() === 'AS' && name ? name : String(stages.length), from, instructions: [] });
  } else stages.at(-1)?.instructions.push(instruction);
}
const runtime = stages.at(-1);
/** The apps built into images: the four services and the CLI, whose `monitor --serve` is the lag exporter. */
const IMAGES = [...SERVICE_NAMES, 'cli'];

/** Files below a folder of the repository, relative to the root. */
function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => (name === 'node_modules' || name === 'dist' ? [] : filesUnder(`${path}/${name}`)));
}

describe('Dockerfile', () => {
  it('is multi-stage and ends in a non-root runtime stage', () => {
    assert.ok(stages.length >= 2 && runtime);
    const users = runtime.instructions.filter((instruction) => instruction.keyword === 'USER');
    const user = users.at(-1)?.args ?? '';
    assert.match(user, /^\d+(:\d+)?$/, 'USER by numeric id, so Kubernetes can verify runAsNonRoot');
    assert.notEqual(Number(user.split(':')[0]), 0);
    for (const service of SERVICE_NAMES) {
      const pod = workload(overlayResources('dev'), 'Deployment', service).pod;
      const runAs =
        mainContainer(workload(overlayResources('dev'), 'Deployment', service)).securityContext?.runAsUser ??
        pod.spec.securityContext?.runAsUser;
      assert.equal(runAs, Number(user.split(':')[0]), `${service}: runAsUser is the image's USER`);
    }
  });

  it('copies only sources that exist in the repository and that .dockerignore keeps', () => {
    const problems: string[] = [];
    for (const stage of stages) {
      for (const instruction of stage.instructions.filter((candidate) => candidate.keyword === 'COPY')) {
        const words = instruction.args.split(/\s+/);
        const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length);
        const paths = words.filter((word) => !word.startsWith('--'));
        const sources = paths.slice(0, -1);
        if (from) {
          if (!stages.slice(0, stages.indexOf(stage)).some((candidate) => candidate.name === from))
            problems.push(`line ${instruction.line}: --from=${from} is not an earlier stage`);
          continue;
        }
        for (const source of sources) {
          if (!existsSync(join(ROOT, source))) problems.push(`line ${instruction.line}: ${source} does not exist`);
          else if (!filesUnder(source).some((file) => dockerignoreKeeps(ignore, file)))
            problems.push(`line ${instruction.line}: ${source} is excluded by .dockerignore`);
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.equal(dockerignoreKeeps(ignore, 'libs/contracts/dist/index.js'), false, 'build output stays out of the context');
    assert.equal(dockerignoreKeeps(ignore, 'node_modules/zod/package.json'), false);
  });

  it('copies every workspace manifest before npm ci (the lockfile needs them all)', () => {
    const workspaces = z
      .object({ workspaces: z.array(z.string()) })
      .parse(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))).workspaces;
    const manifests = workspaces.flatMap((pattern) => {
      const dir = pattern.replace(/\/\*$/, '');
      return readdirSync(join(ROOT, dir))
        .filter((name) => existsSync(join(ROOT, dir, name, 'package.json')))
        .map((name) => `${dir}/${name}/package.json`);
    });
    const index = dockerfile.findIndex((instruction) => instruction.keyword === 'RUN' && /npm ci/.test(instruction.args));
    const copied = dockerfile
      .slice(0, index)
      .filter((instruction) => instruction.keyword === 'COPY')
      .flatMap((instruction) => instruction.args.split(/\s+/).slice(0, -1));
    assert.deepEqual(
      manifests.filter((manifest) => !copied.includes(manifest)),
      [],
    );
    assert.ok(copied.includes('package-lock.json'));
    assert.ok(
      dockerfile.some((instruction) => instruction.keyword === 'RUN' && /npm ci --omit=dev/.test(instruction.args)),
      'production dependencies only in the runtime',
    );
  });

  it('builds one of the four services, or the CLI (the lag exporter), chosen by the SERVICE argument, with tsc -b apps/$SERVICE', () => {
    const check = dockerfile.find((instruction) => instruction.keyword === 'RUN' && instruction.args.includes('case "$SERVICE" in'));
    const allowed = check?.args.match(/in ([\w|]+)\)/)?.[1]?.split('|') ?? [];
    assert.deepEqual([...allowed].sort(), [...IMAGES].sort());
    assert.ok(dockerfile.some((instruction) => instruction.keyword === 'RUN' && instruction.args.includes('tsc -b "apps/$SERVICE"')));
    assert.ok(
      runtime?.instructions.some((instruction) => instruction.keyword === 'ARG' && instruction.args === 'SERVICE'),
      'the runtime stage re-declares SERVICE',
    );
  });

  it("starts the file tsc builds from each service's src/main.ts", () => {
    const workdir = runtime?.instructions.filter((instruction) => instruction.keyword === 'WORKDIR').at(-1)?.args;
    const cmd = z
      .array(z.string())
      .parse(JSON.parse(runtime?.instructions.find((instruction) => instruction.keyword === 'CMD')?.args ?? 'null'));
    assert.equal(workdir, '/app/apps/${SERVICE}');
    assert.equal(cmd[0], 'node');
    for (const service of IMAGES) {
      const tsconfig = z
        .object({ compilerOptions: z.object({ rootDir: z.string(), outDir: z.string() }) })
        .parse(JSON.parse(readFileSync(join(ROOT, 'apps', service, 'tsconfig.json'), 'utf8')));
      assert.ok(existsSync(join(ROOT, 'apps', service, tsconfig.compilerOptions.rootDir, 'main.ts')), `${service}: src/main.ts`);
      const built = `${tsconfig.compilerOptions.outDir}/main.js`;
      assert.equal(cmd[1], built, `${service}: CMD runs ${built}`);
      const manifest = z.object({ main: z.string() }).parse(JSON.parse(readFileSync(join(ROOT, 'apps', service, 'package.json'), 'utf8')));
      assert.equal(manifest.main, built);
    }
  });
});
