import type { JsonSchema } from '../ir/json-schema.js';
import { joinPointer } from '../ir/plan.js';
import { diffArray } from './diff-array.js';
import { diffCombinators } from './diff-combinators.js';
import { type At, addChange, type DiffContext, scratch, subject, summary } from './diff-context.js';
import { diffObject } from './diff-object.js';
import { diffEnum, diffNumbers, diffStrings, diffType, typesOf } from './diff-values.js';
import { acceptsAnything, normalizeNode, resolveRef, type SchemaNode } from './schema-node.js';
import type { BreakingMode, Compatibility, SchemaChange } from './types.js';

/** Options of {@link diffSchemas}. */
export interface DiffOptions {
  /** How open content models are judged. @default 'strict' */
  readonly mode?: BreakingMode;
}

/**
 * Compares two draft-07 schemas (an event's old and new payload schema) and lists every
 * difference that changes which payloads are valid, each with its compatibility and reason.
 * Annotations (`description`, `title`, `examples`, `default`, …) are not compared.
 *
 * Both schemas are walked in parallel: types, `enum`/`const`, number and string bounds,
 * `pattern`, `format`, object properties, `required`, `additionalProperties`, array `items`,
 * `anyOf`/`oneOf`/`allOf`/`not`, and local `$ref`s (resolved on each side, so a changed
 * definition is reported where it is defined, once). Changes come out in the order of the new
 * schema, removals after the nodes that remain.
 */
export function diffSchemas(oldSchema: SchemaNode, newSchema: SchemaNode, options: DiffOptions = {}): SchemaChange[] {
  const ctx: DiffContext = {
    mode: options.mode ?? 'strict',
    oldRoot: oldSchema,
    newRoot: newSchema,
    changes: [],
    seen: new Set(),
    reported: new Set(),
  };
  diffNode(ctx, oldSchema, newSchema, { old: '', new: '', where: '' });
  return ctx.changes;
}

/** Walks one pair of schema nodes. */
export function diffNode(ctx: DiffContext, a: SchemaNode, b: SchemaNode, at: At): void {
  // Also ends the walk where absent keywords (`items`, `additionalProperties`) stand for `{}`.
  if (acceptsAnything(a) && acceptsAnything(b)) return;
  if (diffRefs(ctx, a, b, at)) return;
  const na = normalizeNode(a);
  const nb = normalizeNode(b);
  if (na === false || nb === false) {
    diffBoolean(ctx, na, nb, at);
    return;
  }
  const { shared } = diffType(ctx, na, nb, at);
  diffEnum(ctx, na, nb, at);
  if (shared.has('integer')) diffNumbers(ctx, na, nb, at);
  if (shared.has('string')) diffStrings(ctx, na, nb, at);
  if (shared.has('object')) diffObject(ctx, na, nb, at);
  if (shared.has('array')) diffArray(ctx, na, nb, at);
  diffCombinators(ctx, na, nb, at);
}

/**
 * The compatibility of replacing `a` by `b`, without reporting the details (used where a change
 * is reported as one item, such as a property added where `additionalProperties` allowed it).
 */
export function compareNodes(ctx: DiffContext, a: SchemaNode, b: SchemaNode, at: At): Compatibility {
  const side = scratch(ctx);
  diffNode(side, a, b, at);
  return summary(side);
}

/** Which types a node accepts (every type when it says nothing about types). */
export function nodeTypes(node: SchemaNode): ReadonlySet<string> {
  const n = normalizeNode(node);
  return n === false ? new Set() : typesOf(n);
}

/**
 * `$ref`: in draft-07 a schema with `$ref` is its target (siblings are ignored). Both sides are
 * resolved and their targets compared; a ref that points elsewhere, or that replaced an inline
 * schema, is reported as `ref-changed`. Returns whether the pair was handled here.
 */
function diffRefs(ctx: DiffContext, a: SchemaNode, b: SchemaNode, at: At): boolean {
  const aRef = refOf(a);
  const bRef = refOf(b);
  if (aRef === undefined && bRef === undefined) return false;
  const ra = aRef === undefined ? { node: a, pointer: at.old } : resolveRef(ctx.oldRoot, aRef);
  const rb = bRef === undefined ? { node: b, pointer: at.new } : resolveRef(ctx.newRoot, bRef);
  const pointers = {
    old: aRef === undefined ? at.old : joinPointer(at.old, '$ref'),
    new: bRef === undefined ? at.new : joinPointer(at.new, '$ref'),
  };
  if (aRef !== bRef) {
    const from = aRef === undefined ? 'an inline schema' : `\`${aRef}\``;
    const to = bRef === undefined ? 'an inline schema' : `\`${bRef}\``;
    if (!ra || !rb) {
      addChange(
        ctx,
        'ref-changed',
        pointers,
        'NONE',
        `${subject(at.where)} changed from ${from} to ${to}, and Reflekt cannot resolve ${!ra ? from : to} (only local \`#/…\` references are followed), so it cannot tell what the change allows.`,
      );
      return true;
    }
    addChange(
      ctx,
      'ref-changed',
      pointers,
      'FULL',
      `${subject(at.where)} changed from ${from} to ${to}; the two schemas are compared keyword by keyword, and any difference is reported on its own.`,
    );
  } else if (!ra || !rb) {
    // The same unresolvable reference on both sides: nothing to compare.
    return true;
  }
  const key = `${ra.pointer}\0${rb.pointer}`;
  if (ctx.seen.has(key)) return true;
  ctx.seen.add(key);
  diffNode(ctx, ra.node, rb.node, { old: ra.pointer, new: rb.pointer, where: at.where });
  return true;
}

function refOf(node: SchemaNode): string | undefined {
  return typeof node === 'object' && typeof node.$ref === 'string' ? node.$ref : undefined;
}

/** `false` (accept nothing) on either side. */
function diffBoolean(ctx: DiffContext, a: JsonSchema | false, b: JsonSchema | false, at: At): void {
  if (a === false && b === false) return;
  if (b === false) {
    addChange(
      ctx,
      'schema-forbidden',
      at,
      'FORWARD',
      `${subject(at.where)} is now \`false\`: no value is valid, so data written with the old schema that sets it is rejected.`,
    );
    return;
  }
  addChange(
    ctx,
    'schema-allowed',
    at,
    'BACKWARD',
    `${subject(at.where)} was \`false\` (no value allowed) and now accepts values: old data stays valid; readers on the old schema reject new data that sets it.`,
  );
}
