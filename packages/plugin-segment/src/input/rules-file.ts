import { readFile } from 'node:fs/promises';
import type { Rule } from '../api/types.js';
import { isObject } from '../json.js';
import { fromConfigApiPlan, fromTypewriterRule, isTypewriterRule } from './typewriter.js';

/** A plan read from a file instead of the API. */
export interface FilePlan {
  readonly rules: Rule[];
  /** The plan's name and id, when the file says. */
  readonly name?: string;
  readonly id?: string;
  /** What the file's format could not carry (reported as a warning). */
  readonly lossy?: string;
}

/** Why a file could not be read as a plan. */
export interface FileProblem {
  readonly problem: string;
}

/**
 * Reads a plan from a JSON file. Accepted shapes: a Public API answer (`{"data": {"rules": […]}}`
 * or `{"data": {"trackingPlan": …, "rules": […]}}`), a rules export (`{"rules": […]}`, with plan
 * fields next to it as Typewriter ≥ 8 writes `plan.json`), a bare rules array, and a Config API
 * plan (Typewriter ≤ 7's `plan.json`, `{"display_name", "rules": {"events": […]}}`).
 */
export async function readRulesFile(file: string): Promise<FilePlan | FileProblem> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { problem: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : String(error) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { problem: `it is not JSON (${(error as Error).message})` };
  }
  return planOf(parsed);
}

/** The plan in a parsed rules file (see {@link readRulesFile}). */
export function planOf(parsed: unknown): FilePlan | FileProblem {
  const body = isObject(parsed) && isObject(parsed.data) ? parsed.data : parsed;
  if (Array.isArray(body)) return fromRules(body, {});
  if (!isObject(body)) return { problem: 'it holds neither a rules list nor a plan object' };
  const plan = isObject(body.trackingPlan) ? body.trackingPlan : body;
  const name = text(plan.name) ?? text(plan.display_name);
  if (isObject(body.rules) && Array.isArray(body.rules.events)) {
    const converted = fromConfigApiPlan(body.rules);
    // Config API plan names are resource paths: `workspaces/<ws>/tracking-plans/rs_…`.
    const id = text(plan.name)?.split('/').pop();
    const displayName = text(plan.display_name);
    return {
      rules: converted.rules,
      ...(displayName !== undefined && { name: displayName }),
      ...(id !== undefined && { id }),
      ...(converted.lost.length > 0 && {
        lossy: `a Config API (v1beta) plan with ${converted.lost.join(', ')}, which Reflekt does not read`,
      }),
    };
  }
  if (!Array.isArray(body.rules)) return { problem: 'it has no `rules` list' };
  const id = text(plan.id);
  return fromRules(body.rules, { ...(name !== undefined && { name }), ...(id !== undefined && { id }) });
}

function fromRules(list: readonly unknown[], plan: { name?: string; id?: string }): FilePlan | FileProblem {
  const bad = list.findIndex((rule) => !isObject(rule) || typeof rule.type !== 'string' || typeof rule.version !== 'number');
  if (bad >= 0) return { problem: `rule ${bad} has no \`type\` and numeric \`version\`` };
  const rules = list as Rule[];
  const typewriter = rules.some(isTypewriterRule);
  return {
    ...plan,
    rules: rules.map((rule) => (isTypewriterRule(rule) ? fromTypewriterRule(rule) : rule)),
    ...(typewriter && {
      lossy: "Typewriter's `plan.json`: it keeps track rules without labels, context or traits constraints, so the schemas have none",
    }),
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
