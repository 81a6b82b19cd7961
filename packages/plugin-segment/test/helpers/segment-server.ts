import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { coerce, deepObjectParams, examples, type Json, requestProblems, responseProblem, route, type SeenRequest } from './openapi.js';

/**
 * A local stand-in for Segment's Public API (tracking plans), built from the stored OpenAPI
 * document: every request is routed by the document's paths, its parameters and body are
 * validated against the document's schemas with Ajv (a mismatch answers 422 and is recorded in
 * `violations`, so a test fails on it), every answer is validated against the documented 200
 * schema, and state is kept so that a push followed by a pull round-trips. Lists paginate with
 * base64 offset cursors; faults (429 with Retry-After, 5xx, 401, 404, 422) can be queued.
 */

/** A fault answered instead of the real response. */
export interface Fault {
  readonly status: number;
  /** Seconds, sent as `Retry-After`. */
  readonly retryAfter?: number;
  /** Only requests this accepts get the fault. */
  readonly when?: (request: SeenRequest) => boolean;
  /** Body to send; the documented example envelope for the status by default. */
  readonly body?: unknown;
}

/** A stored rule (RuleV1). */
export interface StoredRule {
  type: string;
  key?: string;
  version: number;
  jsonSchema: unknown;
  createdAt: string;
  updatedAt: string;
  deprecatedAt: string;
}

/** A stored plan (TrackingPlanV1). */
export interface StoredPlan {
  id: string;
  name: string;
  slug: string;
  description: string;
  type: string;
  createdAt: string;
  updatedAt: string;
}

const nowIso = () => new Date().toISOString();
const encodeCursor = (offset: number) => Buffer.from(String(offset)).toString('base64');
const decodeCursor = (cursor: string) => Number(Buffer.from(cursor, 'base64').toString('utf8'));

/** The fixture server; `url` is its base URL on 127.0.0.1. */
export class SegmentServer {
  readonly plans = new Map<string, StoredPlan>();
  readonly rules = new Map<string, StoredRule[]>();
  readonly requests: SeenRequest[] = [];
  /** Requests that did not match the OpenAPI document (a test should expect none). */
  readonly violations: string[] = [];
  readonly faults: Fault[] = [];
  /** Largest page the server hands out, whatever the client asks (forces pagination). */
  pageLimit = 1000;
  token = 'test-token';
  #server: Server | undefined;
  #nextId = 1;
  url = '';

