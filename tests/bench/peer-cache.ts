/*
 * The peers' WCXB texts cached in a JSON file, per peer and page id (extraction-gaps.ts writes it; the
 * peers' outputs do not change between our builds).
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

const PeerCache = z.record(z.string(), z.record(z.string(), z.string()));
export type PeerCache = z.infer<typeof PeerCache>;

/** The cache in `file`, checked; an empty one when there is no such file. */
export function readPeerCache(file: string): PeerCache {
  return existsSync(file) ? PeerCache.parse(JSON.parse(readFileSync(file, 'utf8'))) : {};
}
