export * from './topics.js';
export * from './validation.js';
export * from './releases.js';
export * from './dead-letter.js';
export * from './kafka-access.js';
export * from './json-string-span.js';
export * from './json-with-field.js';
