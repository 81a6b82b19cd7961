import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from '../runtime/index.js';
import type { RegistryRequest, RegistryResponse } from '../runtime/types.js';

const EMPTY = new Uint8Array(0);

function send(res: ServerResponse, response: RegistryResponse): void {
  res.writeHead(response.status, response.headers);
  res.end(response.body);
}

/** Answers 400 without reading the body, and closes the connection so the rest is never read. */
function refuseTooLarge(registry: Registry, req: IncomingMessage, res: ServerResponse, origin: string | undefined): void {
  res.shouldKeepAlive = false;
  const body = JSON.stringify({
    success: false,
    code: 'body_too_large',
    message: `The request body is larger than ${registry.limits.maxBatchBytes} bytes; send smaller batches.`,
  });
  res.writeHead(400, {
    'content-type': 'application/json',
    connection: 'close',
    'access-control-allow-origin': origin ?? '*',
    vary: 'Origin',
  });
  res.end(body, () => req.destroy());
}

/**
 * The `node:http` request listener for a registry: reads the body (refusing more than the
 * batch limit, by `content-length` before reading a byte and by counting while reading), turns
 * the request into a {@link RegistryRequest} and writes the answer.
 */
export function registryListener(registry: Registry): (req: IncomingMessage, res: ServerResponse) => void {
  const limit = registry.limits.maxBatchBytes;
  return (req, res) => {
    const receivedAt = Date.now();
    const origin = req.headers.origin;
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) return refuseTooLarge(registry, req, res, origin);
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        refuseTooLarge(registry, req, res, origin);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      const body = chunks.length === 0 ? EMPTY : chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
      const request: RegistryRequest = {
        method: req.method ?? 'GET',
        path,
        // Node lower-cases header names and joins repeated ones (except set-cookie, never read here).
        headers: req.headers as Record<string, string | undefined>,
        body,
        receivedAt,
      };
      registry.handle(request).then(
        (response) => send(res, response),
        // handle() never rejects; this is a last guard so a bug cannot leave a socket hanging.
        (error: Error) =>
          send(res, {
            status: 500,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ success: false, code: 'internal_error', message: error.message }),
          }),
      );
    });
    req.on('error', () => {
      refused = true;
    });
  };
}
