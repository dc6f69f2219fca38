import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { KAFKA_USERS, type KafkaAcl } from '@presswatch/contracts';
import {
  certificateSchema,
  kafkaSchema,
  kafkaTriggerMetadataSchema,
  kafkaUserSchema,
  scaledObjectSchema,
  triggerAuthenticationSchema,
} from './custom-resources.js';
import { K8S_DIR, OVERLAYS, SERVICE_NAMES, named, ofKind, overlayResources, type Resource } from './manifests.js';
import {
  configFileSchema,
  emptyFileSchema,
  internalUsersFileSchema,
  READ_ONLY_CLUSTER_ACTIONS,
  READ_ONLY_INDEX_ACTIONS,
  rolesFileSchema,
  rolesMappingFileSchema,
  STATIC_ROLES,
} from './opensearch-security.js';
import { HAND_MADE_SECRETS, documentedHandMade, knownSecrets } from './secrets.js';
import { configMapData, mainContainer, workload, workloads, type Container } from './workloads.js';

const aclKey = (acl: KafkaAcl) =>
  acl.operations.map((operation) => `${acl.resource.type}:${acl.resource.patternType}:${acl.resource.name}:${operation}`);
const envValue = (container: Container, name: string) => container.env?.find((variable) => variable.name === name);
/** A ConfigMap of the build by the name it was generated under (kustomize appends a content hash). */
const generated = (resources: Resource[], name: string) => {
  const found = ofKind(resources, 'ConfigMap').find(
    (resource) => resource.metadata.name === name || resource.metadata.name.startsWith(`${name}-`),
  );
  if (!found) throw new Error(`no ConfigMap ${name}`);
  return configMapData(found);
};
const namespaceOf = (resources: Resource[]) => resources.find((resource) => resource.kind === 'Namespace')?.metadata.name ?? '';

