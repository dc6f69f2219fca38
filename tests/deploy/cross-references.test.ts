import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONSUMER_GROUPS, KAFKA_USERS, TOPICS, pipelineTopics } from '@presswatch/contracts';
import { kafkaSecurityEnvSchema } from '@presswatch/kafka-messaging';
import { indexSettingsEnvShape, searchSecurityEnvShape } from '@presswatch/search-index';
import {
  cnpgClusterSchema,
  kafkaNodePoolSchema,
  kafkaSchema,
  kafkaTopicSchema,
  kafkaTriggerMetadataSchema,
  scaledObjectSchema,
  serviceMonitorSchema,
} from './custom-resources.js';
import {
  K8S_DIR,
  OVERLAYS,
  SERVICES,
  SERVICE_NAMES,
  labelSelectorSchema,
  named,
  ofKind,
  overlayResources,
  repoFile,
  selects,
  type Resource,
  type ServiceName,
} from './manifests.js';
import { allows, parsePolicies, type Endpoint, type Policy } from './network.js';
import { loadEnvSchema, type EnvSchema } from './service-config.js';
import { knownSecrets } from './secrets.js';
import { configMapData, mainContainer, workload, workloads, type Container, type Workload } from './workloads.js';
import { z } from 'zod';

/** The input topic of each consuming stage (README: fetcher → raw → cleaner → clean → enricher → enriched → indexer). */
const STAGE_INPUT = { cleaner: TOPICS.raw, enricher: TOPICS.clean, indexer: TOPICS.enriched } as const;
const STAGES = Object.keys(STAGE_INPUT) as (keyof typeof STAGE_INPUT)[];

/** Labels operators put on the pods they create, so policy and selector checks can see those pods. */
function operatorPods(resources: Resource[]): { name: string; labels: Record<string, string>; namedPorts: Record<string, number> }[] {
  const pods = [];
  for (const resource of ofKind(resources, 'KafkaNodePool')) {
    const pool = kafkaNodePoolSchema.parse(resource);
    const cluster = pool.metadata.labels['strimzi.io/cluster'];
    pods.push({
      name: `${cluster}-${pool.metadata.name}-0`,
      labels: {
        'strimzi.io/cluster': String(cluster),
        'strimzi.io/kind': 'Kafka',
        'strimzi.io/name': `${cluster}-kafka`,
        'strimzi.io/pool-name': pool.metadata.name,
        'strimzi.io/broker-role': String(pool.spec.roles.includes('broker')),
      },
      namedPorts: {},
    });
  }
  for (const resource of ofKind(resources, 'Cluster')) {
    const cluster = cnpgClusterSchema.parse(resource);
    pods.push({
      name: `${cluster.metadata.name}-1`,
      labels: { 'cnpg.io/cluster': cluster.metadata.name, 'cnpg.io/podRole': 'instance' },
      namedPorts: {},
    });
  }
  return pods;
}

/** The listener NetworkPolicy Strimzi generates from `networkPolicyPeers` (one ingress rule per listener). */
function strimziPolicies(resources: Resource[], namespace: string): Policy[] {
  return ofKind(resources, 'Kafka').map((resource) => {
    const kafka = kafkaSchema.parse(resource);
    return {
      metadata: { name: `${kafka.metadata.name}-network-policy-kafka`, namespace },
      spec: {
        podSelector: {
          matchLabels: {
            'strimzi.io/cluster': kafka.metadata.name,
            'strimzi.io/kind': 'Kafka',
            'strimzi.io/name': `${kafka.metadata.name}-kafka`,
          },
        },
        policyTypes: ['Ingress'],
        ingress: kafka.spec.kafka.listeners.map((listener) => ({
          from: listener.networkPolicyPeers,
          ports: [{ protocol: 'TCP', port: listener.port }],
        })),
      },
    };
  });
}

