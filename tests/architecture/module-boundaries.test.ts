import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { ROOT } from '../support/environment.js';
import { workspaceProjects } from './workspace-sources.js';

/** Proves the Nx boundary rules really run (they silently skip without a project graph). */
describe('module boundaries', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const problems = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? [])
      .filter((message) => message.ruleId === '@nx/enforce-module-boundaries')
      .map((message) => message.message);
  };
  const restricted = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? [])
      .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
      .map((message) => message.message);
  };

  it('keeps the Kafka client inside its wrapper lib', async () => {
    const code = "import kafkajs from 'kafkajs';\nexport const client = kafkajs;\n";
    assert.match((await problems('apps/indexer/src/main.ts', code)).join('\n'), /not allowed to import "kafkajs"/);
    assert.deepEqual(await problems('libs/kafka-messaging/src/client.ts', code), []);
  });

  it('keeps the OpenSearch client inside its wrapper lib', async () => {
    const code = "import { Client } from '@opensearch-project/opensearch';\nexport const client = Client;\n";
    assert.equal((await problems('libs/release-processing/src/index.ts', code)).length, 1);
    assert.deepEqual(await problems('libs/search-index/src/client.ts', code), []);
  });

  it('keeps pure text libs free of the pipeline', async () => {
    const code = "import { RELEASES_ALIAS } from '@presswatch/search-index';\nexport const alias = RELEASES_ALIAS;\n";
    assert.match((await problems('libs/text-cleaning/src/index.ts', code)).join('\n'), /type:util/);
  });

  it('lets every util lib read the contracts’ types, and load nothing of them', async () => {
    const utilLibs = workspaceProjects().filter((project) => project.tags.includes('type:util'));
    assert.ok(utilLibs.length >= 3, 'the util libs are found');
    const valueImport = "import { TOPICS } from '@presswatch/contracts';\nexport const topics = TOPICS;\n";
    const typeImport = "import type { Contact } from '@presswatch/contracts';\nexport const none: Contact[] = [];\n";
    for (const { root } of utilLibs) {
      const file = `${root}/src/index.ts`;
      assert.match((await restricted(file, valueImport)).join('\n'), /types only/, `${root}: a value import is refused`);
      assert.deepEqual(
        [...(await problems(file, typeImport)), ...(await restricted(file, typeImport))],
        [],
        `${root}: a type import is fine`,
      );
    }
  });

  it('keeps one service away from another service’s libs', async () => {
    const code = "import { fetchFolder } from '@presswatch/fetching';\nexport const fetch = fetchFolder;\n";
    assert.match((await problems('apps/indexer/src/main.ts', code)).join('\n'), /scope:indexer/);
  });
});