describe('production security in the manifests', () => {
  for (const overlay of OVERLAYS) {
    describe(overlay, () => {
      const resources = () => overlayResources(overlay);

      it('gives every Kafka client its own SCRAM user with exactly the ACLs of KAFKA_USERS, and nothing to create or administer', () => {
        const kafka = kafkaSchema.parse(ofKind(resources(), 'Kafka')[0]);
        const users = ofKind(resources(), 'KafkaUser').map((resource) => kafkaUserSchema.parse(resource));
        assert.deepEqual(users.map((user) => user.metadata.name).sort(), Object.keys(KAFKA_USERS).sort());
        for (const user of users) {
          assert.equal(user.metadata.labels['strimzi.io/cluster'], kafka.metadata.name, `${user.metadata.name}: cluster`);
          assert.equal(user.spec.authentication.type, 'scram-sha-512');
          const granted = user.spec.authorization.acls.flatMap((acl) => {
            assert.ok((acl.type ?? 'allow') === 'allow' && (acl.host ?? '*') === '*', `${user.metadata.name}: allow rules from any host`);
            const { type, name, patternType } = acl.resource;
            const resource = { type: type as 'topic' | 'group', name: name ?? '', patternType: patternType ?? 'literal' };
            return aclKey({ resource, operations: acl.operations as KafkaAcl['operations'] });
          });
          assert.deepEqual(granted.sort(), (KAFKA_USERS[user.metadata.name] ?? []).flatMap(aclKey).sort(), `${user.metadata.name}: ACLs`);
          const administrative = (key: string) =>
            /:(Create|Delete|Alter|AlterConfigs|IdempotentWrite|All|ClusterAction)$/.test(key) || key.startsWith('cluster:');
          assert.ok(!granted.some(administrative), `${user.metadata.name}: no administrative right`);
        }
        assert.equal(kafka.spec.kafka.authorization?.type, 'simple');
        assert.deepEqual(kafka.spec.kafka.authorization?.superUsers ?? [], [], 'no super users of ours');
        assert.ok(kafka.spec.entityOperator?.userOperator, 'the User Operator manages the users');
      });

      it("runs each service as its own Kafka user, with the password from that user's Secret and the cluster CA mounted", () => {
        const kafka = kafkaSchema.parse(ofKind(resources(), 'Kafka')[0]);
        for (const service of SERVICE_NAMES) {
          const container = mainContainer(workload(resources(), 'Deployment', service));
          assert.equal(envValue(container, 'KAFKA_SASL_USERNAME')?.value, `presswatch-${service}`, service);
          assert.deepEqual(
            envValue(container, 'KAFKA_SASL_PASSWORD')?.valueFrom?.secretKeyRef,
            { name: `presswatch-${service}`, key: 'password' },
            service,
          );
          const item = workload(resources(), 'Deployment', service);
          const ca = item.pod.spec.volumes?.find((volume) => volume.secret?.secretName === `${kafka.metadata.name}-cluster-ca-cert`);
          assert.deepEqual(ca?.secret?.items, [{ key: 'ca.crt', path: 'ca.crt' }], `${service}: only the CA certificate is mounted`);
        }
      });

      it("lets KEDA read lag over TLS + SCRAM as a user that may only describe the stages' groups and inputs", () => {
        const secrets = knownSecrets(resources(), namespaceOf(resources()));
        const common = configMapData(named(resources(), 'ConfigMap', 'presswatch-common'));
        for (const object of ofKind(resources(), 'ScaledObject').map((resource) => scaledObjectSchema.parse(resource))) {
          const [trigger] = object.spec.triggers;
          assert.ok(trigger);
          const metadata = kafkaTriggerMetadataSchema.parse(trigger.metadata);
          assert.deepEqual(
            [metadata.bootstrapServers, metadata.sasl, metadata.tls],
            [common['KAFKA_BROKERS'], 'scram_sha512', 'enable'],
            object.metadata.name,
          );
          const auth = triggerAuthenticationSchema.parse(
            named(resources(), 'TriggerAuthentication', trigger.authenticationRef?.name ?? ''),
          );
          const parameter = (name: string) => {
            const ref = auth.spec.secretTargetRef.find((candidate) => candidate.parameter === name);
            const value = ref && secrets.get(ref.name)?.[ref.key];
            assert.ok(value, `${auth.metadata.name}: ${name} from a Secret that exists`);
            return { ref: ref!, value };
          };
          const user = parameter('username').value;
          assert.equal(parameter('password').ref.name, user, "the password is the KafkaUser's own Secret");
          assert.equal(parameter('ca').ref.key, 'ca.crt');
          const acls = (KAFKA_USERS[user] ?? []).flatMap(aclKey);
          assert.ok(
            acls.includes(`topic:literal:${metadata.topic}:Describe`) && acls.includes(`group:literal:${metadata.consumerGroup}:Describe`),
            `${user} may describe ${metadata.topic} and ${metadata.consumerGroup}`,
          );
        }
      });

      it("requires a token for the fetcher's control endpoint from a Secret, and listens on the pod's addresses", () => {
        const container = mainContainer(workload(resources(), 'Deployment', 'fetcher'));
        const ref = envValue(container, 'CONTROL_TOKEN')?.valueFrom?.secretKeyRef;
        assert.ok(ref && HAND_MADE_SECRETS[ref.name]?.includes(ref.key), 'CONTROL_TOKEN from a hand-made Secret');
        assert.equal(ref.optional, true, 'without the Secret the service still starts, with the endpoint refused');
        assert.equal(configMapData(named(resources(), 'ConfigMap', 'presswatch-common'))['HTTP_HOST'], '0.0.0.0');
      });

      it('documents how to create every hand-made Secret it references', () => {
        const referenced = new Set<string>();
        for (const item of workloads(resources())) {
          for (const container of item.pod.spec.containers)
            for (const variable of container.env ?? [])
              if (variable.valueFrom?.secretKeyRef) referenced.add(variable.valueFrom.secretKeyRef.name);
          for (const volume of item.pod.spec.volumes ?? []) if (volume.secret) referenced.add(volume.secret.secretName);
        }
        assert.deepEqual([...referenced].filter((name) => name in HAND_MADE_SECRETS).flatMap(documentedHandMade), []);
      });
    });
  }

  describe('prod: OpenSearch with its security plugin', () => {
    const resources = () => overlayResources('prod');
    const opensearch = () => mainContainer(workload(resources(), 'StatefulSet', 'opensearch'));
    const setting = (name: string) => envValue(opensearch(), name)?.value;
    const file = (name: string) => parseYaml(generated(resources(), 'opensearch-security-config')[name] ?? '') as unknown;

    it('enables the plugin with TLS on HTTP and transport, from certificate files the pods mount', () => {
      assert.equal(setting('DISABLE_SECURITY_PLUGIN'), 'false');
      assert.equal(setting('plugins.security.ssl.http.enabled'), 'true');
      const item = workload(resources(), 'StatefulSet', 'opensearch');
      const secrets = knownSecrets(resources(), namespaceOf(resources()));
      const paths = (opensearch().env ?? [])
        .filter((variable) => variable.name.endsWith('_filepath'))
        .map((variable) => variable.value ?? '');
      assert.equal(paths.length, 6, 'cert, key and CA for transport and HTTP');
      for (const path of paths) {
        const absolute = `/usr/share/opensearch/config/${path}`;
        const mount = opensearch().volumeMounts?.find((candidate) => absolute.startsWith(`${candidate.mountPath}/`));
        const volume = item.pod.spec.volumes?.find((candidate) => candidate.name === mount?.name);
        const key = absolute.slice((mount?.mountPath.length ?? 0) + 1);
        assert.ok(
          volume?.secret && key in (secrets.get(volume.secret.secretName) ?? {}),
          `${path} is a key of a mounted certificate Secret`,
        );
      }
      const certificates = ofKind(resources(), 'Certificate').map((resource) => certificateSchema.parse(resource));
      const node = certificates.find(
        (certificate) =>
          certificate.spec.secretName === item.pod.spec.volumes?.find((volume) => volume.name === 'node-tls')?.secret?.secretName,
      );
      assert.equal(setting('plugins.security.nodes_dn'), `CN=${node?.spec.commonName}`);
      assert.equal(node?.spec.privateKey?.encoding, 'PKCS8', 'OpenSearch reads PKCS#8 keys');
      assert.ok(
        ['opensearch', 'opensearch-headless'].every((name) => node.spec.dnsNames?.includes(name)),
        "the Services' names are in the certificate",
      );
      const admin = certificates.find((certificate) => `CN=${certificate.spec.commonName}` === setting('plugins.security.authcz.admin_dn'));
      const mountedSecret = (secretName: string) =>
        workloads(resources()).some((candidate) => candidate.pod.spec.volumes?.some((volume) => volume.secret?.secretName === secretName));
      assert.ok(admin && !mountedSecret(admin.spec.secretName), 'the admin certificate exists and no pod mounts it');
      const mounted = new Set(
        (opensearch().volumeMounts ?? [])
          .filter((mount) => mount.mountPath.startsWith('/usr/share/opensearch/config/opensearch-security/'))
          .map((mount) => mount.subPath),
      );
      assert.deepEqual([...mounted].sort(), [
        'action_groups.yml',
        'config.yml',
        'internal_users.yml',
        'roles.yml',
        'roles_mapping.yml',
        'tenants.yml',
      ]);
    });

    it("validates the security configuration against the plugin's documented schema", () => {
      const config = configFileSchema.parse(file('config.yml'));
      assert.equal(config.config.dynamic.http?.anonymous_auth_enabled, false, 'no anonymous access');
      assert.deepEqual(
        Object.values(config.config.dynamic.authc).map((domain) => [domain.http_authenticator.type, domain.authentication_backend.type]),
        [['basic', 'intern']],
      );
      rolesFileSchema.parse(file('roles.yml'));
      rolesMappingFileSchema.parse(file('roles_mapping.yml'));
      emptyFileSchema('actiongroups').parse(file('action_groups.yml'));
      emptyFileSchema('tenants').parse(file('tenants.yml'));
      internalUsersFileSchema.parse(
        parseYaml(readFileSync(join(K8S_DIR, 'overlays', 'prod', 'opensearch-security', 'internal_users.example.yml'), 'utf8')),
      );
    });

    it('lets the indexer write presswatch-* only, and analysts only read it, read-only in Dashboards', () => {
      const roles = rolesFileSchema.parse(file('roles.yml'));
      const indexer = roles['presswatch_indexer'];
      assert.deepEqual(
        indexer?.index_permissions?.map((permission) => permission.index_patterns),
        [['presswatch-*']],
      );
      const analyst = roles['presswatch_analyst'];
      assert.deepEqual(
        analyst?.index_permissions?.map((permission) => permission.index_patterns),
        [['presswatch-*']],
      );
      assert.deepEqual(
        analyst
          .index_permissions!.flatMap((permission) => permission.allowed_actions)
          .filter((action) => !READ_ONLY_INDEX_ACTIONS.includes(action)),
        [],
        'analysts: read actions only',
      );
      assert.deepEqual(
        (analyst.cluster_permissions ?? []).filter((action) => !READ_ONLY_CLUSTER_ACTIONS.includes(action)),
        [],
      );
      assert.deepEqual(
        analyst.tenant_permissions?.flatMap((permission) => permission.allowed_actions),
        ['kibana_all_read'],
      );
      const dashboards = parseYaml(generated(resources(), 'opensearch-dashboards-config')['opensearch_dashboards.yml'] ?? '') as Record<
        string,
        unknown
      >;
      assert.deepEqual(dashboards['opensearch_security.readonly_mode.roles'], ['presswatch_analyst']);
      assert.equal(dashboards['opensearch.ssl.verificationMode'], 'full');
      assert.ok(String(dashboards['opensearch.hosts']).startsWith('https://'));
    });

    it('maps every role to users that exist, and every OpenSearch client to a user with its password in opensearch-credentials', () => {
      const roles = rolesFileSchema.parse(file('roles.yml'));
      const mapping = rolesMappingFileSchema.parse(file('roles_mapping.yml'));
      const users = internalUsersFileSchema.parse(
        parseYaml(readFileSync(join(K8S_DIR, 'overlays', 'prod', 'opensearch-security', 'internal_users.example.yml'), 'utf8')),
      );
      type WithoutMeta<T> = Record<string, Exclude<T, { config_version: 2 }>>;
      const withoutMeta = <T>(file: Record<string, T>): WithoutMeta<T> =>
        Object.fromEntries(Object.entries(file).filter(([name]) => name !== '_meta')) as WithoutMeta<T>;
      const defined = withoutMeta(roles);
      const mapped = withoutMeta(mapping);
      const known = withoutMeta(users);
      assert.deepEqual(
        Object.keys(mapped).filter((role) => !(role in defined) && !STATIC_ROLES.includes(role)),
        [],
        'mapped roles exist',
      );
      assert.deepEqual(
        Object.keys(defined).filter((role) => !(role in mapped)),
        [],
        'every role of ours is mapped',
      );
      const mappedUsers = Object.values(mapped).flatMap((entry) => entry.users ?? []);
      const backendRoles = Object.values(mapped).flatMap((entry) => entry.backend_roles ?? []);
      assert.deepEqual(
        mappedUsers.filter((user) => !(user in known)),
        [],
        'users of the mappings are in internal_users',
      );
      assert.ok(
        backendRoles.every((role) => Object.values(known).some((user) => user.backend_roles?.includes(role))),
        'the example shows a user of each backend role',
      );
      const dashboards = parseYaml(generated(resources(), 'opensearch-dashboards-config')['opensearch_dashboards.yml'] ?? '') as Record<
        string,
        unknown
      >;
      const clients: [string, string][] = workloads(resources()).flatMap((item) => {
        const container = mainContainer(item);
        const user = envValue(container, 'OPENSEARCH_USERNAME')?.value;
        return user
          ? [
              [
                user,
                z.object({ name: z.string(), key: z.string() }).parse(envValue(container, 'OPENSEARCH_PASSWORD')?.valueFrom?.secretKeyRef)
                  .key,
              ],
            ]
          : [];
      });
      const dashboardsContainer = mainContainer(workload(resources(), 'Deployment', 'opensearch-dashboards'));
      const dashboardsKey = z.string().parse(envValue(dashboardsContainer, 'OPENSEARCH_PASSWORD')?.valueFrom?.secretKeyRef?.key);
      clients.push([String(dashboards['opensearch.username']), dashboardsKey]);
      assert.deepEqual(clients.map(([user]) => user).sort(), ['kibanaserver', 'presswatch-indexer', 'presswatch-setup']);
      for (const [user, key] of clients) {
        assert.equal(key, user, `${user}: password under its own name in opensearch-credentials`);
        assert.ok(user in known, `${user}: in internal_users`);
        assert.ok(HAND_MADE_SECRETS['opensearch-credentials']?.includes(key));
      }
      const indexer = mainContainer(workload(resources(), 'Deployment', 'indexer'));
      assert.equal(envValue(indexer, 'OPENSEARCH_USERNAME')?.value, 'presswatch-indexer');
      assert.ok(mapped['presswatch_indexer']?.users?.includes('presswatch-indexer'));
      assert.equal(configMapData(named(resources(), 'ConfigMap', 'presswatch-indexer'))['OPENSEARCH_URL']?.startsWith('https://'), true);
    });
  });
});
