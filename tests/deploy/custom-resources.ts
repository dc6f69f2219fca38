import { z } from 'zod';
import { labelSelectorSchema } from './manifests.js';

/*
 * Hand-written schemas for the custom resources the manifests use: the subset of each operator's CRD that
 * we write, strict so a misspelt field fails (the API server would prune or reject it). Versions:
 * Strimzi kafka.strimzi.io/v1, KEDA keda.sh/v1alpha1, Prometheus Operator monitoring.coreos.com/v1,
 * CloudNativePG postgresql.cnpg.io/v1.
 */

const quantity = z.union([z.number().positive(), z.string().regex(/^\d+(\.\d+)?(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/, 'expected a Kubernetes quantity')]);
const resources = z.strictObject({
  requests: z.strictObject({ cpu: quantity.optional(), memory: quantity.optional() }).optional(),
  limits: z.strictObject({ cpu: quantity.optional(), memory: quantity.optional() }).optional(),
});
const metadataWith = (labels: Record<string, z.ZodType>) =>
  z.looseObject({ name: z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/), labels: z.looseObject(labels) });
const strimziCluster = { 'strimzi.io/cluster': z.string().min(1) };
const kafkaConfigValue = z.union([z.string(), z.number(), z.boolean()]);
const networkPolicyPeer = z.strictObject({ podSelector: labelSelectorSchema.optional(), namespaceSelector: labelSelectorSchema.optional() });
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
            port: z.number().int().min(9092).refine((port) => ![9404, 9999].includes(port), 'reserved port'),
            type: z.enum(['internal', 'cluster-ip', 'route', 'loadbalancer', 'nodeport', 'ingress']),
            tls: z.boolean(),
            networkPolicyPeers: z.array(networkPolicyPeer).optional(),
          }),
        )
        .min(1),
      config: z.record(z.string(), kafkaConfigValue).optional(),
      resources: resources.optional(),
    }),
    entityOperator: z.strictObject({ topicOperator: z.strictObject({ resources: resources.optional() }).optional(), userOperator: z.strictObject({ resources: resources.optional() }).optional() }).optional(),
  }),
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
  }),
});

export const kafkaTopicSchema = z.object({
  apiVersion: z.literal('kafka.strimzi.io/v1'),
  kind: z.literal('KafkaTopic'),
  metadata: metadataWith(strimziCluster),
  spec: z.strictObject({
    topicName: z.string().regex(/^[a-zA-Z0-9._-]{1,249}$/).optional(),
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
          authenticationRef: z.strictObject({ name: z.string(), kind: z.enum(['TriggerAuthentication', 'ClusterTriggerAuthentication']).optional() }).optional(),
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
});

export const serviceMonitorSchema = z.object({
  apiVersion: z.literal('monitoring.coreos.com/v1'),
  kind: z.literal('ServiceMonitor'),
  metadata: z.looseObject({ name: z.string().min(1) }),
  spec: z.strictObject({
    selector: labelSelectorSchema,
    namespaceSelector: z.strictObject({ any: z.boolean().optional(), matchNames: z.array(z.string()).optional() }).optional(),
    endpoints: z
      .array(z.strictObject({ port: z.string().min(1), path: z.string().startsWith('/'), interval: duration.optional(), scrapeTimeout: duration.optional(), scheme: z.enum(['http', 'https']).optional() }))
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
    bootstrap: z.strictObject({ initdb: z.strictObject({ database: z.string().min(1), owner: z.string().min(1), secret: z.strictObject({ name: z.string() }).optional() }) }),
    storage: z.strictObject({ size: quantity, storageClass: z.string().optional() }),
    resources: resources.optional(),
  }),
});

export const CUSTOM_SCHEMAS: Record<string, z.ZodType> = {
  'kafka.strimzi.io/v1 Kafka': kafkaSchema,
  'kafka.strimzi.io/v1 KafkaNodePool': kafkaNodePoolSchema,
  'kafka.strimzi.io/v1 KafkaTopic': kafkaTopicSchema,
  'keda.sh/v1alpha1 ScaledObject': scaledObjectSchema,
  'monitoring.coreos.com/v1 ServiceMonitor': serviceMonitorSchema,
  'postgresql.cnpg.io/v1 Cluster': cnpgClusterSchema,
};
