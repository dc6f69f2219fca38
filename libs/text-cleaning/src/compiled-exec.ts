/*
 * V8 runs a pattern's first match in its bytecode interpreter and compiles native code on the next one, except
 * for a subject of 1,000 characters or more, which it matches with native code at once. For a large pattern full
 * of Unicode classes, the interpreter's step on a two-byte text (the bytecode of every class's ranges, then its
 * peephole pass) costs far more than the native compilation: the dateline patterns took 25-55 ms of CPU each that
 * way, once per process, against 8-10 ms compiled at once. Matches are the same either way; another engine or V8
 * version would only lose the saving.
 */

/** Two-byte (U+2013) and long enough for V8 to compile the pattern's two-byte code at once. */
const LONG_TWO_BYTE_TEXT = '\u2013'.repeat(1000);

/**
 * `pattern.exec`, whose first call matches a long two-byte text first (result dropped) so that V8 compiles the
 * pattern instead of interpreting it once. For large patterns only; not for global or sticky ones (`lastIndex`).
 */
export function compiledExec(pattern: RegExp): (text: string) => RegExpExecArray | null {
  if (pattern.global || pattern.sticky) throw new Error(`compiledExec: ${pattern.flags} pattern`);
  let compiled = false;
  return (text) => {
    if (!compiled) {
      pattern.exec(LONG_TWO_BYTE_TEXT);
      compiled = true;
    }
    return pattern.exec(text);
  };
}
