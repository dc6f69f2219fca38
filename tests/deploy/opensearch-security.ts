import { z } from 'zod';

/*
 * The security plugin's configuration files (opensearch-security/*.yml), after its documented format
 * (docs.opensearch.org, "Security > Configuration": config_version 2, `_meta.type` per file), strict so a
 * misspelt key fails here instead of being ignored or refused by securityadmin.sh.
 */
const meta = (type: string) => z.strictObject({ type: z.literal(type), config_version: z.literal(2) });
const strings = z.array(z.string().min(1));

export const rolesFileSchema = z.strictObject({ _meta: meta('roles') }).catchall(
  z.strictObject({
    reserved: z.boolean().optional(),
    hidden: z.boolean().optional(),
    description: z.string().optional(),
    cluster_permissions: strings.optional(),
    index_permissions: z
      .array(
        z.strictObject({
          index_patterns: strings.min(1),
          dls: z.string().optional(),
          fls: strings.optional(),
          masked_fields: strings.optional(),
          allowed_actions: strings.min(1),
        }),
      )
      .optional(),
    tenant_permissions: z
      .array(
        z.strictObject({
          tenant_patterns: strings.min(1),
          allowed_actions: z.array(z.enum(['kibana_all_read', 'kibana_all_write'])).min(1),
        }),
      )
      .optional(),
  }),
);

export const rolesMappingFileSchema = z.strictObject({ _meta: meta('rolesmapping') }).catchall(
  z.strictObject({
    reserved: z.boolean().optional(),
    hidden: z.boolean().optional(),
    description: z.string().optional(),
    users: z.array(z.string().min(1)).optional(),
    backend_roles: strings.optional(),
    hosts: strings.optional(),
    and_backend_roles: strings.optional(),
  }),
);

export const internalUsersFileSchema = z.strictObject({ _meta: meta('internalusers') }).catchall(
  z.strictObject({
    hash: z.string().regex(/^\$2[aby]\$\d{2}\$/, 'a bcrypt hash'),
    reserved: z.boolean().optional(),
    hidden: z.boolean().optional(),
    description: z.string().optional(),
    backend_roles: strings.optional(),
    attributes: z.record(z.string(), z.string()).optional(),
  }),
);

const authDomain = z.strictObject({
  description: z.string().optional(),
  http_enabled: z.boolean(),
  transport_enabled: z.boolean().optional(),
  order: z.number().int().min(0),
  http_authenticator: z.strictObject({
    type: z.enum(['basic', 'jwt', 'openid', 'saml', 'proxy', 'clientcert', 'kerberos']),
    challenge: z.boolean(),
    config: z.record(z.string(), z.unknown()).optional(),
  }),
  authentication_backend: z.strictObject({
    type: z.enum(['intern', 'internal', 'noop', 'ldap']),
    config: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const configFileSchema = z.strictObject({
  _meta: meta('config'),
  config: z.strictObject({
    dynamic: z.strictObject({
      http: z.strictObject({ anonymous_auth_enabled: z.boolean() }).optional(),
      authc: z.record(z.string(), authDomain),
      authz: z.record(z.string(), z.unknown()).optional(),
    }),
  }),
});

export const emptyFileSchema = (type: string) => z.strictObject({ _meta: meta(type) });

/** Roles the plugin ships (static roles) that a mapping may name without defining them. */
export const STATIC_ROLES = ['all_access', 'kibana_user', 'kibana_server', 'readall', 'own_index', 'security_rest_api_access'];

/** Action groups and actions that read and nothing else (the analysts' whole allowance). */
export const READ_ONLY_INDEX_ACTIONS = [
  'read',
  'search',
  'get',
  'indices:admin/mappings/get',
  'indices:admin/resolve/index',
  'indices:data/read/*',
];
export const READ_ONLY_CLUSTER_ACTIONS = ['cluster_composite_ops_ro', 'cluster_monitor'];
