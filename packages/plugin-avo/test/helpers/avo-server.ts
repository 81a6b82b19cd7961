import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Avo's export API, built from the stored API description
 * (`fixtures/spec/avo-public-api.json`): the route, method and auth scheme of the
 * `exportTrackingPlan` operation come from there, responses are the payloads registered per
 * workspace and branch (the spec's examples or fixtures of the same shape). Every request is
 * checked against the spec; what does not conform is recorded in `violations` and answered
 * with the status the spec suggests. Faults (429, 5xx, dropped connections) can be queued, and
 * the soft rate limit can be enforced.
 */

const SPEC_DIR = new URL('../fixtures/spec/', import.meta.url);

interface SpecEndpoint {
  readonly op: string;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, unknown>>;
}

interface Spec {
  readonly auth: { readonly scheme: string };
  readonly endpoints: readonly SpecEndpoint[];
}

/** The stored API description. */
export const SPEC = JSON.parse(readFileSync(new URL('avo-public-api.json', SPEC_DIR), 'utf8')) as Spec;

/** A payload from the spec's `examples/` folder, parsed. */
export function specExample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(name, SPEC_DIR), 'utf8')) as Record<string, unknown>;
}

/** A fixture from `fixtures/`, parsed. */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** An answer queued ahead of the normal ones: a status with headers and body, or a dropped connection. */
export type Fault =
  | { readonly status: number; readonly headers?: Record<string, string>; readonly body?: string }
  | { readonly drop: true };

/** One request as the server saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly account?: string;
  readonly at: number;
  readonly status: number;
}

export interface AvoServerOptions {
  readonly accountName: string;
  readonly accountSecret: string;
  /** workspace id → branch id → payload. */
  readonly plans: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Answer 429 (`Retry-After: 1`) to an account's request sooner than this after its previous one. */
  readonly minIntervalMs?: number;
}

export interface AvoServer {
  readonly baseUrl: string;
  readonly requests: readonly SeenRequest[];
  /** Requests that did not conform to the spec (wrong method, path, query or auth scheme). */
  readonly violations: readonly string[];
  inject(...faults: Fault[]): void;
  close(): Promise<void>;
}

function routeOf(spec: Spec): { method: string; pattern: RegExp; names: string[]; query: string[] } {
  const endpoint = spec.endpoints.find((e) => e.op === 'exportTrackingPlan');
  if (!endpoint) throw new Error('the spec has no exportTrackingPlan operation');
  const names: string[] = [];
  const source = endpoint.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method: endpoint.method, pattern: new RegExp(`^${source}$`), names, query: Object.keys(endpoint.query) };
}

/** Starts the server on 127.0.0.1, on a free port. */
export async function startAvoServer(options: AvoServerOptions): Promise<AvoServer> {
  const route = routeOf(SPEC);
  if (SPEC.auth.scheme !== 'HTTP Basic') throw new Error(`unexpected auth scheme in the spec: ${SPEC.auth.scheme}`);
  const requests: SeenRequest[] = [];
  const violations: string[] = [];
  const faults: Fault[] = [];
  const lastSeen = new Map<string, number>();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const at = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}, account?: string) => {
      requests.push({ method: req.method ?? '', url: url.pathname + url.search, at, status, ...(account !== undefined && { account }) });
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    const violation = (status: number, detail: string) => {
      violations.push(`${req.method} ${url.pathname}: ${detail}`);
      send(status, { message: detail });
    };

    const match = route.pattern.exec(url.pathname);
    if (!match) return violation(404, 'no such route in the spec');
    if (req.method !== route.method) return violation(405, `the spec allows ${route.method} only`);
    const extra = [...url.searchParams.keys()].filter((k) => !route.query.includes(k));
    if (extra.length > 0) return violation(400, `query parameters not in the spec: ${extra.join(', ')}`);
    const header = req.headers.authorization ?? '';
    const basic = /^Basic ([A-Za-z0-9+/]+={0,2})$/.exec(header);
    if (!basic?.[1]) return violation(401, 'the spec requires HTTP Basic authorization');
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return violation(401, 'Basic credentials without `:`');
    const account = decoded.slice(0, colon);

    const fault = faults.shift();
    if (fault && 'drop' in fault) {
      requests.push({ method: req.method ?? '', url: url.pathname, at, status: 0, account });
      req.socket.destroy();
      return;
    }
    if (fault) return send(fault.status, fault.body ?? '', fault.headers ?? {}, account);

    const previous = lastSeen.get(account);
    lastSeen.set(account, at);
    if (options.minIntervalMs !== undefined && previous !== undefined && at - previous < options.minIntervalMs) {
      return send(429, { message: 'Too many requests' }, { 'retry-after': '1' }, account);
    }
    if (account !== options.accountName || decoded.slice(colon + 1) !== options.accountSecret) {
      return send(401, { message: 'Invalid service account credentials' }, {}, account);
    }
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
    const plan = options.plans[params.workspaceId ?? '']?.[params.branchId ?? ''];
    if (plan === undefined) return send(404, { message: 'Workspace or branch not found' }, {}, account);
    send(200, plan, {}, account);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    violations,
    inject: (...more) => faults.push(...more),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
