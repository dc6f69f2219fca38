import kafkajs from 'kafkajs';
import type { AclEntry } from 'kafkajs';
import type { KafkaAcl, KafkaOperation } from '@presswatch/contracts';
import { createKafkaClient } from './client.js';
import type { KafkaSettings, StructuredLogger } from './types.js';

const { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes } = kafkajs;

const OPERATIONS: Record<KafkaOperation, (typeof AclOperationTypes)[keyof typeof AclOperationTypes]> = {
  Read: AclOperationTypes.READ,
  Write: AclOperationTypes.WRITE,
  Describe: AclOperationTypes.DESCRIBE,
  Create: AclOperationTypes.CREATE,
};

/**
 * Grants a user its ACLs (allow, any host), as Strimzi's User Operator does from a KafkaUser: for brokers
 * run without the operator (the local SASL_SSL listener). Needs a connection allowed to alter ACLs.
 */
export async function grantAcls(settings: KafkaSettings, user: string, acls: readonly KafkaAcl[], logger: StructuredLogger): Promise<void> {
  const entries: AclEntry[] = acls.flatMap(({ resource, operations }) =>
    operations.map((operation) => ({
      resourceType: resource.type === 'topic' ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
      resourceName: resource.name,
      resourcePatternType: resource.patternType === 'prefix' ? ResourcePatternTypes.PREFIXED : ResourcePatternTypes.LITERAL,
      principal: `User:${user}`,
      host: '*',
      operation: OPERATIONS[operation],
      permissionType: AclPermissionTypes.ALLOW,
    })),
  );
  const admin = createKafkaClient(settings, logger).admin();
  await admin.connect();
  try {
    await admin.createAcls({ acl: entries });
  } finally {
    await admin.disconnect();
  }
}
