import type { JsonSchema } from '../ir/json-schema.js';
import { joinPointer } from '../ir/plan.js';
import { type At, addChange, code, type DiffContext, subject } from './diff-context.js';
import { canonicalJson } from './schema-node.js';
import type { ChangeKind } from './types.js';

/**
 * The value kinds a schema's `type` accepts. `number` is split into `integer` and `fraction`
 * (non-integer numbers), so `integer` → `number` is a widening and the reverse a narrowing.
 */
const ALL_TYPES: readonly string[] = ['null', 'boolean', 'object', 'array', 'integer', 'fraction', 'string'];

/** The value kinds a schema object accepts by its `type` (all of them without `type`). */
export function typesOf(schema: JsonSchema): Set<string> {
  const type = schema.type;
  if (type === undefined) return new Set(ALL_TYPES);
  const names = Array.isArray(type) ? type : [type];
  const out = new Set<string>();
  for (const name of names) {
    if (name === 'number') out.add('integer').add('fraction');
    else out.add(name);
  }
  return out;
}

function typeText(schema: JsonSchema): string {
  const type = schema.type;
  if (type === undefined) return 'any type';
  return Array.isArray(type) ? `\`[${type.map((t) => JSON.stringify(t)).join(', ')}]\`` : `\`${type}\``;
}

const isSubset = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].every((x) => b.has(x));

/** `type`: widened (BACKWARD), narrowed (FORWARD) or changed (NONE). Returns the kinds both sides accept. */
export function diffType(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): { shared: Set<string> } {
  const ta = typesOf(a);
  const tb = typesOf(b);
  const shared = new Set([...ta].filter((t) => tb.has(t)));
  const pointers = {
    old: a.type === undefined ? at.old : joinPointer(at.old, 'type'),
    new: b.type === undefined ? at.new : joinPointer(at.new, 'type'),
  };
  const from = typeText(a);
  const to = typeText(b);
  const wider = isSubset(ta, tb);
  const narrower = isSubset(tb, ta);
  if (wider && narrower) return { shared };
  if (wider) {
    const nullable = !ta.has('null') && tb.has('null') ? ' (it is nullable now)' : '';
    addChange(
      ctx,
      'type-widened',
      pointers,
      'BACKWARD',
      `Type of ${subject(at.where)} widened from ${from} to ${to}${nullable}: old data stays valid; readers on the old schema can meet values they do not expect.`,
    );
  } else if (narrower) {
    addChange(
      ctx,
      'type-narrowed',
      pointers,
      'FORWARD',
      `Type of ${subject(at.where)} narrowed from ${from} to ${to}: data written with the old schema may hold values the new one rejects.`,
    );
  } else {
    addChange(
      ctx,
      'type-changed',
      pointers,
      'NONE',
      `Type of ${subject(at.where)} changed from ${from} to ${to}: neither accepts all the values of the other.`,
    );
  }
  return { shared };
}

/** The values `enum` or `const` allow, or `undefined` when a schema allows any. */
function allowedValues(schema: JsonSchema): { readonly keyword: 'enum' | 'const'; readonly values: readonly unknown[] } | undefined {
  if (schema.const !== undefined) return { keyword: 'const', values: [schema.const] };
  if (Array.isArray(schema.enum)) return { keyword: 'enum', values: schema.enum };
  return undefined;
}

function valueList(values: readonly unknown[]): string {
  const shown = values.slice(0, 5).map(code).join(', ');
  return values.length > 5 ? `${shown} and ${values.length - 5} more` : shown;
}

/** `enum` and `const` (a one-value enum): extended (BACKWARD), narrowed (FORWARD), changed (NONE), added or removed. */
export function diffEnum(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  const va = allowedValues(a);
  const vb = allowedValues(b);
  if (!va && !vb) return;
  const s = subject(at.where);
  if (!va && vb) {
    addChange(
      ctx,
      'enum-added',
      { old: at.old, new: joinPointer(at.new, vb.keyword) },
      'FORWARD',
      `${s} is now limited to ${valueList(vb.values)} (\`${vb.keyword}\`): data written with the old schema may hold other values.`,
    );
    return;
  }
  if (va && !vb) {
    addChange(
      ctx,
      'enum-removed',
      { old: joinPointer(at.old, va.keyword), new: at.new },
      'BACKWARD',
      `${s} is no longer limited to ${valueList(va.values)} (\`${va.keyword}\` removed): old data stays valid; readers on the old schema can meet other values.`,
    );
    return;
  }
  if (!va || !vb) return;
  const keysA = va.values.map(canonicalJson);
  const keysB = vb.values.map(canonicalJson);
  const addedAt = keysB.map((k, i) => (keysA.includes(k) ? -1 : i)).filter((i) => i >= 0);
  const removedAt = keysA.map((k, i) => (keysB.includes(k) ? -1 : i)).filter((i) => i >= 0);
  if (addedAt.length === 0 && removedAt.length === 0) return;
  const added = addedAt.map((i) => vb.values[i]);
  const removed = removedAt.map((i) => va.values[i]);
  const first = (keyword: 'enum' | 'const', base: string, indexes: number[]) =>
    keyword === 'enum' && indexes[0] !== undefined ? joinPointer(base, keyword, indexes[0]) : joinPointer(base, keyword);
  const pointers = { old: first(va.keyword, at.old, removedAt), new: first(vb.keyword, at.new, addedAt) };
  if (removed.length === 0) {
    addChange(
      ctx,
      'enum-extended',
      pointers,
      'BACKWARD',
      `${s} now also allows ${valueList(added)}: old data stays valid; readers on the old schema can meet the new values.`,
    );
  } else if (added.length === 0) {
    addChange(
      ctx,
      'enum-narrowed',
      pointers,
      'FORWARD',
      `${s} no longer allows ${valueList(removed)}: data written with the old schema may hold them.`,
    );
  } else {
    addChange(
      ctx,
      'enum-changed',
      pointers,
      'NONE',
      `${s} no longer allows ${valueList(removed)} and now allows ${valueList(added)}: each schema rejects values the other accepts.`,
    );
  }
}

