import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importSavedObjects } from './dashboards.js';

/** A stand-in for the Dashboards import endpoint: checks the request the command sends (unit test). */
describe('dashboards import', () => {
  let server: Server;
  let url: string;
  const seen: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];

  before(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ path: request.url ?? '', headers: request.headers, body });
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ success: true, successCount: 2 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('posts the ndjson as a multipart file with overwrite and the osd-xsrf header', async () => {
    const ndjson = '{"type":"index-pattern","id":"a"}\n{"type":"search","id":"b"}\n';
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true;
    try {
      assert.equal(await importSavedObjects(url, ndjson), 0);
    } finally {
      process.stdout.write = original;
    }
    const request = seen[0]!;
    assert.equal(request.path, '/api/saved_objects/_import?overwrite=true');
    assert.equal(request.headers['osd-xsrf'], 'true');
    assert.match(request.headers['content-type'] ?? '', /^multipart\/form-data; boundary=/);
    assert.match(request.body, /name="file"; filename="presswatch.ndjson"/);
    assert.ok(request.body.includes(ndjson));
  });
});