  /** Starts listening on 127.0.0.1 and a free port. */
  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        this.violations.push(`server error: ${String(error)}`);
        this.#send(res, 500, { errors: [{ type: 'InternalError', message: String(error) }] });
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  /** Adds a plan (with the documented example's fields) and its rules; returns the plan. */
  addPlan(name: string, rules: readonly Partial<StoredRule>[] = [], id = `tp_fixture${this.#nextId++}`): StoredPlan {
    const example = examples.getTrackingPlan.response_200.data.trackingPlan as StoredPlan;
    const plan: StoredPlan = { ...example, id, name, slug: name.toLowerCase().replace(/\W+/g, '-'), description: '' };
    this.plans.set(id, plan);
    this.rules.set(
      id,
      rules.map((r) => this.#stored(r)),
    );
    return plan;
  }

  /** Queues faults, answered in order to the requests they match. */
  inject(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  /** Requests other than the listing reads (what a push changed). */
  get writes(): SeenRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  #stored(rule: Partial<StoredRule>): StoredRule {
    const at = nowIso();
    return {
      type: rule.type ?? 'TRACK',
      ...(rule.key !== undefined && { key: rule.key }),
      version: rule.version ?? 1,
      jsonSchema: rule.jsonSchema ?? {},
      createdAt: rule.createdAt ?? at,
      updatedAt: rule.updatedAt ?? at,
      deprecatedAt: rule.deprecatedAt ?? '0001-01-01T00:00:00.000Z',
    };
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        this.violations.push(`${req.method} ${url.pathname}: body is not JSON`);
        return this.#send(res, 400, { errors: [{ type: 'BadRequest', message: 'body is not JSON' }] });
      }
    }
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
    };
    this.requests.push(seen);

    const faultIndex = this.faults.findIndex((f) => !f.when || f.when(seen));
    const fault = faultIndex >= 0 ? this.faults.splice(faultIndex, 1)[0] : undefined;
    if (fault) return this.#fault(res, fault);
    if (req.headers.authorization !== `Bearer ${this.token}`) return this.#send(res, 401, examples.errors['401_missing_or_bad_token'].body);

    const found = route(seen.method, seen.path);
    if (!found) return this.#send(res, 404, examples.errors['404'].body);
    const problems = requestProblems(found.op, seen);
    if (problems.length > 0) {
      this.violations.push(`${seen.method} ${seen.path}: ${problems.join('; ')}`);
      return this.#send(res, 422, { errors: problems.map((message) => ({ type: 'input-validation', message })) });
    }
    const answer = this.#operate(found.op.operationId, found.params, seen);
    const wrongAnswer = answer.status === 200 ? responseProblem(found.op, seen, answer.body) : undefined;
    if (wrongAnswer) this.violations.push(wrongAnswer);
    this.#send(res, answer.status, answer.body);
  }

  #fault(res: ServerResponse, fault: Fault): void {
    const documented: Record<number, unknown> = {
      401: examples.errors['401_missing_or_bad_token'].body,
      404: examples.errors['404'].body,
      422: examples.errors['422_field_example'].body,
      429: examples.errors['429'].body,
    };
    const body = fault.body ?? documented[fault.status] ?? { errors: [{ type: 'InternalServerError', message: 'Internal server error' }] };
    const headers: Record<string, string> =
      fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter), 'x-ratelimit-remaining': '0' } : {};
    this.#send(res, fault.status, body, headers);
  }

  #operate(operation: string, params: Record<string, string>, seen: SeenRequest): { status: number; body: unknown } {
    const ok = (data: unknown) => ({ status: 200, body: { data } });
    const notFound = { status: 404, body: examples.errors['404'].body };
    const planId = params.trackingPlanId ?? '';
    const plan = this.plans.get(planId);
    const body = (seen.body ?? {}) as Json;
    switch (operation) {
      case 'getWorkspace':
        return ok(examples.getWorkspace.response_200.data);
      case 'listTrackingPlans':
        return ok(this.#page([...this.plans.values()], 'trackingPlans', seen.query));
      case 'createTrackingPlan': {
        const created = this.addPlan(String(body.name), [], `tp_created${this.#nextId++}`);
        created.type = String(body.type);
        if (typeof body.description === 'string') created.description = body.description;
        return ok({ trackingPlan: created });
      }
      case 'getTrackingPlan':
        return plan ? ok({ trackingPlan: plan }) : notFound;
      case 'deleteTrackingPlan':
        if (!plan) return notFound;
        this.plans.delete(planId);
        return ok({ status: 'SUCCESS' });
      case 'listRulesFromTrackingPlan':
        return plan ? ok(this.#page(this.rules.get(planId) ?? [], 'rules', seen.query)) : notFound;
      case 'replaceRulesInTrackingPlan':
        if (!plan) return notFound;
        this.rules.set(
          planId,
          (body.rules as Partial<StoredRule>[]).map((r) => this.#stored(r)),
        );
        return ok({ status: 'SUCCESS' });
      case 'updateRulesInTrackingPlan': {
        if (!plan) return notFound;
        const list = this.rules.get(planId) ?? [];
        for (const rule of body.rules as (Partial<StoredRule> & { newKey?: string })[]) {
          const at = list.findIndex((r) => r.type === rule.type && (r.key ?? '') === (rule.key ?? '') && r.version === rule.version);
          const stored = this.#stored({ ...rule, ...(rule.newKey !== undefined && { key: rule.newKey }) });
          if (at >= 0) list[at] = { ...stored, createdAt: list[at]?.createdAt ?? stored.createdAt };
          else list.push(stored);
        }
        this.rules.set(planId, list);
        return ok({ status: 'SUCCESS' });
      }
      case 'removeRulesFromTrackingPlan': {
        if (!plan) return notFound;
        const query = deepObjectParams(seen.query);
        const remove = (coerce(query.rules ?? body.rules, { type: 'array', items: { $ref: '#/components/schemas/RemoveRuleV1' } }) ??
          []) as StoredRule[];
        const kept = (this.rules.get(planId) ?? []).filter(
          (r) => !remove.some((x) => x.type === r.type && (x.key ?? '') === (r.key ?? '') && x.version === r.version),
        );
        this.rules.set(planId, kept);
        return ok({ status: 'SUCCESS' });
      }
      default:
        return { status: 404, body: examples.errors['404'].body };
    }
  }

  #page<T>(items: readonly T[], field: string, query: URLSearchParams): Json {
    const pagination = (deepObjectParams(query).pagination ?? {}) as Json;
    const count = Math.min(Number(pagination.count ?? 200), this.pageLimit);
    const offset = typeof pagination.cursor === 'string' ? decodeCursor(pagination.cursor) : 0;
    const next = offset + count < items.length ? encodeCursor(offset + count) : undefined;
    return {
      [field]: items.slice(offset, offset + count),
      pagination: {
        current: encodeCursor(offset),
        ...(next !== undefined && { next }),
        ...(offset > 0 && { previous: encodeCursor(Math.max(0, offset - count)) }),
        totalEntries: items.length,
      },
    };
  }

  #send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }
}

/** Starts a fixture server; stop it with `server.stop()`. */
export function startSegmentServer(): Promise<SegmentServer> {
  return new SegmentServer().start();
}