/** A numeric bound: its value, whether it is exclusive, and the keyword that set it. */
interface Bound {
  readonly value: number;
  readonly exclusive: boolean;
  readonly keyword: string;
}

function bound(schema: JsonSchema, inclusive: string, exclusive: string, stricter: (x: number, y: number) => boolean): Bound | undefined {
  const inc = typeof schema[inclusive] === 'number' ? (schema[inclusive] as number) : undefined;
  const exc = typeof schema[exclusive] === 'number' ? (schema[exclusive] as number) : undefined;
  if (inc === undefined && exc === undefined) return undefined;
  if (exc === undefined || (inc !== undefined && stricter(inc, exc))) return { value: inc as number, exclusive: false, keyword: inclusive };
  return { value: exc, exclusive: true, keyword: exclusive };
}

/**
 * Numbers: the lower bound (`minimum`/`exclusiveMinimum`), the upper bound
 * (`maximum`/`exclusiveMaximum`) and `multipleOf`. A tighter bound is FORWARD, a looser one BACKWARD.
 */
export function diffNumbers(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  const gt = (x: number, y: number) => x > y;
  const lt = (x: number, y: number) => x < y;
  diffBound(ctx, at, bound(a, 'minimum', 'exclusiveMinimum', gt), bound(b, 'minimum', 'exclusiveMinimum', gt), 'min');
  diffBound(ctx, at, bound(a, 'maximum', 'exclusiveMaximum', lt), bound(b, 'maximum', 'exclusiveMaximum', lt), 'max');
  diffMultipleOf(ctx, a, b, at);
}

function diffBound(ctx: DiffContext, at: At, ba: Bound | undefined, bb: Bound | undefined, side: 'min' | 'max'): void {
  const text = (x: Bound | undefined) =>
    x ? `\`${side === 'min' ? (x.exclusive ? '>' : '≥') : x.exclusive ? '<' : '≤'} ${x.value}\`` : 'none';
  // How strict a bound is, as a comparable pair; a missing bound is the loosest.
  const strictness = (x: Bound | undefined): [number, number] =>
    x ? [side === 'min' ? x.value : -x.value, x.exclusive ? 1 : 0] : [Number.NEGATIVE_INFINITY, 0];
  const [va, ea] = strictness(ba);
  const [vb, eb] = strictness(bb);
  const order = va === vb ? eb - ea : vb > va ? 1 : -1;
  if (order === 0) return;
  const pointers = {
    old: ba ? joinPointer(at.old, ba.keyword) : at.old,
    new: bb ? joinPointer(at.new, bb.keyword) : at.new,
  };
  const noun = side === 'min' ? 'Lower bound' : 'Upper bound';
  const change = `${noun} of ${subject(at.where)} ${ba ? (bb ? `changed from ${text(ba)} to ${text(bb)}` : `${text(ba)} was removed`) : `${text(bb)} was added`}`;
  if (order > 0) {
    addChange(
      ctx,
      `${side === 'min' ? 'minimum' : 'maximum'}-tightened`,
      pointers,
      'FORWARD',
      `${change}: data written with the old schema may fall outside it.`,
    );
  } else {
    addChange(
      ctx,
      `${side === 'min' ? 'minimum' : 'maximum'}-relaxed`,
      pointers,
      'BACKWARD',
      `${change}: old data stays valid; readers on the old schema can meet values outside the old bound.`,
    );
  }
}

