import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { ROOT } from '../support/environment.js';

/** Proves the Nx boundary rules really run (they silently skip without a project graph). */
describe('module boundaries', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const problems = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((message) => message.ruleId === '@nx/enforce-module-boundaries').map((message) => message.message);
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
    const code = "import { TOPICS } from '@presswatch/contracts';\nexport const topics = TOPICS;\n";
    assert.match((await problems('libs/text-cleaning/src/index.ts', code)).join('\n'), /type:util/);
  });

  it('keeps one service away from another service’s libs', async () => {
    const code = "import { fetchFolder } from '@presswatch/fetching';\nexport const fetch = fetchFolder;\n";
    assert.match((await problems('apps/indexer/src/main.ts', code)).join('\n'), /scope:indexer/);
  });
});
