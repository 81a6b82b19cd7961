/** The rule types of Segment's Public API (`RuleV1.type`). */
export type RuleType = 'COMMON' | 'GROUP' | 'IDENTIFY' | 'PAGE' | 'SCREEN' | 'TRACK';

/** Every rule type, in the API's order. */
export const RULE_TYPES: readonly RuleType[] = ['COMMON', 'GROUP', 'IDENTIFY', 'PAGE', 'SCREEN', 'TRACK'];

/** A tracking plan as the API returns it (`TrackingPlanV1`). */
export interface TrackingPlan {
  readonly id: string;
  readonly name?: string;
  readonly slug?: string;
  readonly description?: string;
  /** `LIVE`, `TEMPLATE`, … ; newer types (`ENGAGE`) appear over time, so any string is kept. */
  readonly type: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

/**
 * A rule as sent to the API (`RuleInputV1` for PUT, `UpsertRuleV1` for PATCH): identified by
 * (type, key, version); `key` is absent on identify/group rules.
 */
export interface RuleInput {
  readonly type: RuleType;
  readonly key?: string;
  readonly version: number;
  readonly jsonSchema: unknown;
}

/** A rule as the API returns it (`RuleV1`): a {@link RuleInput} plus timestamps. */
export interface Rule extends RuleInput {
  readonly createdAt?: string;
  readonly updatedAt?: string;
  /** The Go zero time (`0001-01-01T00:00:00.000Z`) on a live rule. */
  readonly deprecatedAt?: string;
}

/** What identifies a rule for removal (`RemoveRuleV1`). */
export interface RuleId {
  readonly type: RuleType;
  readonly key?: string;
  readonly version: number;
}

/** One entry of an error envelope (`RequestError`). */
export interface RequestError {
  readonly type: string;
  readonly message?: string;
  readonly field?: string;
  readonly data?: unknown;
  readonly status?: number;
}

/** The identity of a rule as one string, for maps: type, key (absent = empty) and version. */
export function ruleIdentity(rule: RuleId): string {
  return `${rule.type}\u0000${rule.key ?? ''}\u0000${rule.version}`;
}

/** A rule as people read it: `TRACK "Order Completed" v1`, `IDENTIFY v2`. */
export function describeRule(rule: RuleId): string {
  return `${rule.type}${rule.key !== undefined && rule.key !== '' ? ` ${JSON.stringify(rule.key)}` : ''} v${rule.version}`;
}
