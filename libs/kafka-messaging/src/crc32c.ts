import { createRequire, Module } from 'node:module';

/**
 * CRC-32C (Castagnoli) of a buffer, read eight bytes at a time through eight tables ("slicing by 8"): the same
 * value as kafkajs's own, which looks up one table per byte and costs about three times as much CPU (2.4 against
 * 0.8 ms per MiB). Every produce request's record batch carries one over its whole body.
 */
export function crc32c(buffer: Uint8Array): number {
  const length = buffer.length;
  const whole = length - (length & 7);
  let crc = -1;
  let at = 0;
  for (; at < whole; at += 8) {
    const word = crc ^ (buffer[at]! | (buffer[at + 1]! << 8) | (buffer[at + 2]! << 16) | (buffer[at + 3]! << 24));
    crc =
      TABLES[1792 + (word & 0xff)]! ^
      TABLES[1536 + ((word >>> 8) & 0xff)]! ^
      TABLES[1280 + ((word >>> 16) & 0xff)]! ^
      TABLES[1024 + (word >>> 24)]! ^
      TABLES[768 + buffer[at + 4]!]! ^
      TABLES[512 + buffer[at + 5]!]! ^
      TABLES[256 + buffer[at + 6]!]! ^
      TABLES[buffer[at + 7]!]!;
  }
  for (; at < length; at++) crc = TABLES[(crc ^ buffer[at]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** Table k holds the CRC of a byte followed by k zero bytes (reflected polynomial 0x82f63b78). */
const TABLES = (() => {
  const tables = new Int32Array(256 * 8);
  for (let byte = 0; byte < 256; byte++) {
    let crc = byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
    tables[byte] = crc;
  }
  for (let k = 1; k < 8; k++)
    for (let byte = 0; byte < 256; byte++) {
      const previous = tables[(k - 1) * 256 + byte]!;
      tables[k * 256 + byte] = (previous >>> 8) ^ tables[previous & 0xff]!;
    }
  return tables;
})();

const require = createRequire(import.meta.url);
/** The module of kafkajs 2.x that every record batch it encodes takes its checksum from. */
const KAFKAJS_CRC32C = 'kafkajs/src/protocol/recordBatch/crc32C/index.js';
const KAFKAJS_RECORD_BATCH = 'kafkajs/src/protocol/recordBatch/v0/index.js';

/**
 * Makes kafkajs checksum its record batches with crc32c above. kafkajs loads its record batch encoder on the first
 * produce or fetch, and that encoder takes the checksum function from the module cache: the entry placed here
 * first is the one it gets. Returns false (kafkajs keeps its own, same values) when the encoder is already
 * loaded or the module is not where kafkajs 2.x keeps it.
 */
export function useFastCrc32c(): boolean {
  let path: string;
  try {
    path = require.resolve(KAFKAJS_CRC32C);
    if (require.cache[require.resolve(KAFKAJS_RECORD_BATCH)] !== undefined) return require.cache[path]?.exports === crc32c;
  } catch {
    return false;
  }
  const module = new Module(path);
  module.filename = path;
  module.loaded = true;
  module.exports = crc32c;
  require.cache[path] = module;
  return true;
}