function containerEnv(
  container: Container,
  resources: Resource[],
  secrets: Map<string, Record<string, string>>,
): { env: Record<string, string>; problems: string[] } {
  const env: Record<string, string> = {};
  const problems: string[] = [];
  const configMap = (name: string) => resources.find((resource) => resource.kind === 'ConfigMap' && resource.metadata.name === name);
  for (const source of container.envFrom ?? []) {
    if (source.secretRef) problems.push(`envFrom secret ${source.secretRef.name}: list secret keys explicitly`);
    if (!source.configMapRef) continue;
    const found = configMap(source.configMapRef.name);
    if (!found) problems.push(`envFrom: no ConfigMap ${source.configMapRef.name}`);
    else Object.assign(env, configMapData(found));
  }
  for (const variable of container.env ?? []) {
    const { configMapKeyRef, secretKeyRef } = variable.valueFrom ?? {};
    if (variable.value !== undefined) env[variable.name] = variable.value;
    else if (configMapKeyRef) {
      const found = configMap(configMapKeyRef.name);
      const value = found ? configMapData(found)[configMapKeyRef.key] : undefined;
      if (value === undefined) problems.push(`${variable.name}: no key ${configMapKeyRef.key} in ConfigMap ${configMapKeyRef.name}`);
      else env[variable.name] = value;
    } else if (secretKeyRef) {
      const value = secrets.get(secretKeyRef.name)?.[secretKeyRef.key];
      if (value !== undefined && value !== '') env[variable.name] = value;
      else if (!secretKeyRef.optional) {
        problems.push(
          `${variable.name}: no key ${secretKeyRef.key} in Secret ${secretKeyRef.name} ` +
            '(neither in the build, nor written by an operator of the build, nor a documented hand-made one)',
        );
      }
    } else problems.push(`${variable.name}: no value`);
  }
  return { env, problems };
}

/** Problems with a file path of a container: it must lie in a mounted Secret or ConfigMap that has that key. */
function mountedFile(
  path: string,
  container: Container,
  item: Workload,
  resources: Resource[],
  secrets: Map<string, Record<string, string>>,
): string[] {
  const mount = container.volumeMounts?.find((candidate) =>
    candidate.subPath ? path === candidate.mountPath : path.startsWith(`${candidate.mountPath}/`),
  );
  if (!mount) return [`${path} is in no volume mount`];
  const volume = item.pod.spec.volumes?.find((candidate) => candidate.name === mount.name);
  const relative = mount.subPath ?? path.slice(mount.mountPath.length + 1);
  if (volume?.secret) {
    const key = volume.secret.items ? volume.secret.items.find((entry) => entry.path === relative)?.key : relative;
    const known = secrets.get(volume.secret.secretName);
    if (!known) return [`Secret ${volume.secret.secretName} is unknown`];
    return key !== undefined && key in known ? [] : [`no key for ${relative} in Secret ${volume.secret.secretName}`];
  }
  if (volume?.configMap) {
    const found = resources.find((resource) => resource.kind === 'ConfigMap' && resource.metadata.name === volume.configMap?.name);
    return found && relative in configMapData(found) ? [] : [`no key ${relative} in ConfigMap ${volume.configMap.name}`];
  }
  return [`volume ${mount.name} is neither a Secret nor a ConfigMap`];
}

function namedPorts(item: Workload): Record<string, number> {
  return Object.fromEntries(
    item.pod.spec.containers.flatMap((container) =>
      (container.ports ?? []).flatMap((port) => (port.name ? [[port.name, port.containerPort]] : [])),
    ),
  );
}

function probePort(port: string | number, container: Container): number | undefined {
  return typeof port === 'number' ? port : container.ports?.find((candidate) => candidate.name === port)?.containerPort;
}