function isMultiple(x: number, of: number): boolean {
  const q = x / of;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

function diffMultipleOf(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  const ma = typeof a.multipleOf === 'number' && a.multipleOf > 0 ? a.multipleOf : undefined;
  const mb = typeof b.multipleOf === 'number' && b.multipleOf > 0 ? b.multipleOf : undefined;
  if (ma === mb) return;
  const pointers = {
    old: ma === undefined ? at.old : joinPointer(at.old, 'multipleOf'),
    new: mb === undefined ? at.new : joinPointer(at.new, 'multipleOf'),
  };
  const s = subject(at.where);
  if (ma === undefined || (mb !== undefined && isMultiple(mb, ma))) {
    const what = ma === undefined ? `must now be a multiple of ${mb}` : `must now be a multiple of ${mb} instead of ${ma}`;
    addChange(ctx, 'multiple-of-tightened', pointers, 'FORWARD', `${s} ${what}: data written with the old schema may not be.`);
  } else if (mb === undefined || isMultiple(ma, mb)) {
    const what = mb === undefined ? `no longer needs to be a multiple of ${ma}` : `must now be a multiple of ${mb} instead of ${ma}`;
    addChange(
      ctx,
      'multiple-of-relaxed',
      pointers,
      'BACKWARD',
      `${s} ${what}: old data stays valid; readers on the old schema can meet other values.`,
    );
  } else {
    addChange(
      ctx,
      'multiple-of-changed',
      pointers,
      'NONE',
      `${s} must now be a multiple of ${mb} instead of ${ma}: each schema rejects values the other accepts.`,
    );
  }
}

/** Strings: `minLength`, `maxLength`, `pattern`, `format`. */
export function diffStrings(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  diffLimit(ctx, a, b, at, 'minLength', 'min', ['min-length-tightened', 'min-length-relaxed'], 'characters');
  diffLimit(ctx, a, b, at, 'maxLength', 'max', ['max-length-tightened', 'max-length-relaxed'], 'characters');
  diffText(ctx, a, b, at, 'pattern', ['pattern-added', 'pattern-removed', 'pattern-changed']);
  diffText(ctx, a, b, at, 'format', ['format-added', 'format-removed', 'format-changed']);
}

/**
 * A count limit (`minLength`, `maxItems`, `minProperties`, …): a missing minimum is 0, a missing
 * maximum unbounded. Raising a minimum or lowering a maximum is FORWARD, the opposite BACKWARD.
 */
export function diffLimit(
  ctx: DiffContext,
  a: JsonSchema,
  b: JsonSchema,
  at: At,
  keyword: string,
  side: 'min' | 'max',
  kinds: readonly [tightened: ChangeKind, relaxed: ChangeKind],
  unit: string,
): void {
  const read = (s: JsonSchema) => (typeof s[keyword] === 'number' ? (s[keyword] as number) : undefined);
  const la = read(a);
  const lb = read(b);
  const fallback = side === 'min' ? 0 : Number.POSITIVE_INFINITY;
  const va = la ?? fallback;
  const vb = lb ?? fallback;
  if (va === vb) return;
  const pointers = {
    old: la === undefined ? at.old : joinPointer(at.old, keyword),
    new: lb === undefined ? at.new : joinPointer(at.new, keyword),
  };
  const s = subject(at.where);
  const change =
    la === undefined
      ? `\`${keyword}: ${lb}\` was added to ${s}`
      : lb === undefined
        ? `\`${keyword}: ${la}\` was removed from ${s}`
        : `\`${keyword}\` of ${s} changed from ${la} to ${lb}`;
  const tighter = side === 'min' ? vb > va : vb < va;
  if (tighter) {
    addChange(
      ctx,
      kinds[0],
      pointers,
      'FORWARD',
      `${change}: data written with the old schema may have too ${side === 'min' ? 'few' : 'many'} ${unit}.`,
    );
  } else {
    addChange(
      ctx,
      kinds[1],
      pointers,
      'BACKWARD',
      `${change}: old data stays valid; readers on the old schema can meet ${side === 'min' ? 'fewer' : 'more'} ${unit} than they allowed.`,
    );
  }
}

/** A keyword whose values cannot be compared by meaning (`pattern`, `format`): added FORWARD, removed BACKWARD, changed NONE. */
function diffText(
  ctx: DiffContext,
  a: JsonSchema,
  b: JsonSchema,
  at: At,
  keyword: 'pattern' | 'format',
  kinds: readonly [ChangeKind, ChangeKind, ChangeKind],
): void {
  const ta = typeof a[keyword] === 'string' ? (a[keyword] as string) : undefined;
  const tb = typeof b[keyword] === 'string' ? (b[keyword] as string) : undefined;
  if (ta === tb) return;
  const pointers = {
    old: ta === undefined ? at.old : joinPointer(at.old, keyword),
    new: tb === undefined ? at.new : joinPointer(at.new, keyword),
  };
  const s = subject(at.where);
  if (ta === undefined) {
    addChange(ctx, kinds[0], pointers, 'FORWARD', `${s} must now match ${keyword} ${code(tb)}: data written with the old schema may not.`);
  } else if (tb === undefined) {
    addChange(
      ctx,
      kinds[1],
      pointers,
      'BACKWARD',
      `${s} no longer has to match ${keyword} ${code(ta)}: old data stays valid; readers on the old schema can meet other values.`,
    );
  } else {
    const why =
      keyword === 'pattern'
        ? 'regular expressions cannot be compared by what they match, so the change counts as incompatible both ways'
        : 'each format rejects values the other accepts';
    addChange(ctx, kinds[2], pointers, 'NONE', `${s} must now match ${keyword} ${code(tb)} instead of ${code(ta)}: ${why}.`);
  }
}
