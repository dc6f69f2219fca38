import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { z } from 'zod';
import { ROOT } from '../support/environment.js';

export const K8S_DIR = join(ROOT, 'deploy', 'k8s');
export const OVERLAYS = readdirSync(join(K8S_DIR, 'overlays'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The four services, with the HTTP port each listens on by default (README "Configuration"). */
export const SERVICES = { fetcher: 3001, cleaner: 3002, enricher: 3003, indexer: 3004 } as const;
export type ServiceName = keyof typeof SERVICES;
export const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];

const resourceShape = z.looseObject({
  apiVersion: z.string().min(1),
  kind: z.string().min(1),
  metadata: z.looseObject({
    name: z.string().min(1),
    namespace: z.string().optional(),
    labels: z.record(z.string(), z.string()).optional(),
  }),
});
export type Resource = z.infer<typeof resourceShape>;

const KUBECTL = process.env.KUBECTL ?? 'kubectl';

/**
 * Renders an overlay exactly as `kubectl apply -k` would. A machine without kubectl fails here with a
 * clear message instead of skipping: a green run must mean the manifests were built.
 */
export function buildOverlay(overlay: string): Resource[] {
  let output: string;
  try {
    output = execFileSync(KUBECTL, ['kustomize', join(K8S_DIR, 'overlays', overlay)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new Error(`kubectl not found (set KUBECTL or install kubectl >= 1.27): the deploy tests need \`kubectl kustomize\``);
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`kubectl kustomize deploy/k8s/overlays/${overlay} failed:\n${stderr}`);
  }
  return parseAllDocuments(output).map((document, index) => {
    if (document.errors.length > 0) throw new Error(`overlay ${overlay}, document ${index}: ${document.errors[0]?.message}`);
    return resourceShape.parse(document.toJS());
  });
}

const cache = new Map<string, Resource[]>();
export function overlayResources(overlay: string): Resource[] {
  let resources = cache.get(overlay);
  if (!resources) cache.set(overlay, (resources = buildOverlay(overlay)));
  return resources;
}

export function ofKind(resources: Resource[], kind: string): Resource[] {
  return resources.filter((resource) => resource.kind === kind);
}

export function named(resources: Resource[], kind: string, name: string): Resource {
  const found = resources.find((resource) => resource.kind === kind && resource.metadata.name === name);
  if (!found) throw new Error(`no ${kind} named ${name}`);
  return found;
}

/** Does a label selector (matchLabels + matchExpressions) select these labels? */
export function selects(selector: LabelSelector, labels: Record<string, string>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) if (labels[key] !== value) return false;
  for (const expression of selector.matchExpressions ?? []) {
    const value = labels[expression.key];
    const values = expression.values ?? [];
    const ok =
      expression.operator === 'In'
        ? value !== undefined && values.includes(value)
        : expression.operator === 'NotIn'
          ? value === undefined || !values.includes(value)
          : expression.operator === 'Exists'
            ? value !== undefined
            : value === undefined;
    if (!ok) return false;
  }
  return true;
}

export const labelSelectorSchema = z.object({
  matchLabels: z.record(z.string(), z.string()).optional(),
  matchExpressions: z
    .array(
      z.object({ key: z.string(), operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist']), values: z.array(z.string()).optional() }),
    )
    .optional(),
});
export type LabelSelector = z.infer<typeof labelSelectorSchema>;

/** The workspace's own files, for checks that read the repository (Dockerfile, dashboards). */
export function repoFile(...parts: string[]): string {
  const path = join(ROOT, ...parts);
  if (!existsSync(path)) throw new Error(`missing ${parts.join('/')}`);
  return path;
}
