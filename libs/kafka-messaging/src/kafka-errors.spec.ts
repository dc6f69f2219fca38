import { test } from 'node:test';
import assert from 'node:assert/strict';
import { membershipLost, messageRefused } from './kafka-errors.js';

/** The shapes kafkajs produces: a protocol error, wrapped by its retrier in a non-retriable error. */
function protocol(type: string): Error {
  return Object.assign(new Error(`protocol ${type}`), { name: 'KafkaJSProtocolError', type });
}
const wrapped = (inner: Error): Error => Object.assign(new Error(inner.message, { cause: inner }), { name: 'KafkaJSNonRetriableError' });

test('membership loss is found through the wrappers and the protocol error itself is returned', () => {
  for (const type of ['UNKNOWN_MEMBER_ID', 'REBALANCE_IN_PROGRESS', 'ILLEGAL_GENERATION']) {
    const inner = protocol(type);
    assert.equal(membershipLost(wrapped(inner)), inner, type);
    assert.equal(membershipLost(inner), inner, type);
  }
  assert.equal(membershipLost(wrapped(protocol('LEADER_NOT_AVAILABLE'))), undefined);
  assert.equal(membershipLost(new Error('Connection error: ECONNREFUSED')), undefined);
  assert.equal(membershipLost('not an error'), undefined);
});

test('size and format refusals are permanent, outages are not', () => {
  assert.equal(messageRefused(wrapped(protocol('MESSAGE_TOO_LARGE'))), true);
  assert.equal(messageRefused(protocol('RECORD_LIST_TOO_LARGE')), true);
  assert.equal(messageRefused(wrapped(protocol('NOT_LEADER_FOR_PARTITION'))), false);
  assert.equal(messageRefused(new Error('KafkaJSConnectionError: Connection timeout')), false);
});
