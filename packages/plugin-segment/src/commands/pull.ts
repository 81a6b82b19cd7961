import path from 'node:path';
import type { PullContext } from '@reflekt/compiler';
import type { Rule, TrackingPlan } from '../api/types.js';
import { planFiles } from '../convert/plan-files.js';
import { planSlug } from '../convert/slug.js';
import { report, reportApiError } from '../diagnostics.js';
import { readRulesFile } from '../input/rules-file.js';
import type { ResolvedSegmentOptions } from '../options.js';
import { stringOption } from './flags.js';
import { describePlans, matchPlan } from './resolve-plan.js';
import { openClient } from './session.js';

/** The rules of one plan, from the API or a file. */
interface PulledPlan {
  readonly rules: readonly Rule[];
  readonly name: string;
  readonly id?: string;
}

/**
 * `reflekt pull segment`: reads the plan's rules (every type and version) from the Public API,
 * or from `--file`, and hands one schema document per rule to the CLI, which writes those that
 * changed under `schemas/<folder>/`.
 */
export async function pullSegment(ctx: PullContext, options: ResolvedSegmentOptions): Promise<void> {
  const wanted = stringOption(ctx.options.plan) ?? options.plan;
  const file = stringOption(ctx.options.file);
  const source = file !== undefined ? await fromFile(ctx, file, wanted) : await fromApi(ctx, options, wanted);
  if (!source) return;
  const folder = options.folder ?? planSlug(source.name);
  const result = planFiles(source.rules, {
    folder,
    vendor: ctx.config.vendor,
    ...(source.id !== undefined && { trackingPlanId: source.id }),
  });
  for (const skipped of result.skipped) report(ctx.diagnostics, 'RK5208', skipped);
  for (const moved of result.moved) report(ctx.diagnostics, 'RK5209', moved);
  for (const [relativePath, document] of result.files) ctx.addSchema(relativePath, document);
  ctx.ownFolder(folder);
  ctx.setResult({
    trackingPlan: { name: source.name, ...(source.id !== undefined && { id: source.id }) },
    folder,
    rules: source.rules.length,
    schemas: result.files.size,
    skipped: result.skipped.map((s) => s.rule),
  });
}

async function fromApi(ctx: PullContext, options: ResolvedSegmentOptions, wanted: string | undefined): Promise<PulledPlan | undefined> {
  const client = openClient(ctx, options);
  if (!client) return undefined;
  try {
    const plans = await client.listTrackingPlans();
    const plan = choosePlan(ctx, plans, wanted);
    if (!plan) return undefined;
    const label = `${plan.name ?? plan.id}: rules`;
    const rules = await client.listRules(plan.id, (done, total) => ctx.progress(label, done, total));
    return { rules, name: plan.name ?? plan.id, id: plan.id };
  } catch (error) {
    reportApiError(ctx.diagnostics, error);
    return undefined;
  }
}

/** The plan to pull: the one named, or the workspace's only plan. */
function choosePlan(ctx: PullContext, plans: readonly TrackingPlan[], wanted: string | undefined): TrackingPlan | undefined {
  const [only] = plans;
  if (wanted === undefined) {
    if (plans.length === 1 && only) return only;
    if (plans.length === 0) report(ctx.diagnostics, 'RK5203', { plan: '', available: 'none' });
    else report(ctx.diagnostics, 'RK5204', { plan: '', candidates: describePlans(plans) });
    return undefined;
  }
  const match = matchPlan(plans, wanted);
  if (match.kind === 'found') return match.plan;
  if (match.kind === 'ambiguous') report(ctx.diagnostics, 'RK5204', { plan: wanted, candidates: describePlans(match.candidates) });
  else report(ctx.diagnostics, 'RK5203', { plan: wanted, available: describePlans(plans) });
  return undefined;
}

async function fromFile(ctx: PullContext, file: string, wanted: string | undefined): Promise<PulledPlan | undefined> {
  const absolute = path.resolve(ctx.config.root, file);
  const shown = path.relative(ctx.config.root, absolute).split(path.sep).join('/');
  const read = await readRulesFile(absolute);
  if ('problem' in read) {
    report(ctx.diagnostics, 'RK5212', { file: shown, detail: read.problem });
    return undefined;
  }
  if (read.lossy !== undefined) report(ctx.diagnostics, 'RK5213', { file: shown, detail: read.lossy });
  // A name on the command line wins: it says which folder the rules go to.
  const name = wanted ?? read.name ?? path.basename(absolute, path.extname(absolute));
  return { rules: read.rules, name, ...(read.id !== undefined && { id: read.id }) };
}
