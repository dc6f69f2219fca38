import { z } from 'zod';
import { labelSelectorSchema, type Resource } from './manifests.js';

/** The parts of pod templates the cross-reference checks read (the full schemas are checked elsewhere). */
const probe = z.looseObject({
  httpGet: z.looseObject({ path: z.string(), port: z.union([z.string(), z.number()]) }).optional(),
  tcpSocket: z.looseObject({ port: z.union([z.string(), z.number()]) }).optional(),
});
const containerSchema = z.looseObject({
  name: z.string(),
  image: z.string(),
  command: z.array(z.string()).optional(),
  args: z.array(z.string()).optional(),
  envFrom: z
    .array(z.looseObject({ configMapRef: z.object({ name: z.string() }).optional(), secretRef: z.object({ name: z.string() }).optional() }))
    .optional(),
  env: z
    .array(
      z.looseObject({
        name: z.string(),
        value: z.string().optional(),
        valueFrom: z
          .looseObject({
            configMapKeyRef: z.object({ name: z.string(), key: z.string() }).optional(),
            secretKeyRef: z.object({ name: z.string(), key: z.string(), optional: z.boolean().optional() }).optional(),
          })
          .optional(),
      }),
    )
    .optional(),
  ports: z.array(z.looseObject({ name: z.string().optional(), containerPort: z.number() })).optional(),
  startupProbe: probe.optional(),
  readinessProbe: probe.optional(),
  livenessProbe: probe.optional(),
  resources: z
    .looseObject({ requests: z.record(z.string(), z.unknown()).optional(), limits: z.record(z.string(), z.unknown()).optional() })
    .optional(),
  securityContext: z
    .looseObject({ runAsNonRoot: z.boolean().optional(), runAsUser: z.number().optional(), readOnlyRootFilesystem: z.boolean().optional() })
    .optional(),
  volumeMounts: z
    .array(z.looseObject({ name: z.string(), mountPath: z.string(), subPath: z.string().optional(), readOnly: z.boolean().optional() }))
    .optional(),
});
export type Container = z.infer<typeof containerSchema>;

const podTemplateSchema = z.looseObject({
  metadata: z.looseObject({ labels: z.record(z.string(), z.string()) }),
  spec: z.looseObject({
    containers: z.array(containerSchema).min(1),
    securityContext: z.looseObject({ runAsNonRoot: z.boolean().optional(), runAsUser: z.number().optional() }).optional(),
    volumes: z
      .array(
        z.looseObject({
          name: z.string(),
          configMap: z.looseObject({ name: z.string() }).optional(),
          secret: z
            .looseObject({ secretName: z.string(), items: z.array(z.object({ key: z.string(), path: z.string() })).optional() })
            .optional(),
        }),
      )
      .optional(),
  }),
});
export type PodTemplate = z.infer<typeof podTemplateSchema>;

const workloadSchema = z.looseObject({
  spec: z.looseObject({ replicas: z.number().optional(), selector: labelSelectorSchema.optional(), template: podTemplateSchema }),
});

export interface Workload {
  kind: string;
  name: string;
  replicas: number | undefined;
  selector: z.infer<typeof labelSelectorSchema> | undefined;
  pod: PodTemplate;
}

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'Job'];

export function workloads(resources: Resource[]): Workload[] {
  return resources
    .filter((resource) => WORKLOAD_KINDS.includes(resource.kind))
    .map((resource) => {
      const { spec } = workloadSchema.parse(resource);
      return { kind: resource.kind, name: resource.metadata.name, replicas: spec.replicas, selector: spec.selector, pod: spec.template };
    });
}

export function workload(resources: Resource[], kind: string, name: string): Workload {
  const found = workloads(resources).find((candidate) => candidate.kind === kind && candidate.name === name);
  if (!found) throw new Error(`no ${kind} named ${name}`);
  return found;
}

/** The single container of a workload's pod (every workload here runs one). */
export function mainContainer(item: Workload): Container {
  const [container, ...others] = item.pod.spec.containers;
  if (!container || others.length > 0) throw new Error(`${item.kind}/${item.name}: expected one container`);
  return container;
}

const configMapSchema = z.object({ data: z.record(z.string(), z.string()).default({}) });
export function configMapData(resource: Resource): Record<string, string> {
  return configMapSchema.parse(resource).data;
}
