import path from 'node:path';
import { formatVersion } from '../../ir/plan.js';
import type { EventSchema, TrackingPlan } from '../../ir/types.js';
import { fieldLocation } from '../locate.js';
import type { PlanRule } from '../types.js';
import { example } from './example.js';

/** A version file name: `2-1.json`, `2-1.yaml`, Iglu `1-0-2`. */
const VERSION_FILE = /^(\d+)-(\d+)(?:-(\d+))?(?:\.(?:json|ya?ml))?$/;

/** A version as its parts: `[major, minor]`, or `[model, revision, addition]` for Iglu. */
type Parts = readonly number[];

const partsOf = (event: EventSchema): Parts =>
  event.version.addition === undefined
    ? [event.version.major, event.version.minor]
    : [event.version.major, event.version.minor, event.version.addition];

/** Every prefix of a version (`2`, `2-1`, `2-1-0`), as keys for "some version starts with …" lookups. */
function addPrefixes(parts: Parts, into: Set<string>): void {
  for (let i = 1; i <= parts.length; i++) into.add(parts.slice(0, i).join('-'));
}

/**
 * The version that must exist before `parts`, as a prefix any version may extend: `2-0` needs
 * some `1-…`, `2-3` needs `2-2`, Iglu `1-2-0` needs some `1-1-…`. `undefined` for the first
 * version (`1-0`, `1-0-0`).
 */
function predecessor(parts: Parts): Parts | undefined {
  for (let i = parts.length - 1; i >= 0; i--) {
    const floor = i === 0 ? 1 : 0;
    const part = parts[i] ?? floor;
    if (part > floor) return [...parts.slice(0, i), part - 1];
  }
  return undefined;
}

/**
 * Versions that exist as files next to each event's file, so a `--select` run that lints only
 * some versions does not report the others as missing.
 */
function versionFiles(plan: TrackingPlan): Map<string, Set<string>> {
  const byDir = new Map<string, Set<string>>();
  for (const file of plan.source.files) {
    const match = VERSION_FILE.exec(path.posix.basename(file));
    if (!match) continue;
    const dir = path.posix.dirname(file);
    let set = byDir.get(dir);
    if (!set) {
      set = new Set();
      byDir.set(dir, set);
    }
    addPrefixes(
      match
        .slice(1)
        .filter((p) => p !== undefined)
        .map(Number),
      set,
    );
  }
  return byDir;
}

/**
 * `version-sequence`: per event name (in one plan), versions start at `1-0` (Iglu `1-0-0`),
 * majors have no gaps and each major's minors count up from `0` (Iglu revisions and additions
 * too). Each version whose direct predecessor is missing is reported once.
 */
export const versionSequence: PlanRule<'RK2023'> = {
  id: 'version-sequence',
  code: 'RK2023',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'plan',
  docs: {
    summary: 'Versions of an event start at `1-0` and have no gaps.',
    why: 'Breaking-change checks compare each version with the one before it, and consumers upgrade one step at a time; a gap (`1-0`, `3-0`) usually means a lost or misnamed file, and the change it hides is never checked.',
    fix: 'Restore the missing version, or renumber the later one (file name, `$id` and `self.version`).',
    ok: example({
      id: 'shop/Order_Completed/2-0.json',
      name: 'Order Completed',
      also: [example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed' })],
    }),
    notOk: example({
      id: 'shop/Order_Completed/3-0.json',
      name: 'Order Completed',
      also: [example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed' })],
    }),
  },
  check(plan, ctx) {
    const groups = new Map<string, { events: EventSchema[]; prefixes: Set<string> }>();
    for (const event of plan.events) {
      const key = `${event.plan}\0${event.name}`;
      let group = groups.get(key);
      if (!group) {
        group = { events: [], prefixes: new Set() };
        groups.set(key, group);
      }
      group.events.push(event);
      addPrefixes(partsOf(event), group.prefixes);
    }
    let files: Map<string, Set<string>> | undefined;
    for (const { events, prefixes } of groups.values()) {
      for (const event of events) {
        const parts = partsOf(event);
        const before = predecessor(parts);
        if (before === undefined || prefixes.has(before.join('-')) || ctx.isSuppressed(event)) continue;
        files ??= versionFiles(plan);
        if (files.get(path.posix.dirname(event.source.file))?.has(before.join('-'))) continue;
        const missing = [...before, ...parts.slice(before.length).map(() => 0)];
        ctx.report(
          { name: event.name, version: formatVersion(event.version), missing: missing.join('-') },
          fieldLocation(event, 'version'),
        );
      }
    }
  },
};
