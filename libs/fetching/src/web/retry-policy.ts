/** `Retry-After` as delta-seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Server errors and rate limits are worth another try; other 4xx are the answer. */
export const isRetryableStatus = (status: number): boolean =>
  status === 429 || status === 408 || (status >= 500 && status <= 599 && status !== 501);
