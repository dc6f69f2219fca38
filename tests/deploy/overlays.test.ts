import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigMap, Namespace, Secret, Service } from 'kubernetes-models/v1';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { CUSTOM_SCHEMAS } from './custom-resources.js';
import { OVERLAYS, overlayResources, type Resource } from './manifests.js';

/** Core kinds validated against the Kubernetes OpenAPI schemas shipped by kubernetes-models. */
const CORE: Record<string, (resource: Resource) => void> = {
  'v1 ConfigMap': (r) => new ConfigMap(r as ConstructorParameters<typeof ConfigMap>[0]).validate(),
  'v1 Namespace': (r) => new Namespace(r as ConstructorParameters<typeof Namespace>[0]).validate(),
  'v1 Secret': (r) => new Secret(r as ConstructorParameters<typeof Secret>[0]).validate(),
  'v1 Service': (r) => new Service(r as ConstructorParameters<typeof Service>[0]).validate(),
  'apps/v1 Deployment': (r) => new Deployment(r as ConstructorParameters<typeof Deployment>[0]).validate(),
  'apps/v1 StatefulSet': (r) => new StatefulSet(r as ConstructorParameters<typeof StatefulSet>[0]).validate(),
  'batch/v1 Job': (r) => new Job(r as ConstructorParameters<typeof Job>[0]).validate(),
  'policy/v1 PodDisruptionBudget': (r) => new PodDisruptionBudget(r as ConstructorParameters<typeof PodDisruptionBudget>[0]).validate(),
  'networking.k8s.io/v1 NetworkPolicy': (r) => new NetworkPolicy(r as ConstructorParameters<typeof NetworkPolicy>[0]).validate(),
};

describe('Kubernetes overlays', () => {
  it('has at least the dev and prod overlays', () => {
    for (const overlay of ['dev', 'prod']) assert.ok(OVERLAYS.includes(overlay), `deploy/k8s/overlays/${overlay} is missing`);
  });

  for (const overlay of OVERLAYS) {
    describe(overlay, () => {
      it('builds with kubectl kustomize', () => {
        assert.ok(overlayResources(overlay).length > 0);
      });

      it('validates every resource against its schema (core kinds: Kubernetes OpenAPI; custom: hand-written)', () => {
        const problems: string[] = [];
        for (const resource of overlayResources(overlay)) {
          const key = `${resource.apiVersion} ${resource.kind}`;
          const where = `${resource.kind}/${resource.metadata.name}`;
          const core = CORE[key];
          const custom = CUSTOM_SCHEMAS[key];
          if (core) {
            try {
              core(resource);
            } catch (error) {
              problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
            }
          } else if (custom) {
            const result = custom.safeParse(resource);
            if (!result.success)
              problems.push(`${where}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
          } else problems.push(`${where}: no schema for ${key} (add one to tests/deploy)`);
        }
        assert.deepEqual(problems, []);
      });

      it('puts every namespaced resource in the overlay namespace, which the overlay creates', () => {
        const resources = overlayResources(overlay);
        const namespaces = resources.filter((resource) => resource.kind === 'Namespace').map((resource) => resource.metadata.name);
        assert.equal(namespaces.length, 1, 'one Namespace per overlay');
        const outside = resources.filter((resource) => resource.kind !== 'Namespace' && resource.metadata.namespace !== namespaces[0]);
        assert.deepEqual(
          outside.map((resource) => `${resource.kind}/${resource.metadata.name}`),
          [],
        );
      });

      it('has unique kind/name pairs', () => {
        const keys = overlayResources(overlay).map((resource) => `${resource.kind}/${resource.metadata.name}`);
        assert.deepEqual(
          keys.filter((key, index) => keys.indexOf(key) !== index),
          [],
        );
      });
    });
  }

  it('rejects a misspelt custom resource field (the schemas are strict)', () => {
    const topic = overlayResources('dev').find((resource) => resource.kind === 'KafkaTopic');
    assert.ok(topic);
    const broken = structuredClone(topic) as Resource & { spec: Record<string, unknown> };
    broken.spec['partition'] = broken.spec['partitions'];
    delete broken.spec['partitions'];
    assert.equal(CUSTOM_SCHEMAS['kafka.strimzi.io/v1 KafkaTopic']?.safeParse(broken).success, false);
  });
});
