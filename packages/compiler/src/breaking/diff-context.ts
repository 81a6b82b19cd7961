import { joinPointer } from '../ir/plan.js';
import { combine } from './compatibility.js';
import type { SchemaNode } from './schema-node.js';
import type { BreakingMode, ChangeKind, Compatibility, SchemaChange } from './types.js';

/** Where the walk is: the node's pointer in each schema, and a readable name for messages. */
export interface At {
  /** Pointer of the node in the old schema. */
  readonly old: string;
  /** Pointer of the node in the new schema. */
  readonly new: string;
  /** `products[].sku`; `''` for the payload itself. */
  readonly where: string;
}

/** The walk over one pair of schemas: both roots (for `$ref`), the mode, and what was found. */
export interface DiffContext {
  readonly mode: BreakingMode;
  readonly oldRoot: SchemaNode;
  readonly newRoot: SchemaNode;
  readonly changes: SchemaChange[];
  /** `$ref` target pairs already compared (recursive schemas). */
  readonly seen: Set<string>;
  /** Change keys already reported (a definition used in several places is reported once). */
  readonly reported: Set<string>;
}

/** Records a change once. */
export function addChange(
  ctx: DiffContext,
  kind: ChangeKind,
  pointers: { readonly old: string; readonly new: string },
  compatibility: Compatibility,
  reason: string,
): void {
  const key = `${kind}\0${pointers.new}\0${pointers.old}`;
  if (ctx.reported.has(key)) return;
  ctx.reported.add(key);
  ctx.changes.push({ kind, pointer: pointers.new, oldPointer: pointers.old, compatibility, reason });
}

/** A context for a side comparison whose changes are summarized rather than reported. */
export function scratch(ctx: DiffContext): DiffContext {
  return { ...ctx, changes: [], seen: new Set(ctx.seen), reported: new Set() };
}

/** The compatibility of the changes a scratch walk found. */
export function summary(ctx: DiffContext): Compatibility {
  return combine(ctx.changes.map((c) => c.compatibility));
}

/** The position one keyword down on both sides. */
export function child(at: At, tokens: readonly (string | number)[], where: string = at.where): At {
  return { old: joinPointer(at.old, ...tokens), new: joinPointer(at.new, ...tokens), where };
}

/** `the payload` or `` `products[].sku` ``, for messages. */
export function subject(where: string): string {
  return where === '' ? 'the payload' : `\`${where}\``;
}

/** A readable name for a property below `where`. */
export function propertyPath(where: string, name: string): string {
  return where === '' ? name : `${where}.${name}`;
}

/** A JSON value in backticks. */
export function code(value: unknown): string {
  return `\`${JSON.stringify(value)}\``;
}
