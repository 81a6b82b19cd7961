import type { DeployContext, EventSchema } from '@reflekt/compiler';
import type { SegmentClient } from '../api/client.js';
import { describeRule, type Rule, type RuleInput, type TrackingPlan } from '../api/types.js';
import { readFacts } from '../convert/facts.js';
import { planSlug } from '../convert/slug.js';
import { report, reportApiError } from '../diagnostics.js';
import type { PushMode, ResolvedSegmentOptions } from '../options.js';
import { diffRules, formatDiff, hasChanges, type RuleDiff } from './diff.js';
import { stringOption } from './flags.js';
import { localRules } from './local-rules.js';
import { describePlans, looksLikePlanId, matchPlan } from './resolve-plan.js';
import { openClient } from './session.js';

/** Rules per DELETE request: they travel in the query string, which proxies cap at a few KB. */
const DELETE_BATCH = 20;

/** The remote side of a push: an existing plan, or the name of one to create. */
type Target = { readonly plan: TrackingPlan } | { readonly create: string };

/**
 * `reflekt push segment`: builds a rule from every schema of the plan folder, compares them with
 * the plan's rules and applies the difference (`upsert`: PATCH changed and new rules, DELETE
 * removed ones; `replace`: one PUT of the whole set), creating the plan when it does not exist.
 * The diff is always printed; `--dry-run` stops there. Remote rules Reflekt cannot express are
 * never removed.
 */
export async function pushSegment(ctx: DeployContext, options: ResolvedSegmentOptions): Promise<void> {
  const mode = ctx.options.mode ?? options.mode;
  if (mode !== 'upsert' && mode !== 'replace') {
    report(ctx.diagnostics, 'RK5217', { flag: 'mode', value: String(mode), allowed: '`upsert` or `replace`' });
    return;
  }
  const client = openClient(ctx, options);
  if (!client) return;
  try {
    const plans = await client.listTrackingPlans();
    const target = chooseTarget(ctx, options, plans);
    if (!target) return;
    const events = eventsToPush(ctx, options, target);
    if (!events) return;
    const local = localRules(events.list, ctx.diagnostics);
    const remote: Rule[] = 'plan' in target ? await client.listRules(target.plan.id) : [];
    const diff = diffRules(local, remote);
    if (diff.kept.length > 0) {
      report(ctx.diagnostics, 'RK5215', { count: diff.kept.length, rules: diff.kept.map(describeRule).join(', ') });
    }
    const label =
      'plan' in target ? `Segment plan \`${target.plan.name ?? target.plan.id}\` (${target.plan.id})` : `Segment plan \`${target.create}\``;
    for (const line of formatDiff(diff, label, { create: 'create' in target, dryRun: ctx.dryRun })) ctx.log(line);
    const summary = {
      folder: events.folder,
      mode,
      dryRun: ctx.dryRun,
      added: diff.added.length,
      changed: diff.changed.length,
      removed: diff.removed.length,
      unchanged: diff.unchanged.length,
      kept: diff.kept.length,
    };
    if (ctx.dryRun || (!hasChanges(diff) && 'plan' in target)) {
      ctx.setResult({ trackingPlan: planResult(target), created: false, ...summary, applied: false });
      return;
    }
    const plan = 'plan' in target ? target.plan : await client.createTrackingPlan({ name: target.create, type: options.planType });
    if ('create' in target) ctx.log(`created Segment plan \`${target.create}\` (${plan.id})`);
    await apply(ctx, client, plan.id, diff, mode, local, options.batchSize);
    ctx.setResult({ trackingPlan: planResult({ plan }), created: 'create' in target, ...summary, applied: true });
  } catch (error) {
    reportApiError(ctx.diagnostics, error);
  }
}

function planResult(target: Target): Record<string, string> {
  return 'plan' in target ? { id: target.plan.id, name: target.plan.name ?? '' } : { name: target.create };
}

/**
 * The plan named by `--plan`, the `plan` option, or the plan the local schemas were pulled from.
 * A name that matches no plan is created; an id (`tp_…`) that matches none is an error.
 */
function chooseTarget(ctx: DeployContext, options: ResolvedSegmentOptions, plans: readonly TrackingPlan[]): Target | undefined {
  const wanted = stringOption(ctx.options.plan) ?? options.plan ?? pulledFrom(ctx.plan.events, options.folder);
  if (wanted === undefined) {
    report(ctx.diagnostics, 'RK5204', { plan: '', candidates: describePlans(plans) });
    return undefined;
  }
  const match = matchPlan(plans, wanted);
  if (match.kind === 'found') return { plan: match.plan };
  if (match.kind === 'ambiguous') {
    report(ctx.diagnostics, 'RK5204', { plan: wanted, candidates: describePlans(match.candidates) });
    return undefined;
  }
  if (looksLikePlanId(wanted)) {
    report(ctx.diagnostics, 'RK5203', { plan: wanted, available: describePlans(plans) });
    return undefined;
  }
  return { create: wanted };
}

/** The one plan id the schemas (of `folder`, when set) were pulled from. */
function pulledFrom(events: readonly EventSchema[], folder: string | undefined): string | undefined {
  const ids = new Set<string>();
  for (const event of events) {
    const id = readFacts(event.metadata).trackingPlanId;
    if (id !== undefined && (folder === undefined || event.plan === folder)) ids.add(id);
  }
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * The events of the plan folder: the `folder` option, else the folder the plan was pulled into,
 * else the slug of the plan name, else the project's only plan folder.
 */
function eventsToPush(
  ctx: DeployContext,
  options: ResolvedSegmentOptions,
  target: Target,
): { folder: string; list: readonly EventSchema[] } | undefined {
  const all = ctx.plan.events;
  const folders = [...new Set(all.map((e) => e.plan))].sort();
  const pulledInto = 'plan' in target ? all.find((e) => readFacts(e.metadata).trackingPlanId === target.plan.id)?.plan : undefined;
  const name = 'plan' in target ? (target.plan.name ?? target.plan.id) : target.create;
  let folder = options.folder ?? pulledInto ?? planSlug(name);
  const [only] = folders;
  if (options.folder === undefined && !folders.includes(folder) && folders.length === 1 && only !== undefined) folder = only;
  const list = all.filter((e) => e.plan === folder);
  if (list.length === 0) {
    report(ctx.diagnostics, 'RK5214', { folder, folders: folders.length > 0 ? folders.map((f) => `\`${f}\``).join(', ') : 'none' });
    return undefined;
  }
  return { folder, list };
}

async function apply(
  ctx: DeployContext,
  client: SegmentClient,
  planId: string,
  diff: RuleDiff,
  mode: PushMode,
  local: readonly RuleInput[],
  batchSize: number,
): Promise<void> {
  const label = 'pushing rules';
  if (mode === 'replace') {
    ctx.progress(label, 0, 1);
    // PUT removes every rule it does not list, so the rules Reflekt cannot express go along.
    await client.replaceRules(planId, [...local, ...diff.kept]);
    ctx.progress(label, 1, 1);
    return;
  }
  const upserts = [...diff.added, ...diff.changed.map((c) => c.rule)];
  const total = upserts.length + diff.removed.length;
  let done = 0;
  for (const batch of chunks(upserts, batchSize)) {
    await client.upsertRules(planId, batch);
    done += batch.length;
    ctx.progress(label, done, total);
  }
  for (const batch of chunks(diff.removed, DELETE_BATCH)) {
    await client.removeRules(planId, batch);
    done += batch.length;
    ctx.progress(label, done, total);
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
