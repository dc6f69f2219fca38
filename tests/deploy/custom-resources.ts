import { z } from 'zod';
import { labelSelectorSchema } from './manifests.js';

/*
 * Hand-written schemas for the custom resources the manifests use: the subset of each operator's CRD that
 * we write, strict so a misspelt field fails (the API server would prune or reject it). Versions:
 * Strimzi kafka.strimzi.io/v1, KEDA keda.sh/v1alpha1, Prometheus Operator monitoring.coreos.com/v1,
 * CloudNativePG postgresql.cnpg.io/v1, cert-manager cert-manager.io/v1.
 */

const quantity = z.union([
  z.number().positive(),
  z.string().regex(/^\d+(\.\d+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/, 'expected a Kubernetes quantity'),
]);
const resources = z.strictObject({
  requests: z.strictObject({ cpu: quantity.optional(), memory: quantity.optional() }).optional(),
  limits: z.strictObject({ cpu: quantity.optional(), memory: quantity.optional() }).optional(),
});
const metadataWith = (labels: Record<string, z.ZodType>) =>
  z.looseObject({ name: z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/), labels: z.looseObject(labels) });
const strimziCluster = { 'strimzi.io/cluster': z.string().min(1) };
const kafkaConfigValue = z.union([z.string(), z.number(), z.boolean()]);
const networkPolicyPeer = z.strictObject({
  podSelector: labelSelectorSchema.optional(),
  namespaceSelector: labelSelectorSchema.optional(),
});
const duration = z.string().regex(/^(\d+(ms|s|m|h))+$/, 'expected a Prometheus duration');

export const kafkaSchema = z.object({
  apiVersion: z.literal('kafka.strimzi.io/v1'),
  kind: z.literal('Kafka'),
  metadata: z.looseObject({ name: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/) }),
  spec: z.strictObject({
    kafka: z.strictObject({
      version: z.string().regex(/^\d+\.\d+\.\d+$/),
      metadataVersion: z.string().optional(),
      listeners: z
        .array(
          z.strictObject({
            name: z.string().regex(/^[a-z0-9]{1,11}$/),
            // Strimzi reserves 9090, 9091, 9404 and 9999 for itself.
            port: z
              .number()
              .int()
              .min(9092)
              .refine((port) => ![9404, 9999].includes(port), 'reserved port'),
            type: z.enum(['internal', 'cluster-ip', 'route', 'loadbalancer', 'nodeport', 'ingress']),
            tls: z.boolean(),
            authentication: z.strictObject({ type: z.enum(['scram-sha-512', 'tls', 'oauth', 'custom']) }).optional(),
            networkPolicyPeers: z.array(networkPolicyPeer).optional(),
          }),
        )
        .min(1),
      authorization: z
        .strictObject({ type: z.enum(['simple', 'opa', 'keycloak', 'custom']), superUsers: z.array(z.string()).optional() })
        .optional(),
      config: z.record(z.string(), kafkaConfigValue).optional(),
      resources: resources.optional(),
    }),
    entityOperator: z
      .strictObject({
        topicOperator: z.strictObject({ resources: resources.optional() }).optional(),
        userOperator: z.strictObject({ resources: resources.optional() }).optional(),
      })
      .optional(),
  }),
});

/** Strimzi's JvmOptions (KafkaNodePool.spec.jvmOptions): `-XX` values are strings, booleans written "true". */
const jvmOptions = z.strictObject({
  '-Xms': z.string().optional(),
  '-Xmx': z.string().optional(),
  '-XX': z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/), z.string()).optional(),
  gcLoggingEnabled: z.boolean().optional(),
  javaSystemProperties: z.array(z.strictObject({ name: z.string().min(1), value: z.string() })).optional(),
});

export const kafkaNodePoolSchema = z.object({
  apiVersion: z.literal('kafka.strimzi.io/v1'),
  kind: z.literal('KafkaNodePool'),
  metadata: metadataWith(strimziCluster),
  spec: z.strictObject({
    replicas: z.number().int().min(0),
    roles: z.array(z.enum(['controller', 'broker'])).min(1),
    storage: z.strictObject({
      type: z.literal('jbod'),
      volumes: z
        .array(
          z.strictObject({
            id: z.number().int().min(0),
            type: z.enum(['persistent-claim', 'ephemeral']),
            size: quantity.optional(),
            class: z.string().optional(),
            deleteClaim: z.boolean().optional(),
            kraftMetadata: z.literal('shared').optional(),
          }),
        )
        .min(1),
    }),
    resources: resources.optional(),
    jvmOptions: jvmOptions.optional(),
  }),
});

