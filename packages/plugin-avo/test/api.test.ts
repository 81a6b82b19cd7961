import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AvoOptions, ENV_ACCOUNT_SECRET, type FetchFunction, fetchExport, resolveOptions } from '../src/index.js';
import { type AvoServer, specExample, startAvoServer } from './helpers/avo-server.js';
import { ACCOUNT, codes, ENV, FAST, makeProject, pullDirect, removeProjects } from './helpers/project.js';

const WORKSPACE = 'wsApi';

let server: AvoServer;
let dir: string;

beforeAll(async () => {
  server = await startAvoServer({
    accountName: ACCOUNT.name,
    accountSecret: ACCOUNT.secret,
    plans: { [WORKSPACE]: { main: specExample('export-response.docs.json') } },
  });
  dir = await makeProject({});
});

afterAll(async () => {
  await server.close();
  await removeProjects();
});

let seen = 0;
beforeEach(() => {
  seen = server.requests.length;
});

/** Requests the server saw during the current test. */
const requests = () => server.requests.slice(seen);

const options = (extra: Partial<AvoOptions> = {}): AvoOptions => ({ workspaceId: WORKSPACE, baseUrl: server.baseUrl, ...FAST, ...extra });

describe('export API client (through the plugin, against the local server)', () => {
  it('sends GET with Basic auth of the service account and nothing the spec does not list', async () => {
    const progress: string[] = [];
    const { outcome, diagnostics } = await pullDirect(dir, options(), {
      progress: (label, done, total) => progress.push(`${label} ${done}/${total}`),
    });
    expect(diagnostics).toEqual([]);
    expect([...outcome.schemas.keys()]).toEqual(['online_shop/my_event/1-0.json']);
    expect(progress).toEqual(['Fetching Avo branch main 0/1', 'Fetching Avo branch main 1/1', 'Converting Avo events 1/1']);
    expect(outcome.ownedFolders).toEqual(['online_shop']);
    expect(requests()).toMatchObject([{ method: 'GET', account: ACCOUNT.name, status: 200 }]);
    expect(server.violations).toEqual([]);
  });

  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    server.inject({ status: 429, headers: { 'retry-after': '1' }, body: '{"message":"Too many requests"}' });
    const lines: string[] = [];
    const started = Date.now();
    const { outcome, diagnostics } = await pullDirect(dir, options(), { log: (l) => lines.push(l) });
    expect(diagnostics).toEqual([]);
    expect(outcome.schemas.size).toBe(1);
    expect(requests().map((r) => r.status)).toEqual([429, 200]);
    const [first, second] = requests();
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(lines[0]).toBe('Avo answered HTTP 429; retry 1 of 3 in 1000 ms.');
  });

  it('retries 5xx and dropped connections with growing backoff', async () => {
    server.inject({ status: 503, body: 'upstream down' }, { drop: true }, { status: 500 });
    const { outcome, diagnostics } = await pullDirect(dir, options({ retryDelayMs: 40 }));
    expect(diagnostics).toEqual([]);
    expect(outcome.schemas.size).toBe(1);
    const seenRequests = requests();
    expect(seenRequests.map((r) => r.status)).toEqual([503, 0, 500, 200]);
    const gaps = seenRequests.slice(1).map((r, i) => r.at - (seenRequests[i]?.at ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(35);
    expect(gaps[2]).toBeGreaterThanOrEqual(150);
  });

  it('gives up after `retries` and says what Avo answered (RK5305, RK5304)', async () => {
    server.inject({ status: 502, body: '{"message":"Bad gateway"}' }, { status: 502, body: '{"message":"Bad gateway"}' });
    const failed = await pullDirect(dir, options({ retries: 1 }));
    expect(codes(failed.diagnostics)).toEqual(['RK5305']);
    expect(failed.diagnostics[0]?.message).toBe('Avo answered HTTP 502 after 2 attempts: Bad gateway.');
    expect(failed.outcome.schemas.size).toBe(0);
    expect(failed.outcome.ownedFolders).toEqual([]);

    server.inject({ status: 429 }, { status: 429 }, { status: 429 });
    const limited = await pullDirect(dir, options({ retries: 2 }));
    expect(codes(limited.diagnostics)).toEqual(['RK5304']);
    expect(
      requests()
        .slice(-3)
        .map((r) => r.status),
    ).toEqual([429, 429, 429]);
  });

  it.each([
    [401, 'RK5302', 'Avo refused the service account (HTTP 401): Invalid credentials.'],
    [403, 'RK5302', 'Avo refused the service account (HTTP 403): Invalid credentials.'],
    [404, 'RK5303', 'Avo knows no branch `main` (id `main`) in workspace `wsApi` (HTTP 404): Invalid credentials.'],
    [422, 'RK5312', 'Avo rejected the export request for branch `main` (HTTP 422): Invalid credentials.'],
  ])('does not retry HTTP %i and reports %s with what to do', async (status, code, message) => {
    server.inject({ status, body: '{"message":"Invalid credentials"}' });
    const { outcome, diagnostics } = await pullDirect(dir, options());
    expect(codes(diagnostics)).toEqual([code]);
    expect(diagnostics[0]?.message).toBe(message);
    expect(diagnostics[0]?.hint).toBeTruthy();
    expect(requests()).toHaveLength(1);
    expect(outcome.schemas.size).toBe(0);
  });

  it('reports wrong credentials from the server and unknown workspaces', async () => {
    const wrong = await pullDirect(dir, options(), { env: { ...ENV, [ENV_ACCOUNT_SECRET]: 'wrong' } });
    expect(codes(wrong.diagnostics)).toEqual(['RK5302']);
    const unknown = await pullDirect(dir, options({ workspaceId: 'nope' }));
    expect(codes(unknown.diagnostics)).toEqual(['RK5303']);
    expect(server.violations).toEqual([]);
  });

  it('reports an unreachable host after its retries (RK5306)', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { diagnostics } = await pullDirect(dir, options({ baseUrl: `http://127.0.0.1:${port}`, retries: 1 }));
    expect(codes(diagnostics)).toEqual(['RK5306']);
    expect(diagnostics[0]?.message).toMatch(/after 2 attempts: ECONNREFUSED/);
  });

  it('needs credentials and a workspace before calling out (RK5301, RK5311)', async () => {
    const noEnv = await pullDirect(dir, options(), { env: {} });
    expect(codes(noEnv.diagnostics)).toEqual(['RK5301']);
    expect(noEnv.diagnostics[0]?.message).toContain('AVO_SERVICE_ACCOUNT_NAME and AVO_SERVICE_ACCOUNT_SECRET');
    const noWorkspace = await pullDirect(dir, { baseUrl: server.baseUrl });
    expect(codes(noWorkspace.diagnostics)).toEqual(['RK5311']);
    expect(requests()).toEqual([]);
  });

  it('keeps requests of one service account apart, as Avo asks', async () => {
    const strict = await startAvoServer({
      accountName: ACCOUNT.name,
      accountSecret: ACCOUNT.secret,
      plans: { [WORKSPACE]: { main: specExample('export-response.docs.json') } },
      minIntervalMs: 300,
    });
    const call = (minIntervalMs: number) =>
      fetchExport({
        ...resolveOptions(options({ baseUrl: strict.baseUrl, retries: 0, minIntervalMs })),
        workspaceId: WORKSPACE,
        branchId: 'main',
        accountName: ACCOUNT.name,
        accountSecret: ACCOUNT.secret,
        signal: new AbortController().signal,
      });
    try {
      // Spaced with a margin over the server's limit (the default keeps 1100 ms over Avo's 1/s),
      // so connection set-up time cannot bring two arrivals under it.
      const spaced = await Promise.all([call(600), call(600), call(600)]);
      expect(spaced.map((r) => r.ok)).toEqual([true, true, true]);
      expect(strict.requests.map((r) => r.status)).toEqual([200, 200, 200]);
      const [a, b, c] = strict.requests.map((r) => r.at);
      expect((b ?? 0) - (a ?? 0)).toBeGreaterThanOrEqual(300);
      expect((c ?? 0) - (b ?? 0)).toBeGreaterThanOrEqual(300);

      // Unspaced, the server's soft limit answers 429, which a run without retries reports.
      const eager = await Promise.all([call(0), call(0)]);
      expect(eager.map((r) => (r.ok ? 'ok' : r.failure.kind)).sort()).toEqual(['ok', 'rate-limited']);
    } finally {
      await strict.close();
    }
  });

  it('stops waiting when the command is stopped, and says so', async () => {
    server.inject({ status: 429, headers: { 'retry-after': '30' } });
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 150);
    const started = Date.now();
    const { diagnostics, outcome } = await pullDirect(dir, options({ maxRetryDelayMs: 60_000 }), { signal: stop.signal });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(codes(diagnostics)).toEqual(['RK5306']);
    expect(diagnostics[0]?.message).toContain('the command was stopped');
    expect(outcome.schemas.size).toBe(0);
  });

  it('uses the injected fetch', async () => {
    const urls: string[] = [];
    const counting: FetchFunction = (input, init) => {
      urls.push(input);
      return fetch(input, init);
    };
    const { diagnostics } = await pullDirect(dir, options({ fetch: counting }));
    expect(diagnostics).toEqual([]);
    expect(urls).toEqual([`${server.baseUrl}/workspaces/${WORKSPACE}/branches/main/export/v1`]);
  });
});
