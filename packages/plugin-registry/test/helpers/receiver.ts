/**
 * A local HTTP receiver standing in for a webhook or Segment's HTTP API: records every request
 * body and answers with the status (and delay) the test sets.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A received request. */
export interface Received {
  readonly path: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: unknown;
}

/** A running receiver. */
export interface Receiver {
  readonly url: string;
  /** Requests answered with 2xx. */
  readonly accepted: Received[];
  /** Every request, whatever the answer. */
  readonly all: Received[];
  /** Status of the next answers (default 200), an optional delay, and headers. */
  respond(status: number, options?: { delayMs?: number; headers?: Record<string, string> }): void;
  close(): Promise<void>;
}

/** Starts a receiver on 127.0.0.1 port 0. */
export async function startReceiver(): Promise<Receiver> {
  let status = 200;
  let delayMs = 0;
  let headers: Record<string, string> = {};
  const accepted: Received[] = [];
  const all: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const received = { path: req.url ?? '/', headers: req.headers, body: text === '' ? undefined : JSON.parse(text) };
      const answer = () => {
        if (res.destroyed) return;
        all.push(received);
        if (status < 300) accepted.push(received);
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(status < 300 ? '{"success":true}' : '{"success":false}');
      };
      if (delayMs > 0) setTimeout(answer, delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accepted,
    all,
    respond(next, options = {}) {
      status = next;
      delayMs = options.delayMs ?? 0;
      headers = options.headers ?? {};
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
