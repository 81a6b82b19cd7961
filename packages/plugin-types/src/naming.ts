import { byCodeUnit, type Entry } from './entries.js';
import type { ResolvedTypesOptions } from './options.js';

/**
 * Words that cannot name a function or a variable: ECMAScript reserved words (also in strict
 * mode and modules), plus globals a binding must not shadow.
 */
const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await async of get set type declare ' +
    'arguments eval undefined NaN Infinity globalThis constructor prototype'
  ).split(' '),
);

/** Names the generated `index.ts` exports from its runtime; an event never takes one of them. */
export const RUNTIME_VALUES = ['analyticsNext', 'analyticsNode', 'createTracker', 'genericClient', 'TrackingPlanViolation'] as const;

/** Type names the generated `index.ts` re-exports from its runtime, in the order it writes them. */
export const RUNTIME_TYPE_EXPORTS = [
  'Adapter',
  'AnalyticsJsClient',
  'AnalyticsNodeClient',
  'Callback',
  'CallOptions',
  'GenericClient',
  'GroupMessage',
  'GroupOptions',
  'Identified',
  'IdentifyMessage',
  'Message',
  'MessageBase',
  'PageMessage',
  'PageOptions',
  'Payload',
  'TrackMessage',
  'Tracker',
  'TrackerOptions',
  'ValidateFunction',
  'ValidationError',
  'Validators',
  'Violation',
] as const;

/** Type names an event's types never take: the runtime's types and the globals generated types use. */
export const RUNTIME_TYPES: readonly string[] = [
  ...RUNTIME_TYPE_EXPORTS,
  'TrackingPlanViolation',
  'Date',
  'Record',
  'Array',
  'Object',
  'String',
  'Number',
  'Boolean',
  'Partial',
  'Readonly',
];

/**
 * Splits a name into ASCII words: `"Order Completed"`, `"order_completed"` and `"orderCompleted"`
 * all give `["Order"|"order", "Completed"|"completed"]`. Accents are dropped (`Café` → `Cafe`);
 * other characters separate words.
 */
