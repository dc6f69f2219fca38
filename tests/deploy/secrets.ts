import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { certificateSchema, cnpgClusterSchema, kafkaSchema, kafkaUserSchema } from './custom-resources.js';
import { K8S_DIR, ofKind, type Resource } from './manifests.js';

/**
 * Secrets an operator creates by hand before applying an overlay (never in the repository): name → keys.
 * deploy/k8s/README.md must show the command that creates each (checked below).
 */
export const HAND_MADE_SECRETS: Record<string, string[]> = {
  'presswatch-control-token': ['token'],
  'opensearch-credentials': ['presswatch-indexer', 'presswatch-setup', 'kibanaserver'],
  'opensearch-internal-users': ['internal_users.yml'],
};

/** Does the k8s README show how to create this secret with these keys (`kubectl create secret generic NAME`, `--from-…=KEY=`)? */
export function documentedHandMade(name: string): string[] {
  // Shell continuation lines joined, so a command is one line.
  const readme = readFileSync(join(K8S_DIR, 'README.md'), 'utf8').replace(/\\\n/g, ' ');
  const command = new RegExp(`create secret generic ${name}\\b[^\\n]*`).exec(readme)?.[0] ?? '';
  if (!command) return [`${name}: no \`kubectl create secret generic ${name}\` in deploy/k8s/README.md`];
  return (HAND_MADE_SECRETS[name] ?? [])
    .filter((key) => !command.includes(`=${key}=`) && !command.includes(`--from-file=${key}`))
    .map((key) => `${name}: key ${key} not in its create command`);
}

const secretData = z.object({
  data: z.record(z.string(), z.string()).default({}),
  stringData: z.record(z.string(), z.string()).default({}),
});

/**
 * Every Secret the overlay's pods can count on, with its keys: those in the build, those operators of the
 * build write (CloudNativePG `<cluster>-app`, Strimzi's cluster CA and one per KafkaUser, cert-manager's
 * per Certificate) and the hand-made ones. Values are stand-ins except for Secrets of the build.
 */
export function knownSecrets(resources: Resource[], namespace: string): Map<string, Record<string, string>> {
  const secrets = new Map<string, Record<string, string>>();
  for (const resource of ofKind(resources, 'Cluster')) {
    const cluster = cnpgClusterSchema.parse(resource);
    const { database, owner } = cluster.spec.bootstrap.initdb;
    const host = `${cluster.metadata.name}-rw.${namespace}`;
    secrets.set(`${cluster.metadata.name}-app`, {
      username: owner,
      password: 'generated-by-the-operator',
      hostname: host,
      port: '5432',
      dbname: database,
      '.pgpass': `${host}:5432:${database}:${owner}:generated`,
      uri: `postgresql://${owner}:generated-by-the-operator@${host}:5432/${database}`,
      'jdbc-uri': `jdbc:postgresql://${host}:5432/${database}`,
      'fqdn-uri': `postgresql://${owner}:generated@${host}.svc:5432/${database}`,
      'fqdn-jdbc-uri': `jdbc:postgresql://${host}.svc:5432/${database}`,
    });
  }
  // Strimzi (strimzi.io/docs, "Security"): the cluster CA certificate, and a Secret per SCRAM KafkaUser.
  for (const resource of ofKind(resources, 'Kafka')) {
    secrets.set(`${kafkaSchema.parse(resource).metadata.name}-cluster-ca-cert`, {
      'ca.crt': 'PEM',
      'ca.p12': 'PKCS12',
      'ca.password': 'generated',
    });
  }
  for (const resource of ofKind(resources, 'KafkaUser')) {
    const user = kafkaUserSchema.parse(resource);
    if (user.spec.authentication.type === 'scram-sha-512')
      secrets.set(user.metadata.name, { password: 'generated-by-the-operator', 'sasl.jaas.config': 'generated' });
  }
  // cert-manager writes tls.crt, tls.key and ca.crt into each Certificate's secretName.
  for (const resource of ofKind(resources, 'Certificate'))
    secrets.set(certificateSchema.parse(resource).spec.secretName, { 'tls.crt': 'PEM', 'tls.key': 'PEM', 'ca.crt': 'PEM' });
  for (const [name, keys] of Object.entries(HAND_MADE_SECRETS))
    secrets.set(name, Object.fromEntries(keys.map((key) => [key, 'created-by-hand-'.padEnd(48, 'x')])));
  for (const resource of ofKind(resources, 'Secret')) {
    const { data, stringData } = secretData.parse(resource);
    secrets.set(resource.metadata.name, {
      ...Object.fromEntries(Object.entries(data).map(([key, value]) => [key, Buffer.from(value, 'base64').toString()])),
      ...stringData,
    });
  }
  return secrets;
}
