import { z } from 'zod';
import { SCHEMA_VERSION } from './releases.js';
import { parserFor } from './validation.js';

/**
 * What lands on the dead-letter topic: the original bytes (never lost), where they came from,
 * which stage gave up and why, so an operator can fix and replay.
 */
export const DeadLetterSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  stage: z.string(),
  reason: z.string(),
  failedAt: z.iso.datetime({ offset: true }),
  /**
   * Set when the original was too large to carry whole under the broker's message size limit: the letter
   * then holds its size, hash and first bytes, and the original stays readable at its coordinates until
   * the topic's retention ends. Such a letter cannot be replayed from the dead-letter topic.
   */
  reduced: z.literal(true).optional(),
  original: z.object({
    topic: z.string(),
    partition: z.number().int().nonnegative(),
    offset: z.string(),
    key: z.string().nullable(),
    /** The original value, base64, so binary or broken UTF-8 survives intact; null for a null value or a reduced letter. */
    valueBase64: z.string().nullable(),
    /** Size in bytes and SHA-256 (hex) of the original value; absent from letters older than these fields. */
    valueBytes: z.number().int().nonnegative().optional(),
    valueSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    /** Reduced letters: the first bytes of the original value, base64. */
    headBase64: z.string().optional(),
  }),
});
export type DeadLetter = z.infer<typeof DeadLetterSchema>;
export const parseDeadLetter = parserFor('DeadLetter', DeadLetterSchema);
