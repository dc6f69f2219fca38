import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GroupOffsets, PartitionEndOffsets } from '@presswatch/kafka-messaging';
import { renderLagMetrics } from './monitor-metrics.js';

export interface OffsetsSource {
  read(): Promise<{ topics: PartitionEndOffsets[]; groups: GroupOffsets[] }>;
}

/**
 * The lag exporter's HTTP side: GET /metrics reads Kafka on each scrape (offsets as of the scrape time, so
 * rate() windows line up with Prometheus' own timestamps), GET /health/live answers without Kafka and
 * GET /health/ready only when Kafka answered. Concurrent scrapes share one reading. A failed reading is a
 * 503, so Prometheus marks the target down (`up == 0`) instead of keeping stale offsets.
 */
export class LagExporter {
  private inFlight: Promise<string> | undefined;
  private server: Server | undefined;

  constructor(
    private readonly source: OffsetsSource,
    private readonly onError: (error: unknown) => void,
  ) {}

  scrape(): Promise<string> {
    this.inFlight ??= (async () => {
      const began = performance.now();
      try {
        const { topics, groups } = await this.source.read();
        return renderLagMetrics({ topics, groups, readSeconds: (performance.now() - began) / 1000 });
      } finally {
        this.inFlight = undefined;
      }
    })();
    return this.inFlight;
  }

  async listen(port: number, host: string): Promise<string> {
    const server = createServer((request, response) => {
      const path = (request.url ?? '/').split('?')[0];
      const reply = (status: number, body: string, type = 'text/plain; charset=utf-8') =>
        response.writeHead(status, { 'content-type': type }).end(body);
      if (request.method !== 'GET') return reply(405, 'GET only\n');
      if (path === '/health/live') return reply(200, 'ok\n');
      if (path !== '/metrics' && path !== '/health/ready') return reply(404, 'not found: /metrics, /health/live, /health/ready\n');
      this.scrape().then(
        (text) => (path === '/metrics' ? reply(200, text, 'text/plain; version=0.0.4; charset=utf-8') : reply(200, 'ok\n')),
        (error: unknown) => {
          this.onError(error);
          reply(503, `cannot read Kafka: ${error instanceof Error ? error.message : String(error)}\n`);
        },
      );
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const address = server.address() as AddressInfo;
    return `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
