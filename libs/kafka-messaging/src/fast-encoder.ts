import { createRequire, Module } from 'node:module';

const require = createRequire(import.meta.url);

/** What this module uses of kafkajs 2.x's protocol encoder (`kafkajs/src/protocol/encoder.js`, untyped). */
interface KafkaEncoder {
  buf: Buffer;
  offset: number;
  ensureAvailable(length: number): void;
  writeVarInt(value: number): KafkaEncoder;
  writeInt8(value: number): KafkaEncoder;
  writeVarLong(value: number): KafkaEncoder;
  writeVarIntBytes(value: Buffer | string | null | undefined): KafkaEncoder;
  writeVarIntString(value: string): KafkaEncoder;
}
interface KafkaEncoderClass {
  new (initialSize?: number): KafkaEncoder;
  prototype: KafkaEncoder;
  nextPowerOfTwo(value: number): number;
  sizeOfVarInt(value: number): number;
  sizeOfVarLong(value: number): number;
  sizeOfVarIntBytes(value: Buffer | string | null | undefined): number;
}

type HeaderValue = Buffer | string | null;
export interface RecordInput {
  offsetDelta?: number;
  timestampDelta?: number;
  key: Buffer | string | null | undefined;
  value: Buffer | string | null | undefined;
  headers?: Record<string, HeaderValue | HeaderValue[]>;
}

/** Marks the record encoder placed here, so a second call can tell it is in place. */
const FAST = Symbol.for('presswatch.fastRecordEncoder');
const KAFKAJS_ENCODER = 'kafkajs/src/protocol/encoder.js';
const KAFKAJS_RECORD = 'kafkajs/src/protocol/recordBatch/record/v0/index.js';
const KAFKAJS_RECORD_BATCH = 'kafkajs/src/protocol/recordBatch/v0/index.js';

/**
 * A record as kafkajs 2.x's record/v0 encodes it, byte for byte, written into one buffer of its exact size:
 * kafkajs makes an encoder of 512 zeroed bytes per record and one per header, grows the record's to the next
 * power of two above its size (8 KiB zeroed for a ~4 KB release, the value copied) and copies each header's in.
 */
export function recordEncoder(Encoder: KafkaEncoderClass): (record: RecordInput) => KafkaEncoder {
  return ({ offsetDelta = 0, timestampDelta = 0, key, value, headers = {} }) => {
    const headerList: { key: string; value: HeaderValue }[] = [];
    for (const name of Object.keys(headers)) {
      const entry = headers[name]!;
      if (Array.isArray(entry)) for (const item of entry) headerList.push({ key: name, value: item });
      else headerList.push({ key: name, value: entry });
    }
    let headersSize = Encoder.sizeOfVarInt(headerList.length);
    for (const header of headerList) {
      const keySize = Buffer.byteLength(header.key);
      headersSize += Encoder.sizeOfVarInt(keySize) + keySize + Encoder.sizeOfVarIntBytes(header.value);
    }
    const bodySize =
      1 +
      Encoder.sizeOfVarLong(timestampDelta) +
      Encoder.sizeOfVarInt(offsetDelta) +
      Encoder.sizeOfVarIntBytes(key) +
      Encoder.sizeOfVarIntBytes(value) +
      headersSize;
    const encoder = new Encoder(0);
    encoder.buf = Buffer.allocUnsafe(Encoder.sizeOfVarInt(bodySize) + bodySize);
    encoder
      .writeVarInt(bodySize)
      .writeInt8(0)
      .writeVarLong(timestampDelta)
      .writeVarInt(offsetDelta)
      .writeVarIntBytes(key)
      .writeVarIntBytes(value)
      .writeVarInt(headerList.length);
    for (const header of headerList) encoder.writeVarIntString(header.key).writeVarIntBytes(header.value);
    return encoder;
  };
}

/** kafkajs's growth (the next power of two), without zero-filling the new buffer: only bytes written are read. */
function ensureAvailableUnzeroed(Encoder: KafkaEncoderClass): (this: KafkaEncoder, length: number) => void {
  return function ensureAvailable(this: KafkaEncoder, length: number): void {
    if (this.offset + length <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Encoder.nextPowerOfTwo(this.offset + length));
    this.buf.copy(grown, 0, 0, this.offset);
    this.buf = grown;
  };
}

/**
 * Makes kafkajs encode produce requests with fewer allocations and copies, same bytes: records are written
 * into one buffer of their exact size (placed in the module cache before kafkajs loads its record batch
 * encoder, as `useFastCrc32c` does), and its encoders grow without zero-filling. Returns false, leaving kafkajs
 * as it is, when its modules are not where kafkajs 2.x keeps them or the record batch encoder is already loaded.
 */
export function useFastEncoder(): boolean {
  let recordPath: string;
  let Encoder: KafkaEncoderClass;
  try {
    recordPath = require.resolve(KAFKAJS_RECORD);
    Encoder = require(KAFKAJS_ENCODER) as KafkaEncoderClass;
    if (require.cache[require.resolve(KAFKAJS_RECORD_BATCH)] !== undefined) return require.cache[recordPath]?.exports[FAST] === true;
  } catch {
    return false;
  }
  if (typeof Encoder.prototype.ensureAvailable !== 'function' || typeof Encoder.sizeOfVarIntBytes !== 'function') return false;
  Encoder.prototype.ensureAvailable = ensureAvailableUnzeroed(Encoder);
  const encode = Object.assign(recordEncoder(Encoder), { [FAST]: true });
  const module = new Module(recordPath);
  module.filename = recordPath;
  module.loaded = true;
  module.exports = encode;
  require.cache[recordPath] = module;
  return true;
}
