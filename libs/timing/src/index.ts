export { backoffDelayMs, sleep } from './backoff.js';
