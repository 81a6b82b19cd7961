import type { Rule } from '../api/types.js';
import { describeRule } from '../api/types.js';
import { type ConvertedRule, ruleToSchema } from './rule-to-schema.js';

/** A rule pull could not write, and why. */
export interface SkippedRule {
  readonly rule: string;
  readonly reason: string;
}

/** Two rules whose natural file was the same; the later one moved. */
export interface MovedRule {
  readonly rule: string;
  readonly path: string;
  readonly taken: string;
}

/** The schema files of one pulled plan. */
export interface PlanFiles {
  /** Documents by path relative to the schemas folder (`<folder>/<Event_Name>/<major>-0.json`). */
  readonly files: Map<string, Record<string, unknown>>;
  readonly skipped: SkippedRule[];
  readonly moved: MovedRule[];
}

/** The lint rule that compares the folder with the event name; suppressed where a name cannot be a folder. */
const NAME_RULE = 'event-name-matches-id';
/** The lint rule against one name with two kinds; suppressed on the moved file, since Segment allows it. */
const DUPLICATE_RULE = 'duplicate-event-name';

/**
 * Converts every rule of a plan into schema files under `folder`. Rules are taken in a stable
 * order (type, key, version) so that paths do not depend on the API's page order.
 */
export function planFiles(rules: readonly Rule[], options: { folder: string; vendor: string; trackingPlanId?: string }): PlanFiles {
  const files = new Map<string, Record<string, unknown>>();
  const skipped: SkippedRule[] = [];
  const moved: MovedRule[] = [];
  const context = { vendor: options.vendor, ...(options.trackingPlanId !== undefined && { trackingPlanId: options.trackingPlanId }) };
  for (const rule of [...rules].sort(compareRules)) {
    const converted = ruleToSchema(rule, context);
    if ('reason' in converted) {
      skipped.push({ rule: describeRule(rule), reason: converted.reason });
      continue;
    }
    const natural = eventFolder(converted.name);
    let folder = natural;
    // A name that is no folder name (a `/` in it), or a second rule on the same file (a track
    // event called `Identify`), gets a folder of its own; the name check is off for that file.
    for (let n = 2; files.has(schemaPath(options.folder, folder, converted)); n++)
      folder = `${natural}__${converted.kind}${n > 2 ? n : ''}`;
    const path = schemaPath(options.folder, folder, converted);
    if (folder !== natural) moved.push({ rule: describeRule(rule), path, taken: schemaPath(options.folder, natural, converted) });
    if (folder !== converted.name.replace(/ /g, '_'))
      suppressLint(converted.document, folder === natural ? [NAME_RULE] : [NAME_RULE, DUPLICATE_RULE]);
    files.set(path, { $id: path, ...converted.document });
  }
  return { files, skipped, moved };
}

/** The folder of an event: its name with whitespace as `_`, and characters no path may hold replaced. */
export function eventFolder(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must go.
  const folder = name.replace(/\s/g, '_').replace(/[/\\\u0000-\u001f:*?"<>|]/g, '_');
  return folder === '.' || folder === '..' ? folder.replace(/\./g, '_') : folder;
}

function schemaPath(planFolder: string, eventFolderName: string, converted: ConvertedRule): string {
  return `${planFolder}/${eventFolderName}/${converted.major}-0.json`;
}

function suppressLint(document: Record<string, unknown>, rules: readonly string[]): void {
  const self = document.self as Record<string, unknown>;
  self.lint = [...rules];
}

/** Code-unit order, the same on every machine (unlike `localeCompare`). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareRules(a: Rule, b: Rule): number {
  return compareText(a.type, b.type) || compareText(a.key ?? '', b.key ?? '') || a.version - b.version;
}
