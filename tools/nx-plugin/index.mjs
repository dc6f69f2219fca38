// Local Nx plugin: infers the `lint` and `test` targets of every TypeScript project (a tsconfig.json beside a
// project.json or package.json), so a new lib or app gets them without declaring anything; `build` comes from
// @nx/js/typescript (nx.json). The e2e project (tag `type:e2e`) gets no `test`: its tests need the
// infrastructure and run as its own `integration` target.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const name = 'presswatch/nx-plugin';

const HERE = 'tools/nx-plugin';

/** ESLint on the project's folder; the module-boundary rule also reads the tags of the projects it imports. */
function lintTarget(root) {
  return {
    command: `eslint --max-warnings=0 ${root}`,
    cache: true,
    inputs: [
      'default',
      '{workspaceRoot}/eslint.config.mjs',
      { fileset: '{projectRoot}/project.json', dependencies: true },
      { fileset: '{projectRoot}/package.json', dependencies: true },
      { externalDependencies: ['eslint', '@nx/eslint-plugin', 'typescript-eslint'] },
    ],
    outputs: [],
    metadata: { technologies: ['eslint'], description: 'ESLint with the Nx module-boundary rule on the project folder' },
  };
}

/**
 * The compiled `*.spec.ts` files under `node --test`. They run the dependencies' built code, so the
 * dependencies' sources (`^production`) are inputs: changing a lib reruns its dependants' tests.
 */
function testTarget(root) {
  return {
    command: `node ${HERE}/run-unit-tests.mjs ${root}`,
    dependsOn: ['build'],
    cache: true,
    inputs: ['default', '^production', `{workspaceRoot}/${HERE}/run-unit-tests.mjs`],
    outputs: [],
    metadata: { technologies: ['node'], description: 'Unit tests: the compiled *.spec.ts files under node --test' },
  };
}

/** The project's tags, from project.json or the `nx` field of package.json. */
function tags(projectDir) {
  for (const [file, pick] of [
    ['project.json', (json) => json.tags],
    ['package.json', (json) => json.nx?.tags],
  ]) {
    const path = join(projectDir, file);
    if (existsSync(path)) {
      const found = pick(JSON.parse(readFileSync(path, 'utf8')));
      if (found) return found;
    }
  }
  return [];
}

export const createNodes = [
  '**/tsconfig.json',
  (configFiles, _options, context) =>
    configFiles.flatMap((configFile) => {
      const root = dirname(configFile);
      const projectDir = join(context.workspaceRoot, root);
      if (root === '.' || !['project.json', 'package.json'].some((file) => existsSync(join(projectDir, file)))) return [];
      const targets = { lint: lintTarget(root) };
      if (!tags(projectDir).includes('type:e2e')) targets.test = testTarget(root);
      return [[configFile, { projects: { [root]: { targets } } }]];
    }),
];