export const kafkaTopicSchema = z.object({
  apiVersion: z.literal('kafka.strimzi.io/v1'),
  kind: z.literal('KafkaTopic'),
  metadata: metadataWith(strimziCluster),
  spec: z.strictObject({
    topicName: z
      .string()
      .regex(/^[a-zA-Z0-9._-]{1,249}$/)
      .optional(),
    partitions: z.number().int().min(1),
    replicas: z.number().int().min(1).max(32767),
    config: z.record(z.string(), kafkaConfigValue).optional(),
  }),
});

export const scaledObjectSchema = z.object({
  apiVersion: z.literal('keda.sh/v1alpha1'),
  kind: z.literal('ScaledObject'),
  metadata: z.looseObject({ name: z.string().min(1) }),
  spec: z.strictObject({
    scaleTargetRef: z.strictObject({ apiVersion: z.string().optional(), kind: z.string().optional(), name: z.string().min(1) }),
    minReplicaCount: z.number().int().min(0).optional(),
    maxReplicaCount: z.number().int().min(1).optional(),
    pollingInterval: z.number().int().min(1).optional(),
    cooldownPeriod: z.number().int().min(0).optional(),
    triggers: z
      .array(
        z.strictObject({
          type: z.string().min(1),
          name: z.string().optional(),
          // KEDA's CRD types trigger metadata as map[string]string: numbers or booleans are rejected.
          metadata: z.record(z.string(), z.string()),
          authenticationRef: z
            .strictObject({ name: z.string(), kind: z.enum(['TriggerAuthentication', 'ClusterTriggerAuthentication']).optional() })
            .optional(),
        }),
      )
      .min(1),
  }),
});

/** What the KEDA Kafka scaler reads from a trigger's metadata (keda.sh/docs/latest/scalers/apache-kafka). */
export const kafkaTriggerMetadataSchema = z.strictObject({
  bootstrapServers: z.string().min(1),
  consumerGroup: z.string().min(1),
  topic: z.string().min(1),
  lagThreshold: z.string().regex(/^\d+$/),
  activationLagThreshold: z.string().regex(/^\d+$/).optional(),
  offsetResetPolicy: z.enum(['earliest', 'latest']),
  allowIdleConsumers: z.enum(['true', 'false']).optional(),
  sasl: z.enum(['plaintext', 'scram_sha256', 'scram_sha512', 'oauthbearer', 'gssapi', 'none']).optional(),
  tls: z.enum(['enable', 'disable']).optional(),
});

/** Strimzi KafkaUser (kafka.strimzi.io/v1: `operations`, a list; the singular `operation` is gone). */
export const kafkaUserSchema = z.object({
  apiVersion: z.literal('kafka.strimzi.io/v1'),
  kind: z.literal('KafkaUser'),
  metadata: metadataWith(strimziCluster),
  spec: z.strictObject({
    authentication: z.strictObject({ type: z.enum(['scram-sha-512', 'tls', 'tls-external']) }),
    authorization: z.strictObject({
      type: z.literal('simple'),
      acls: z
        .array(
          z.strictObject({
            resource: z.strictObject({
              type: z.enum(['topic', 'group', 'cluster', 'transactionalId']),
              name: z.string().min(1).optional(),
              patternType: z.enum(['literal', 'prefix']).optional(),
            }),
            type: z.enum(['allow', 'deny']).optional(),
            host: z.string().optional(),
            operations: z
              .array(
                z.enum([
                  'Read',
                  'Write',
                  'Create',
                  'Delete',
                  'Alter',
                  'Describe',
                  'ClusterAction',
                  'AlterConfigs',
                  'DescribeConfigs',
                  'IdempotentWrite',
                  'All',
                ]),
              )
              .min(1),
          }),
        )
        .min(1),
    }),
  }),
});

/** KEDA TriggerAuthentication, the secretTargetRef form. */
export const triggerAuthenticationSchema = z.object({
  apiVersion: z.literal('keda.sh/v1alpha1'),
  kind: z.literal('TriggerAuthentication'),
  metadata: z.looseObject({ name: z.string().min(1) }),
  spec: z.strictObject({
    secretTargetRef: z.array(z.strictObject({ parameter: z.string().min(1), name: z.string().min(1), key: z.string().min(1) })).min(1),
  }),
});