export function words(text: string): string[] {
  const ascii = text.normalize('NFKD').replace(/\p{M}+/gu, '');
  return ascii
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

const upperFirst = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** `["Order", "Completed"]` → `orderCompleted`; an acronym first word is lowered whole (`URL` → `url`). */
export function camelCase(list: readonly string[]): string {
  return list.map((w, i) => (i === 0 ? w.toLowerCase() : upperFirst(w))).join('');
}

/** `["order", "completed"]` → `OrderCompleted`. */
export function pascalCase(list: readonly string[]): string {
  return list.map(upperFirst).join('');
}

const RUNTIME_VALUE_SET: ReadonlySet<string> = new Set(RUNTIME_VALUES);

/**
 * Makes `name` a valid binding that no runtime export takes: a leading digit gets `_` before it,
 * a reserved word or a runtime export's name `_` after it.
 */
export function safeIdentifier(name: string): string {
  if (/^[0-9]/.test(name)) return `_${name}`;
  if (RESERVED_WORDS.has(name) || RUNTIME_VALUE_SET.has(name)) return `${name}_`;
  return name;
}

/** The names of one entry in the generated code. */
export interface EntryNames {
  /** The exported function (`orderCompletedV2`). */
  readonly fn: string;
  /** Prefix of the entry's type names (`OrderCompletedV2`). */
  readonly typeBase: string;
  /** The payload type (`OrderCompletedV2Properties`, `IdentifyTraits`). */
  readonly type: string;
}

/** Two or more events of one plan that derive the same function name. */
export interface NameCollision {
  readonly name: string;
  readonly entries: readonly Entry[];
}

/**
 * Names every entry's function and payload type, deterministically:
 *
 * 1. `names[event]` (or `names["plan/event"]`) when given; else track events are the camelCased
 *    event name with `functionPrefix`, and identify/group/page/screen are the call's name
 *    (`identify`) when the plan has one such event name, else the camelCased event name.
 * 2. Majors from 2 on add `V<major>`: `orderCompleted`, `orderCompletedV2`.
 * 3. A name derived in several plans gets the plan in front: `webOrderCompleted`, `iosOrderCompleted`.
 * 4. A name still taken within one plan gets `_2`, `_3`… in schema id order (reported as a collision).
 * 5. Reserved words get `_` after them, a leading digit `_` before it; runtime exports are never taken.
 */
export function assignNames(
  entries: readonly Entry[],
  options: Pick<ResolvedTypesOptions, 'functionPrefix' | 'names'>,
): { names: Map<Entry, EntryNames>; collisions: NameCollision[]; types: TypeNamer } {
  const kindCount = new Map<string, Set<string>>();
  for (const e of entries) {
    const key = `${e.plan}\u0000${e.kind}`;
    const set = kindCount.get(key) ?? new Set<string>();
    set.add(e.name);
    kindCount.set(key, set);
  }

  // The words of each name; a track function's prefix is kept apart, as types do not carry it.
  const baseWords = new Map<Entry, string[]>();
  const prefixOf = (e: Entry): string[] => (e.kind === 'track' && !isRenamed(e, options) ? words(options.functionPrefix) : []);
  for (const e of entries) {
    const renamed = options.names[`${e.plan}/${e.name}`] ?? options.names[e.name];
    let list: string[];
    if (renamed !== undefined) list = words(renamed);
    else if (e.kind === 'track') list = words(e.name);
    else if (kindCount.get(`${e.plan}\u0000${e.kind}`)?.size === 1) list = [e.kind];
    else list = words(e.name);
    if (list.length === 0) list = ['event'];
    if (e.major > 1) list = [...list, `V${e.major}`];
    baseWords.set(e, list);
  }
  const fnWords = (e: Entry): string[] => [...prefixOf(e), ...(baseWords.get(e) ?? [])];

  // Names derived in more than one plan get the plan's words in front.
  for (const group of groupBy(entries, (e) => camelCase(fnWords(e))).values()) {
    if (new Set(group.map((e) => e.plan)).size < 2) continue;
    for (const e of group) baseWords.set(e, [...words(e.plan), ...(baseWords.get(e) ?? [])]);
  }

  const names = new Map<Entry, EntryNames>();
  const collisions: NameCollision[] = [];
  const takenFns = new Set<string>(RUNTIME_VALUES);
  const types = new TypeNamer(RUNTIME_TYPES);
  const byName = groupBy(entries, (e) => camelCase(fnWords(e)));
  for (const [name, group] of [...byName].sort((a, b) => byCodeUnit(a[0], b[0]))) {
    if (group.length > 1) collisions.push({ name, entries: group });
    group.forEach((e, i) => {
      const fnBase = camelCase(fnWords(e));
      const typeWords = pascalCase(baseWords.get(e) ?? []);
      const suffix = i === 0 ? '' : `_${i + 1}`;
      let fn = safeIdentifier(fnBase + suffix);
      let typeBase = safeTypeName(typeWords + suffix);
      const typeSuffix = e.kind === 'identify' || e.kind === 'group' ? 'Traits' : 'Properties';
      for (let n = 2; takenFns.has(fn) || types.has(typeBase + typeSuffix); n++) {
        fn = safeIdentifier(`${fnBase}${suffix}_${n}`);
        typeBase = safeTypeName(`${typeWords}${suffix}_${n}`);
      }
      takenFns.add(fn);
      types.take(typeBase + typeSuffix);
      names.set(e, { fn, typeBase, type: typeBase + typeSuffix });
    });
  }
  return { names, collisions, types };
}

/** Hands out type names that are unique in the generated module (`Name`, `Name2`, `Name3`…). */
export class TypeNamer {
  readonly #taken: Set<string>;

  constructor(reserved: Iterable<string> = []) {
    this.#taken = new Set(reserved);
  }

  has(name: string): boolean {
    return this.#taken.has(name);
  }

  /** Takes `name`, or the first free `name<n>` from 2 on. */
  take(name: string): string {
    let candidate = safeTypeName(name);
    for (let n = 2; this.#taken.has(candidate); n++) candidate = safeTypeName(`${name}${n}`);
    this.#taken.add(candidate);
    return candidate;
  }
}

function isRenamed(e: Entry, options: Pick<ResolvedTypesOptions, 'names'>): boolean {
  return options.names[`${e.plan}/${e.name}`] !== undefined || options.names[e.name] !== undefined;
}

/** A type name never starts with a digit. */
export function safeTypeName(name: string): string {
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  }
  return out;
}
