import type { TrackingPlan } from '../api/types.js';

/** What a plan reference (`--plan`) matched among the workspace's plans. */
export type PlanMatch =
  | { readonly kind: 'found'; readonly plan: TrackingPlan }
  | { readonly kind: 'missing' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly TrackingPlan[] };

/**
 * Finds the plan `wanted` names: by id, else by exact name, else by slug, else by name ignoring
 * case; the first rule with any match decides, and more than one match there is ambiguous.
 */
export function matchPlan(plans: readonly TrackingPlan[], wanted: string): PlanMatch {
  const rules: ((plan: TrackingPlan) => boolean)[] = [
    (p) => p.id === wanted,
    (p) => p.name === wanted,
    (p) => p.slug === wanted,
    (p) => p.name?.toLowerCase() === wanted.toLowerCase(),
  ];
  for (const rule of rules) {
    const found = plans.filter(rule);
    const [first] = found;
    if (found.length === 1 && first) return { kind: 'found', plan: first };
    if (found.length > 1) return { kind: 'ambiguous', candidates: found };
  }
  return { kind: 'missing' };
}

/** Whether a plan reference is an id rather than a name: Public API plan ids start with `tp_`. */
export function looksLikePlanId(wanted: string): boolean {
  return /^tp_[A-Za-z0-9_]+$/.test(wanted);
}

/** Plans as a list for messages: `` `Ecommerce` (tp_…) ``, at most ten, `none` when empty. */
export function describePlans(plans: readonly TrackingPlan[]): string {
  if (plans.length === 0) return 'none';
  const shown = plans.slice(0, 10).map((p) => `\`${p.name ?? p.id}\` (${p.id})`);
  return `${shown.join(', ')}${plans.length > 10 ? ` and ${plans.length - 10} more` : ''}`;
}
