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
  original: z.object({
    topic: z.string(),
    partition: z.number().int().nonnegative(),
    offset: z.string(),
    key: z.string().nullable(),
    /** The original value, base64, so binary or broken UTF-8 survives intact. */
    valueBase64: z.string().nullable(),
  }),
});
export type DeadLetter = z.infer<typeof DeadLetterSchema>;
export const parseDeadLetter = parserFor('DeadLetter', DeadLetterSchema);
