import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/** Clients of external systems may only be imported by the one lib that wraps each. */
const WRAPPED_CLIENTS = ['kafkajs', '@opensearch-project/opensearch', 'typeorm', 'better-sqlite3', 'pg'];
const allBut = (...allowed) => WRAPPED_CLIENTS.filter((name) => !allowed.includes(name));

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '.presswatch/**', '.nx/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.mts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // Layers: apps → feature → data-access → contracts; util is pure, loads nothing of ours and may
            // be used by every layer above it (e.g. the retry timing shared by the Kafka and OpenSearch wrappers).
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:contracts'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
            // util may also name the contracts' types (import type only, erased at run time: the rule below).
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:contracts'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:contracts', 'type:tooling'],
            },
            // Evaluation and model-fitting tools: read the labels, run the stages offline; nothing shipped depends on them.
            { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:tooling', 'type:feature', 'type:util', 'type:contracts'] },
            // Scopes: a service's own libs are for that service (and the CLI, which runs every stage offline).
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:fetcher', onlyDependOnLibsWithTags: ['scope:fetcher', 'scope:shared'] },
            { sourceTag: 'scope:cleaner', onlyDependOnLibsWithTags: ['scope:cleaner', 'scope:shared'] },
            { sourceTag: 'scope:enricher', onlyDependOnLibsWithTags: ['scope:enricher', 'scope:shared'] },
            { sourceTag: 'scope:indexer', onlyDependOnLibsWithTags: ['scope:indexer', 'scope:shared'] },
            {
              sourceTag: 'scope:cli',
              onlyDependOnLibsWithTags: ['scope:cli', 'scope:fetcher', 'scope:cleaner', 'scope:enricher', 'scope:indexer', 'scope:shared'],
            },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:fetcher', 'scope:shared', 'scope:tools'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools', 'scope:shared'] },
            // Kafka, OpenSearch and the database are reached through their wrapper libs only.
            { sourceTag: 'type:app', bannedExternalImports: WRAPPED_CLIENTS },
            { sourceTag: 'type:feature', bannedExternalImports: WRAPPED_CLIENTS },
            { sourceTag: 'type:util', bannedExternalImports: WRAPPED_CLIENTS },
            { sourceTag: 'type:contracts', bannedExternalImports: WRAPPED_CLIENTS },
            { sourceTag: 'type:e2e', bannedExternalImports: WRAPPED_CLIENTS },
            { sourceTag: 'type:tooling', bannedExternalImports: WRAPPED_CLIENTS },
            { sourceTag: 'client:kafka', bannedExternalImports: allBut('kafkajs') },
            { sourceTag: 'client:opensearch', bannedExternalImports: allBut('@opensearch-project/opensearch') },
            { sourceTag: 'client:database', bannedExternalImports: allBut('typeorm', 'better-sqlite3', 'pg') },
          ],
        },
      ],
    },
  },
  {
    // The pure util libs (type:util) read the contracts' types but load none of the pipeline at run time.
    files: ['libs/text-cleaning/**/*.ts', 'libs/enrichment/**/*.ts', 'libs/timing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@presswatch/contracts', allowTypeImports: true, message: 'a util lib may import types only from the contracts' },
          ],
        },
      ],
    },
  },
];
