import type { z } from 'zod';

/** A message or document that does not satisfy its contract; the message says which fields and why. */
export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
  constructor(
    readonly contract: string,
    readonly issues: string[],
  ) {
    super(`${contract} is invalid: ${issues.join('; ')}`);
  }
}

/** Builds a parser that returns the typed value or throws a ContractViolation listing every issue. */
export function parserFor<S extends z.ZodType>(contract: string, schema: S): (value: unknown) => z.infer<S> {
  return (value: unknown) => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    throw new ContractViolation(
      contract,
      result.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  };
}

/** Parses a Kafka message value (JSON text) against a contract. */
export function parseJsonMessage<T>(contract: string, raw: Buffer | string | null, parse: (value: unknown) => T): T {
  if (raw === null) throw new ContractViolation(contract, ['message has no value']);
  let value: unknown;
  try {
    value = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
  } catch (error) {
    throw new ContractViolation(contract, [`value is not JSON (${(error as Error).message})`]);
  }
  return parse(value);
}
