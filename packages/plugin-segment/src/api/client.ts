import { isObject } from '../json.js';
import { SegmentApiError } from './errors.js';
import { type ApiRequest, callApi, type TransportOptions } from './transport.js';
import type { Rule, RuleId, RuleInput, TrackingPlan } from './types.js';

/** Reports how far a paginated read has got (`totalEntries` when the API sent it). */
export type PageProgress = (done: number, total: number | undefined) => void;

/**
 * The Tracking Plans part of Segment's Public API (`api.segmentapis.com`): every list call
 * follows the `pagination.next` cursor to the last page (Python Reflekt read the first 200 only).
 */
export class SegmentClient {
  constructor(
    private readonly transport: TransportOptions,
    /** Items per page, at most 200 so that both the 2022 and the current API accept it. */
    private readonly pageSize = 200,
  ) {}

  /** Every tracking plan of the workspace. */
  async listTrackingPlans(progress?: PageProgress): Promise<TrackingPlan[]> {
    return this.#paginate('/tracking-plans', 'trackingPlans', isTrackingPlan, progress);
  }

  /** One tracking plan; a wrong id fails with a `not-found` {@link SegmentApiError}. */
  async getTrackingPlan(id: string): Promise<TrackingPlan> {
    const data = await this.#call({ method: 'GET', path: `/tracking-plans/${encodeURIComponent(id)}` });
    return this.#plan(data, 'GET', id);
  }

  /** Creates a plan (`POST /tracking-plans`). */
  async createTrackingPlan(input: { name: string; type: string; description?: string }): Promise<TrackingPlan> {
    const data = await this.#call({ method: 'POST', path: '/tracking-plans', body: input });
    return this.#plan(data, 'POST', '');
  }

  /** Every rule of a plan, all versions and types. */
  async listRules(planId: string, progress?: PageProgress): Promise<Rule[]> {
    return this.#paginate(`/tracking-plans/${encodeURIComponent(planId)}/rules`, 'rules', isRule, progress);
  }

  /** Replaces all rules of a plan (`PUT …/rules`): rules left out are removed. */
  async replaceRules(planId: string, rules: readonly RuleInput[]): Promise<void> {
    await this.#call({ method: 'PUT', path: `/tracking-plans/${encodeURIComponent(planId)}/rules`, body: { rules } });
  }

  /** Adds or updates rules matched by (type, key, version) (`PATCH …/rules`). */
  async upsertRules(planId: string, rules: readonly RuleInput[]): Promise<void> {
    await this.#call({ method: 'PATCH', path: `/tracking-plans/${encodeURIComponent(planId)}/rules`, body: { rules } });
  }

  /** Removes rules (`DELETE …/rules?rules.0.type=…&rules.0.key=…&rules.0.version=…`, the documented form). */
  async removeRules(planId: string, rules: readonly RuleId[]): Promise<void> {
    const query = new URLSearchParams();
    rules.forEach((rule, i) => {
      query.append(`rules.${i}.type`, rule.type);
      if (rule.key !== undefined) query.append(`rules.${i}.key`, rule.key);
      query.append(`rules.${i}.version`, String(rule.version));
    });
    await this.#call({ method: 'DELETE', path: `/tracking-plans/${encodeURIComponent(planId)}/rules`, query });
  }

  #call(request: ApiRequest): Promise<Record<string, unknown>> {
    return callApi(this.transport, request);
  }

  #plan(data: Record<string, unknown>, method: string, id: string): TrackingPlan {
    if (isTrackingPlan(data.trackingPlan)) return data.trackingPlan;
    throw new SegmentApiError('invalid-response', method, `/tracking-plans/${id}`, 200, [], 'the answer has no `trackingPlan`');
  }

  async #paginate<T>(path: string, field: string, accept: (item: unknown) => item is T, progress?: PageProgress): Promise<T[]> {
    const items: T[] = [];
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (;;) {
      const query = new URLSearchParams({ 'pagination.count': String(this.pageSize) });
      if (cursor !== undefined) query.set('pagination.cursor', cursor);
      const data = await this.#call({ method: 'GET', path, query });
      const page = data[field];
      if (!Array.isArray(page) || !page.every(accept)) {
        throw new SegmentApiError('invalid-response', 'GET', path, 200, [], `\`${field}\` is not a list of the expected objects`);
      }
      items.push(...page);
      const pagination = isObject(data.pagination) ? data.pagination : {};
      const total = typeof pagination.totalEntries === 'number' ? pagination.totalEntries : undefined;
      progress?.(items.length, total);
      const next = pagination.next;
      if (typeof next !== 'string' || next === '') return items;
      // A server that hands out the same cursor twice would loop forever.
      if (seen.has(next)) throw new SegmentApiError('invalid-response', 'GET', path, 200, [], `the cursor \`${next}\` came back twice`);
      seen.add(next);
      cursor = next;
    }
  }
}

function isTrackingPlan(value: unknown): value is TrackingPlan {
  return isObject(value) && typeof value.id === 'string' && typeof value.type === 'string';
}

function isRule(value: unknown): value is Rule {
  return isObject(value) && typeof value.type === 'string' && typeof value.version === 'number' && 'jsonSchema' in value;
}