const issuerRef = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(['Issuer', 'ClusterIssuer']).optional(),
  group: z.literal('cert-manager.io').optional(),
});

/** cert-manager cert-manager.io/v1 Issuer: self-signed or CA. */
export const issuerSchema = z.object({
  apiVersion: z.literal('cert-manager.io/v1'),
  kind: z.literal('Issuer'),
  metadata: z.looseObject({ name: z.string().min(1) }),
  spec: z.union([
    z.strictObject({ selfSigned: z.strictObject({}) }),
    z.strictObject({ ca: z.strictObject({ secretName: z.string().min(1) }) }),
  ]),
});

/** cert-manager cert-manager.io/v1 Certificate: the fields written here. */
export const certificateSchema = z.object({
  apiVersion: z.literal('cert-manager.io/v1'),
  kind: z.literal('Certificate'),
  metadata: z.looseObject({ name: z.string().min(1) }),
  spec: z.strictObject({
    secretName: z.string().min(1),
    isCA: z.boolean().optional(),
    commonName: z.string().min(1).max(64).optional(),
    dnsNames: z.array(z.string().min(1)).optional(),
    usages: z.array(z.enum(['server auth', 'client auth', 'digital signature', 'key encipherment', 'cert sign', 'crl sign'])).optional(),
    duration: z
      .string()
      .regex(/^(\d+h)?(\d+m)?(\d+s)?$/)
      .optional(),
    renewBefore: z.string().optional(),
    privateKey: z
      .strictObject({
        algorithm: z.enum(['RSA', 'ECDSA', 'Ed25519']).optional(),
        size: z.number().int().optional(),
        encoding: z.enum(['PKCS1', 'PKCS8']).optional(),
        rotationPolicy: z.enum(['Never', 'Always']).optional(),
      })
      .optional(),
    issuerRef,
  }),
});

export const serviceMonitorSchema = z.object({
  apiVersion: z.literal('monitoring.coreos.com/v1'),
  kind: z.literal('ServiceMonitor'),
  metadata: z.looseObject({ name: z.string().min(1) }),
  spec: z.strictObject({
    selector: labelSelectorSchema,
    namespaceSelector: z.strictObject({ any: z.boolean().optional(), matchNames: z.array(z.string()).optional() }).optional(),
    endpoints: z
      .array(
        z.strictObject({
          port: z.string().min(1),
          path: z.string().startsWith('/'),
          interval: duration.optional(),
          scrapeTimeout: duration.optional(),
          scheme: z.enum(['http', 'https']).optional(),
        }),
      )
      .min(1),
  }),
});

export const cnpgClusterSchema = z.object({
  apiVersion: z.literal('postgresql.cnpg.io/v1'),
  kind: z.literal('Cluster'),
  metadata: z.looseObject({ name: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/) }),
  spec: z.strictObject({
    instances: z.number().int().min(1),
    imageName: z.string().min(1).optional(),
    bootstrap: z.strictObject({
      initdb: z.strictObject({
        database: z.string().min(1),
        owner: z.string().min(1),
        secret: z.strictObject({ name: z.string() }).optional(),
      }),
    }),
    storage: z.strictObject({ size: quantity, storageClass: z.string().optional() }),
    resources: resources.optional(),
  }),
});

export const CUSTOM_SCHEMAS: Record<string, z.ZodType> = {
  'kafka.strimzi.io/v1 Kafka': kafkaSchema,
  'kafka.strimzi.io/v1 KafkaNodePool': kafkaNodePoolSchema,
  'kafka.strimzi.io/v1 KafkaTopic': kafkaTopicSchema,
  'kafka.strimzi.io/v1 KafkaUser': kafkaUserSchema,
  'keda.sh/v1alpha1 TriggerAuthentication': triggerAuthenticationSchema,
  'cert-manager.io/v1 Issuer': issuerSchema,
  'cert-manager.io/v1 Certificate': certificateSchema,
  'keda.sh/v1alpha1 ScaledObject': scaledObjectSchema,
  'monitoring.coreos.com/v1 ServiceMonitor': serviceMonitorSchema,
  'postgresql.cnpg.io/v1 Cluster': cnpgClusterSchema,
};
