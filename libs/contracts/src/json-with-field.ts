/** A value's JSON text in three parts: before the field's value, the value's JSON text as bytes, after it. */
export type JsonParts = [head: string, field: Buffer, tail: string];

/** Where the outermost object's `marker` (a key and its empty string value) starts in a JSON text, or -1. */
function topLevelKeyAt(text: string, marker: string): number {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22) {
      if (depth === 1 && text.startsWith(marker, at)) return at;
      // Skip the string: inside one, every quote is escaped, and so is every backslash.
      for (at++; at < text.length; at++) {
        const inner = text.charCodeAt(at);
        if (inner === 0x5c) at++;
        else if (inner === 0x22) break;
      }
    } else if (code === 0x7b || code === 0x5b) depth++;
    else if (code === 0x7d || code === 0x5d) depth--;
  }
  return -1;
}

/**
 * `JSON.stringify(value)` as parts, the top-level string field `key` written as `fieldJson`: the caller's
 * `JSON.stringify(value[key])` as UTF-8 bytes, typically copied from the message the value was parsed from
 * (`stringifiedStringField`), so a large string is neither serialised nor encoded again. The rest is serialised
 * with the field empty. Null when `value[key]` is not a string or its key cannot be placed (then stringify it whole).
 * `key` must be a plain key (nothing `JSON.stringify` would escape).
 */
export function stringifyWithField<T extends object>(value: T, key: keyof T & string, fieldJson: Buffer): JsonParts | null {
  if (typeof value[key] !== 'string') return null;
  const rest = JSON.stringify({ ...value, [key]: '' });
  const marker = `"${key}":""`;
  const found = topLevelKeyAt(rest, marker);
  if (found < 0) return null;
  const at = found + marker.length - 2;
  return [rest.slice(0, at), fieldJson, rest.slice(at + 2)];
}

/** The parts' UTF-8 bytes, written into one buffer of exact size. */
export function jsonPartsBytes(parts: JsonParts): Buffer {
  const [head, field, tail] = parts;
  const headBytes = Buffer.byteLength(head, 'utf8');
  const bytes = Buffer.allocUnsafe(headBytes + field.length + Buffer.byteLength(tail, 'utf8'));
  bytes.write(head, 0, 'utf8');
  field.copy(bytes, headBytes);
  bytes.write(tail, headBytes + field.length, 'utf8');
  return bytes;
}
