import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_REFRESH_SECONDS, dynamicIndexSettings, releasesTemplate } from './releases-index.js';

describe('releases index settings', () => {
  it('refreshes every DEFAULT_REFRESH_SECONDS unless told otherwise', () => {
    assert.equal(releasesTemplate().template.settings.refresh_interval, `${DEFAULT_REFRESH_SECONDS}s`);
  });

  it('puts the configured refresh interval in the template and in the settings for existing indices', () => {
    const template = releasesTemplate('presswatch-test', { refreshSeconds: 30 });
    assert.deepEqual(template.index_patterns, ['presswatch-test-v*']);
    assert.equal(template.template.settings.refresh_interval, '30s');
    assert.deepEqual(dynamicIndexSettings({ refreshSeconds: 30 }), { refresh_interval: '30s' });
    // Only the refresh interval moves: shards and replicas stay as they are.
    assert.equal(template.template.settings.number_of_shards, 1);
    assert.equal(template.template.settings.number_of_replicas, 0);
  });
});