describe('Kubernetes cross-references', () => {
  const schemas = new Map<ServiceName, EnvSchema>();
  before(async () => {
    for (const service of SERVICE_NAMES) schemas.set(service, await loadEnvSchema(service));
  });

  for (const overlay of OVERLAYS) {
    describe(overlay, () => {
      const resources = () => overlayResources(overlay);
      const namespace = () =>
        named(resources(), 'Namespace', resources().find((resource) => resource.kind === 'Namespace')?.metadata.name ?? '').metadata.name;
      const common = () => configMapData(named(resources(), 'ConfigMap', 'presswatch-common'));
      const partitions = () => Number(common()['KAFKA_PARTITIONS']);

      it('configures each service with variables its schema knows and accepts, from ConfigMaps and Secrets that exist', () => {
        const secrets = knownSecrets(resources(), namespace());
        for (const service of SERVICE_NAMES) {
          const container = mainContainer(workload(resources(), 'Deployment', service));
          const { env, problems } = containerEnv(container, resources(), secrets);
          assert.deepEqual(problems, [], `${service}: references`);
          const schema = schemas.get(service);
          assert.ok(schema);
          assert.deepEqual(
            Object.keys(env).filter((name) => !schema.keys.includes(name)),
            [],
            `${service}: variables unknown to ${service}EnvSchema`,
          );
          // *_FILE variables name files in the container: each must come from a mounted Secret or ConfigMap
          // key; the schema, which checks that the file exists, then gets a local stand-in.
          const item = workload(resources(), 'Deployment', service);
          const files = Object.keys(env).filter((name) => name.endsWith('_FILE'));
          assert.deepEqual(
            files.flatMap((name) => mountedFile(env[name]!, container, item, resources(), secrets).map((problem) => `${name}: ${problem}`)),
            [],
            `${service}: files`,
          );
          for (const name of files) env[name] = repoFile('README.md');
          assert.deepEqual(schema.check(env), [], `${service}: values rejected by ${service}EnvSchema`);
        }
      });

      it('runs every service from its own image, listening on HTTP_PORT, with startup, readiness and liveness probes there', () => {
        for (const service of SERVICE_NAMES) {
          const deployment = workload(resources(), 'Deployment', service);
          const container = mainContainer(deployment);
          assert.match(container.image, new RegExp(`(^|/)presswatch/${service}:[\\w.-]+$`), `${service}: image`);
          const port = Number(container.env?.find((variable) => variable.name === 'HTTP_PORT')?.value);
          assert.equal(port, SERVICES[service], `${service}: HTTP_PORT`);
          assert.deepEqual(
            container.ports?.map((candidate) => [candidate.name, candidate.containerPort]),
            [['http', port]],
            `${service}: one port, named http, = HTTP_PORT`,
          );
          const probes = { startupProbe: '/health/live', readinessProbe: '/health/ready', livenessProbe: '/health/live' } as const;
          for (const [kind, path] of Object.entries(probes) as [keyof typeof probes, string][]) {
            const probe = container[kind]?.httpGet;
            assert.ok(probe, `${service}: ${kind} over HTTP`);
            assert.equal(probe.path, path, `${service}: ${kind} path`);
            assert.equal(probePort(probe.port, container), port, `${service}: ${kind} port`);
          }
        }
      });

      it('sets resource requests and limits and runs as non-root everywhere it builds the pod', () => {
        for (const item of workloads(resources())) {
          for (const container of item.pod.spec.containers) {
            for (const side of ['requests', 'limits'] as const) {
              assert.ok(container.resources?.[side]?.['memory'], `${item.kind}/${item.name}: memory ${side}`);
            }
            assert.ok(container.resources?.requests?.['cpu'], `${item.kind}/${item.name}: cpu request`);
            const nonRoot = container.securityContext?.runAsNonRoot ?? item.pod.spec.securityContext?.runAsNonRoot;
            const user = container.securityContext?.runAsUser ?? item.pod.spec.securityContext?.runAsUser;
            assert.equal(nonRoot, true, `${item.kind}/${item.name}: runAsNonRoot`);
            assert.ok(user !== undefined && user > 0, `${item.kind}/${item.name}: numeric non-root runAsUser`);
          }
        }
      });

      it('matches selectors to pod labels (workloads, Services, PodDisruptionBudgets)', () => {
        const all = workloads(resources());
        for (const item of all.filter((candidate) => candidate.selector)) {
          assert.ok(
            item.selector && selects(item.selector, item.pod.metadata.labels),
            `${item.kind}/${item.name}: selector vs template labels`,
          );
        }
        const pods = all.filter((item) => item.kind !== 'Job');
        for (const service of ofKind(resources(), 'Service')) {
          const spec = z
            .object({
              selector: z.record(z.string(), z.string()),
              ports: z.array(z.object({ name: z.string(), targetPort: z.union([z.string(), z.number()]) })),
            })
            .parse(service['spec']);
          const targets = pods.filter((item) => selects({ matchLabels: spec.selector }, item.pod.metadata.labels));
          assert.equal(targets.length, 1, `Service/${service.metadata.name} selects exactly one workload`);
          const ports = namedPorts(targets[0] as Workload);
          for (const port of spec.ports)
            assert.ok(
              typeof port.targetPort === 'number' || ports[port.targetPort],
              `Service/${service.metadata.name}: targetPort ${port.targetPort}`,
            );
        }
        for (const pdb of ofKind(resources(), 'PodDisruptionBudget')) {
          const selector = labelSelectorSchema.parse(z.object({ selector: z.unknown() }).parse(pdb['spec']).selector);
          assert.deepEqual(
            pods.filter((item) => selects(selector, item.pod.metadata.labels)).map((item) => item.name),
            [pdb.metadata.name],
            `PodDisruptionBudget/${pdb.metadata.name}`,
          );
        }
        for (const service of SERVICE_NAMES)
          assert.ok(
            ofKind(resources(), 'PodDisruptionBudget').some((pdb) => pdb.metadata.name === service),
            `${service}: PodDisruptionBudget`,
          );
      });

      it('declares the topics exactly as pipelineTopics(KAFKA_PARTITIONS), in the cluster the services use', () => {
        const kafka = kafkaSchema.parse(ofKind(resources(), 'Kafka')[0]);
        const topics = ofKind(resources(), 'KafkaTopic').map((resource) => kafkaTopicSchema.parse(resource));
        const declared = topics.map((topic) => ({
          topic: topic.spec.topicName ?? topic.metadata.name,
          partitions: topic.spec.partitions,
          retentionMs: Number(topic.spec.config?.['retention.ms']),
          ...(topic.spec.config?.['max.message.bytes'] === undefined
            ? {}
            : { maxMessageBytes: Number(topic.spec.config['max.message.bytes']) }),
        }));
        const byName = (a: { topic: string }, b: { topic: string }) => a.topic.localeCompare(b.topic);
        assert.ok(Number.isInteger(partitions()) && partitions() > 0, 'KAFKA_PARTITIONS');
        assert.deepEqual(declared.sort(byName), pipelineTopics(partitions()).sort(byName));
        const brokers = ofKind(resources(), 'KafkaNodePool')
          .map((resource) => kafkaNodePoolSchema.parse(resource))
          .filter((pool) => pool.spec.roles.includes('broker'))
          .reduce((sum, pool) => sum + pool.spec.replicas, 0);
        for (const topic of topics) {
          assert.equal(topic.metadata.labels['strimzi.io/cluster'], kafka.metadata.name, `${topic.metadata.name}: cluster label`);
          assert.ok(topic.spec.replicas <= brokers, `${topic.metadata.name}: ${topic.spec.replicas} replicas on ${brokers} brokers`);
        }
        const unsafe = kafka.spec.kafka.listeners.filter(
          (candidate) => !candidate.tls || candidate.authentication?.type !== 'scram-sha-512',
        );
        assert.deepEqual(
          unsafe.map((candidate) => candidate.name),
          [],
          'every listener has TLS and SCRAM-SHA-512',
        );
        const listener = kafka.spec.kafka.listeners.find((candidate) => candidate.type === 'internal');
        assert.ok(listener, 'an internal listener');
        assert.equal(common()['KAFKA_BROKERS'], `${kafka.metadata.name}-kafka-bootstrap:${listener.port}`);
        assert.equal(common()['KAFKA_SSL'], 'true');
        assert.equal(common()['KAFKA_SASL_MECHANISM'], 'scram-sha-512');
        assert.equal(kafka.spec.kafka.authorization?.type, 'simple', 'ACLs enforced');
        assert.equal(common()['KAFKA_CREATE_TOPICS'], 'false', 'the users have no Create right: topics are KafkaTopic resources');
        assert.equal(kafka.spec.kafka.config?.['auto.create.topics.enable'], false, 'topics are code, not auto-created');
      });

      it('scales each consumer on its own group and input topic, up to the partition count', () => {
        const objects = ofKind(resources(), 'ScaledObject').map((resource) => scaledObjectSchema.parse(resource));
        assert.deepEqual(objects.map((object) => object.spec.scaleTargetRef.name).sort(), [...STAGES].sort());
        for (const stage of STAGES) {
          const object = objects.find((candidate) => candidate.spec.scaleTargetRef.name === stage);
          assert.ok(object);
          assert.equal(object.spec.scaleTargetRef.kind ?? 'Deployment', 'Deployment');
          workload(resources(), 'Deployment', stage);
          const [trigger, ...others] = object.spec.triggers;
          assert.ok(trigger && others.length === 0 && trigger.type === 'kafka', `${stage}: one kafka trigger`);
          const metadata = kafkaTriggerMetadataSchema.parse(trigger.metadata);
          assert.equal(metadata.consumerGroup, CONSUMER_GROUPS[stage]);
          assert.equal(metadata.topic, STAGE_INPUT[stage]);
          assert.equal(metadata.bootstrapServers, common()['KAFKA_BROKERS']);
          assert.equal(metadata.offsetResetPolicy, 'earliest', 'the stages subscribe from the beginning');
          const topic = pipelineTopics(partitions()).find((candidate) => candidate.topic === metadata.topic);
          assert.ok(
            object.spec.maxReplicaCount !== undefined && topic && object.spec.maxReplicaCount <= topic.partitions,
            `${stage}: maxReplicaCount ≤ partitions`,
          );
          assert.ok((object.spec.minReplicaCount ?? 0) <= object.spec.maxReplicaCount);
          assert.equal(workload(resources(), 'Deployment', stage).replicas, undefined, `${stage}: replicas left to KEDA`);
        }
      });

      it('scrapes /metrics on the HTTP port of every service', () => {
        const monitors = ofKind(resources(), 'ServiceMonitor').map((resource) => serviceMonitorSchema.parse(resource));
        for (const service of SERVICE_NAMES) {
          const resource = named(resources(), 'Service', service);
          const labels = resource.metadata.labels ?? {};
          const ports = z.object({ ports: z.array(z.object({ name: z.string(), port: z.number() })) }).parse(resource['spec']).ports;
          const monitor = monitors.find((candidate) => selects(candidate.spec.selector, labels));
          assert.ok(monitor, `${service}: no ServiceMonitor selects its Service`);
          const endpoint = monitor.spec.endpoints.find((candidate) => ports.some((port) => port.name === candidate.port));
          assert.equal(endpoint?.path, '/metrics', `${service}: endpoint`);
          assert.equal(
            ports.find((port) => port.name === endpoint?.port)?.port,
            SERVICES[service],
            `${service}: metrics port is HTTP_PORT`,
          );
        }
      });

      it("runs the lag exporter from the CLI image: monitor --serve on its http port, probed there, scraped, on the services' Kafka", async () => {
        const deployment = workload(resources(), 'Deployment', 'lag-exporter');
        const container = mainContainer(deployment);
        assert.match(container.image, /(^|\/)presswatch\/cli:[\w.-]+$/, 'image');
        assert.equal(deployment.replicas, 1, 'one exporter: two would double every sum of lag');
        const args = container.args ?? [];
        assert.deepEqual(args.slice(0, 2), ['monitor', '--serve']);
        const option = (name: string) => args[args.indexOf(name) + 1];
        assert.equal(option('--host'), '0.0.0.0', 'listens on the pod address');
        const port = Number(option('--port'));
        assert.deepEqual(
          container.ports?.map((candidate) => [candidate.name, candidate.containerPort]),
          [['http', port]],
          'one port, named http, = --port',
        );
        const help = z
          .object({ MONITOR_HELP: z.string() })
          .parse(await import(pathToFileURL(repoFile('apps', 'cli', 'dist', 'commands', 'monitor.js')).href)).MONITOR_HELP;
        for (const flag of args.filter((arg) => arg.startsWith('--')))
          assert.match(help, new RegExp(`^  ${flag}\\b`, 'm'), `${flag} is a monitor option`);
        const probes = { startupProbe: '/health/live', readinessProbe: '/health/ready', livenessProbe: '/health/live' } as const;
        for (const [kind, path] of Object.entries(probes) as [keyof typeof probes, string][]) {
          assert.equal(container[kind]?.httpGet?.path, path, `${kind} path`);
          assert.equal(probePort(container[kind]?.httpGet?.port ?? '', container), port, `${kind} port`);
        }
        const secrets = knownSecrets(resources(), namespace());
        const { env, problems } = containerEnv(container, resources(), secrets);
        assert.deepEqual(problems, []);
        assert.equal(env['KAFKA_BROKERS'], common()['KAFKA_BROKERS'], 'reads the brokers the services use');
        assert.equal(env['KAFKA_SASL_USERNAME'], 'presswatch-lag-exporter', 'logs in as its own Kafka user');
        assert.ok(KAFKA_USERS['presswatch-lag-exporter'], 'whose ACLs KAFKA_USERS declares');
        const files = Object.keys(env).filter((name) => name.endsWith('_FILE'));
        assert.deepEqual(
          files.flatMap((name) =>
            mountedFile(env[name]!, container, deployment, resources(), secrets).map((problem) => `${name}: ${problem}`),
          ),
          [],
          'files',
        );
        for (const name of files) env[name] = repoFile('README.md');
        const security = kafkaSecurityEnvSchema.safeParse(env);
        assert.ok(security.success, `Kafka settings the CLI accepts: ${security.error?.message ?? ''}`);
        assert.ok(security.data.KAFKA_SSL && security.data.KAFKA_SASL_MECHANISM, 'TLS and SCRAM, like the services');
        const service = named(resources(), 'Service', 'lag-exporter');
        const monitor = ofKind(resources(), 'ServiceMonitor')
          .map((resource) => serviceMonitorSchema.parse(resource))
          .find((candidate) => selects(candidate.spec.selector, service.metadata.labels ?? {}));
        assert.ok(monitor, 'a ServiceMonitor selects the lag-exporter Service');
        const ports = z
          .object({ ports: z.array(z.object({ name: z.string(), port: z.number(), targetPort: z.union([z.string(), z.number()]) })) })
          .parse(service['spec']).ports;
        const endpoint = monitor.spec.endpoints.find((candidate) => ports.some((entry) => entry.name === candidate.port));
        assert.equal(endpoint?.path, '/metrics');
        assert.equal(ports.find((entry) => entry.name === endpoint?.port)?.targetPort, 'http');
      });

      it('points every NetworkPolicy and Kafka peer selector of this namespace at real pods', () => {
        const pods = [
          ...workloads(resources()).map((item) => ({ name: item.name, labels: item.pod.metadata.labels })),
          ...operatorPods(resources()),
        ];
        const selectors: [string, z.infer<typeof labelSelectorSchema>][] = [];
        for (const policy of parsePolicies(resources())) {
          const { matchLabels, matchExpressions } = policy.spec.podSelector;
          if (Object.keys(matchLabels ?? {}).length + (matchExpressions ?? []).length > 0)
            selectors.push([policy.metadata.name, policy.spec.podSelector]);
          for (const rule of [
            ...(policy.spec.ingress ?? []).flatMap((r) => r.from ?? []),
            ...(policy.spec.egress ?? []).flatMap((r) => r.to ?? []),
          ]) {
            if (rule.podSelector && !rule.namespaceSelector) selectors.push([`${policy.metadata.name} peer`, rule.podSelector]);
          }
        }
        for (const policy of strimziPolicies(resources(), namespace())) {
          for (const peer of policy.spec.ingress?.flatMap((rule) => rule.from ?? []) ?? [])
            if (peer.podSelector && !peer.namespaceSelector) selectors.push(['Kafka listener peer', peer.podSelector]);
        }
        const empty = selectors
          .filter(([, selector]) => !pods.some((pod) => selects(selector, pod.labels)))
          .map(([where, selector]) => `${where}: ${JSON.stringify(selector)}`);
        assert.deepEqual(empty, []);
      });

      it('allows the flows the pipeline needs and no others', () => {
        const ns = namespace();
        const policies = [...parsePolicies(resources()), ...strimziPolicies(resources(), ns)];
        const pod = (name: string): Endpoint => {
          const item = workloads(resources()).find((candidate) => candidate.name === name);
          if (item) return { namespace: ns, labels: item.pod.metadata.labels, namedPorts: namedPorts(item) };
          const operated = operatorPods(resources()).find((candidate) => candidate.name.startsWith(name));
          if (!operated) throw new Error(`no pod ${name}`);
          return { namespace: ns, labels: operated.labels, namedPorts: operated.namedPorts };
        };
        const kafka = pod('presswatch-dual-role');
        const kafkaPort = Number(common()['KAFKA_BROKERS']?.split(':')[1]);
        const postgres = pod('presswatch-postgres');
        const dns: Endpoint = { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } };
        const prometheus: Endpoint = { namespace: 'monitoring', labels: { 'app.kubernetes.io/name': 'prometheus' } };
        const keda: Endpoint = { namespace: 'keda', labels: { app: 'keda-operator' } };
        const stranger: Endpoint = { namespace: 'default', labels: { app: 'curious' } };
        const web = { ip: '203.0.113.10' };
        const expectations: [string, Endpoint, Endpoint, number, boolean][] = [
          ...SERVICE_NAMES.flatMap((service): [string, Endpoint, Endpoint, number, boolean][] => [
            [`${service} → Kafka`, pod(service), kafka, kafkaPort, true],
            [`${service} → Kafka replication port`, pod(service), kafka, 9091, false],
            [`${service} → DNS`, pod(service), dns, 53, true],
            [`Prometheus → ${service} metrics`, prometheus, pod(service), SERVICES[service], true],
            [`other namespace → ${service}`, stranger, pod(service), SERVICES[service], false],
            [`${service} → PostgreSQL`, pod(service), postgres, 5432, service === 'fetcher' || service === 'cleaner'],
            [`${service} → web 443`, pod(service), web, 443, service === 'fetcher'],
            [`${service} → OpenSearch`, pod(service), pod('opensearch'), 9200, service === 'indexer'],
          ]),
          ['KEDA → Kafka', keda, kafka, kafkaPort, true],
          ['lag exporter → Kafka', pod('lag-exporter'), kafka, kafkaPort, true],
          ['lag exporter → DNS', pod('lag-exporter'), dns, 53, true],
          ['Prometheus → lag exporter metrics', prometheus, pod('lag-exporter'), 9308, true],
          ['other namespace → lag exporter', stranger, pod('lag-exporter'), 9308, false],
          ['lag exporter → OpenSearch', pod('lag-exporter'), pod('opensearch'), 9200, false],
          ['lag exporter → PostgreSQL', pod('lag-exporter'), postgres, 5432, false],
          ['lag exporter → web 443', pod('lag-exporter'), web, 443, false],
          ['other namespace → Kafka', stranger, kafka, kafkaPort, false],
          ['fetcher → web 80', pod('fetcher'), web, 80, true],
          ['fetcher → web 22', pod('fetcher'), web, 22, false],
          ['fetcher → cloud metadata', pod('fetcher'), { ip: '169.254.169.254' }, 80, false],
          ['fetcher → private network', pod('fetcher'), { ip: '10.1.2.3' }, 443, false],
          ['migration Job → PostgreSQL', pod('migrate-crawl-state'), postgres, 5432, true],
          ['migration Job → web', pod('migrate-crawl-state'), web, 443, false],
          ['setup Job → OpenSearch', pod('setup-search'), pod('opensearch'), 9200, true],
          ['setup Job → Dashboards', pod('setup-search'), pod('opensearch-dashboards'), 5601, true],
          ['Dashboards → OpenSearch', pod('opensearch-dashboards'), pod('opensearch'), 9200, true],
          ['OpenSearch → OpenSearch transport', pod('opensearch'), pod('opensearch'), 9300, true],
          ['other namespace → OpenSearch', stranger, pod('opensearch'), 9200, false],
          [
            'CloudNativePG operator → PostgreSQL status',
            { namespace: 'cnpg-system', labels: { 'app.kubernetes.io/name': 'cloudnative-pg' } },
            postgres,
            8000,
            true,
          ],
        ];
        const wrong = expectations
          .filter(([, from, to, port, expected]) => allows(policies, from, to, port) !== expected)
          .map(([flow, , , , expected]) => `${flow} should be ${expected ? 'allowed' : 'denied'}`);
        assert.deepEqual(wrong, []);
      });

      it('runs the setup Jobs with the service images, scripts that exist, and the variables the scripts read', () => {
        const secrets = knownSecrets(resources(), namespace());
        const jobs = { 'migrate-crawl-state': 'fetcher', 'setup-search': 'indexer' } as const;
        for (const [name, service] of Object.entries(jobs)) {
          const job = workload(resources(), 'Job', name);
          const container = mainContainer(job);
          assert.equal(
            container.image,
            mainContainer(workload(resources(), 'Deployment', service)).image,
            `${name}: runs the ${service} image`,
          );
          const [node, script, ...rest] = container.command ?? [];
          assert.equal(node, 'node');
          assert.equal(rest.length, 0);
          const mount = container.volumeMounts?.find((candidate) => script?.startsWith(`${candidate.mountPath}/`));
          const volume = job.pod.spec.volumes?.find((candidate) => candidate.name === mount?.name);
          const scripts =
            volume?.configMap && ofKind(resources(), 'ConfigMap').find((resource) => resource.metadata.name === volume.configMap?.name);
          assert.ok(mount && scripts, `${name}: ${script} comes from a ConfigMap of the build`);
          assert.ok(mount.mountPath.startsWith('/app/'), `${name}: scripts live under /app so node_modules resolves`);
          const source = configMapData(scripts)[script?.slice(mount.mountPath.length + 1) ?? ''];
          assert.ok(source, `${name}: ${script} is a key of ConfigMap ${scripts.metadata.name}`);
          // The image holds only the libs its service references (tsc -b apps/<service>): the script may import only those.
          const manifest = JSON.parse(readFileSync(repoFile('apps', service, 'package.json'), 'utf8'));
          const dependencies = Object.keys(z.object({ dependencies: z.record(z.string(), z.string()) }).parse(manifest).dependencies);
          const imports = [...source.matchAll(/from '(@presswatch\/[\w-]+)'/g)].map((match) => match[1] ?? '');
          assert.ok(imports.length > 0);
          assert.deepEqual(
            imports.filter((specifier) => !dependencies.includes(specifier)),
            [],
            `${name}: imports outside the ${service} image`,
          );
          const read = new Set(
            [...source.matchAll(/process\.env\.([A-Z_]+)|required\('([A-Z_]+)'\)/g)].map((match) => match[1] ?? match[2] ?? ''),
          );
          // Read for the script by the search-index lib (credentials, CA) and by Node itself (extra CAs, a file).
          if (source.includes('searchSecurityFromEnv(')) for (const name of Object.keys(searchSecurityEnvShape)) read.add(name);
          if (source.includes('indexSettingsFromEnv(')) for (const name of Object.keys(indexSettingsEnvShape)) read.add(name);
          read.add('NODE_EXTRA_CA_CERTS');
          const required = [...source.matchAll(/required\('([A-Z_]+)'\)|const url = process\.env\.([A-Z_]+)/g)].map(
            (match) => match[1] ?? match[2] ?? '',
          );
          const { env, problems } = containerEnv(container, resources(), secrets);
          assert.deepEqual(problems, [], `${name}: references`);
          assert.deepEqual(
            Object.keys(env).filter((variable) => !read.has(variable)),
            [],
            `${name}: variables the script ignores`,
          );
          assert.deepEqual(
            required.filter((variable) => !(variable in env)),
            [],
            `${name}: variables the script requires`,
          );
          for (const volumeMount of container.volumeMounts ?? []) {
            const volume = job.pod.spec.volumes?.find((candidate) => candidate.name === volumeMount.name);
            const found = volume?.configMap
              ? ofKind(resources(), 'ConfigMap').some((resource) => resource.metadata.name === volume.configMap?.name)
              : volume?.secret
                ? secrets.has(volume.secret.secretName)
                : false;
            assert.ok(found, `${name}: volume ${volumeMount.name}`);
          }
          const files = Object.keys(env).filter((variable) => variable.endsWith('_FILE') || variable === 'NODE_EXTRA_CA_CERTS');
          assert.deepEqual(
            files.flatMap((variable) =>
              mountedFile(env[variable]!, container, job, resources(), secrets).map((problem) => `${variable}: ${problem}`),
            ),
            [],
            `${name}: files`,
          );
        }
      });

      it('ships every deploy/dashboards/*.ndjson, unchanged, to the setup Job', () => {
        const job = workload(resources(), 'Job', 'setup-search');
        const mount = mainContainer(job).volumeMounts?.find((candidate) => candidate.name === 'saved-objects');
        const volume = job.pod.spec.volumes?.find((candidate) => candidate.name === 'saved-objects');
        const env = mainContainer(job).env?.find((variable) => variable.name === 'SAVED_OBJECTS_DIR');
        assert.equal(env?.value, mount?.mountPath);
        const data = configMapData(named(resources(), 'ConfigMap', volume?.configMap?.name ?? ''));
        const dir = join(K8S_DIR, '..', 'dashboards');
        const files = readdirSync(dir)
          .filter((name) => name.endsWith('.ndjson'))
          .sort();
        assert.ok(files.length > 0, 'deploy/dashboards has saved objects');
        assert.deepEqual(Object.keys(data).sort(), files, 'list every ndjson file in deploy/dashboards/kustomization.yaml');
        for (const file of files) assert.equal(data[file], readFileSync(join(dir, file), 'utf8'), file);
        assert.ok(Buffer.byteLength(JSON.stringify(data)) < 1_000_000, 'a ConfigMap holds at most 1 MiB');
      });
    });
  }
});
