import { z } from 'zod';
import { labelSelectorSchema, selects, type Resource } from './manifests.js';

/**
 * A small NetworkPolicy evaluator (networking.k8s.io/v1 semantics) to assert which flows the manifests
 * allow: a pod is isolated in a direction once any policy of that type selects it; rules add up.
 */
export type Endpoint = { namespace: string; labels: Record<string, string>; namedPorts?: Record<string, number> } | { ip: string };

const peerSchema = z.object({
  podSelector: labelSelectorSchema.optional(),
  namespaceSelector: labelSelectorSchema.optional(),
  ipBlock: z.object({ cidr: z.string(), except: z.array(z.string()).optional() }).optional(),
});
const portSchema = z.object({ protocol: z.string().default('TCP'), port: z.union([z.number(), z.string()]).optional() });
const policySchema = z.object({
  metadata: z.object({ name: z.string(), namespace: z.string() }),
  spec: z.object({
    podSelector: labelSelectorSchema,
    policyTypes: z.array(z.enum(['Ingress', 'Egress'])),
    ingress: z.array(z.object({ from: z.array(peerSchema).optional(), ports: z.array(portSchema).optional() })).optional(),
    egress: z.array(z.object({ to: z.array(peerSchema).optional(), ports: z.array(portSchema).optional() })).optional(),
  }),
});
export type Policy = z.infer<typeof policySchema>;
export type Peer = z.infer<typeof peerSchema>;

export function parsePolicies(resources: Resource[]): Policy[] {
  return resources.filter((resource) => resource.kind === 'NetworkPolicy').map((resource) => policySchema.parse(resource));
}

function ipToNumber(ip: string): number {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255))
    throw new Error(`not an IPv4 address: ${ip}`);
  return parts.reduce((sum, part) => sum * 256 + part, 0);
}

export function inCidr(ip: string, cidr: string): boolean {
  const [base = '', bits = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = Math.floor(ipToNumber(base) / size) * size;
  const value = ipToNumber(ip);
  return value >= start && value < start + size;
}

function peerMatches(peer: Peer, policyNamespace: string, other: Endpoint): boolean {
  if ('ip' in other)
    return (
      peer.ipBlock !== undefined &&
      inCidr(other.ip, peer.ipBlock.cidr) &&
      !(peer.ipBlock.except ?? []).some((cidr) => inCidr(other.ip, cidr))
    );
  if (peer.ipBlock) return false; // ipBlock is meant for traffic outside the cluster.
  const namespaceOk = peer.namespaceSelector
    ? selects(peer.namespaceSelector, { 'kubernetes.io/metadata.name': other.namespace })
    : other.namespace === policyNamespace;
  return namespaceOk && (peer.podSelector ? selects(peer.podSelector, other.labels) : true);
}

function portMatches(ports: z.infer<typeof portSchema>[] | undefined, port: number, target: Endpoint): boolean {
  if (!ports || ports.length === 0) return true;
  return ports.some((candidate) => {
    if (candidate.protocol !== 'TCP' && candidate.protocol !== undefined) return false;
    if (candidate.port === undefined) return true;
    if (typeof candidate.port === 'number') return candidate.port === port;
    return !('ip' in target) && target.namedPorts?.[candidate.port] === port;
  });
}

function selectedBy(policies: Policy[], type: 'Ingress' | 'Egress', pod: Endpoint): Policy[] {
  if ('ip' in pod) return [];
  return policies.filter(
    (policy) =>
      policy.metadata.namespace === pod.namespace && policy.spec.policyTypes.includes(type) && selects(policy.spec.podSelector, pod.labels),
  );
}

/** TCP (or UDP for DNS: same rules here) from `source` to `target:port`, under the policies of both ends. */
export function allows(policies: Policy[], source: Endpoint, target: Endpoint, port: number): boolean {
  const egress = selectedBy(policies, 'Egress', source);
  const egressOk =
    egress.length === 0 ||
    egress.some((policy) =>
      (policy.spec.egress ?? []).some(
        (rule) =>
          (rule.to === undefined || rule.to.some((peer) => peerMatches(peer, policy.metadata.namespace, target))) &&
          portMatches(rule.ports, port, target),
      ),
    );
  const ingress = selectedBy(policies, 'Ingress', target);
  const ingressOk =
    ingress.length === 0 ||
    ingress.some((policy) =>
      (policy.spec.ingress ?? []).some(
        (rule) =>
          (rule.from === undefined || rule.from.some((peer) => peerMatches(peer, policy.metadata.namespace, source))) &&
          portMatches(rule.ports, port, target),
      ),
    );
  return egressOk && ingressOk;
}
