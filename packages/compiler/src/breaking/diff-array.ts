import type { JsonSchema } from '../ir/json-schema.js';
import { joinPointer } from '../ir/plan.js';
import { COMPATIBILITY_TEXT } from './compatibility.js';
import { type At, addChange, child, type DiffContext, subject } from './diff-context.js';
import { compareNodes, diffNode } from './diff-schema.js';
import { diffLimit } from './diff-values.js';
import { ANY, isSchemaNode, type SchemaNode } from './schema-node.js';

const tupleOf = (s: JsonSchema): readonly SchemaNode[] | undefined =>
  Array.isArray(s.items) ? (s.items as SchemaNode[]).filter(isSchemaNode) : undefined;

/**
 * Arrays: the item schema (compared as a nested schema at `items`), tuples (`items` as a list,
 * with `additionalItems`), `minItems`/`maxItems`, `uniqueItems` and `contains`.
 */
export function diffArray(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  const ta = tupleOf(a);
  const tb = tupleOf(b);
  const itemsWhere = `${at.where}[]`;
  if (!ta && !tb) {
    const ia = isSchemaNode(a.items) ? a.items : ANY;
    const ib = isSchemaNode(b.items) ? b.items : ANY;
    const pointers = {
      old: a.items === undefined ? at.old : joinPointer(at.old, 'items'),
      new: b.items === undefined ? at.new : joinPointer(at.new, 'items'),
    };
    diffNode(ctx, ia, ib, { ...pointers, where: itemsWhere });
  } else if (ta && tb) {
    diffTuples(ctx, a, b, ta, tb, at);
  } else {
    addChange(
      ctx,
      'items-changed',
      {
        old: a.items === undefined ? at.old : joinPointer(at.old, 'items'),
        new: b.items === undefined ? at.new : joinPointer(at.new, 'items'),
      },
      'NONE',
      `The items of ${subject(at.where)} changed between one schema for every item and a tuple (a schema per position): Reflekt counts this as incompatible both ways.`,
    );
  }
  diffLimit(ctx, a, b, at, 'minItems', 'min', ['min-items-tightened', 'min-items-relaxed'], 'items');
  diffLimit(ctx, a, b, at, 'maxItems', 'max', ['max-items-tightened', 'max-items-relaxed'], 'items');
  diffUniqueItems(ctx, a, b, at);
  diffContains(ctx, a, b, at);
}

function diffTuples(ctx: DiffContext, a: JsonSchema, b: JsonSchema, ta: readonly SchemaNode[], tb: readonly SchemaNode[], at: At): void {
  const restA: SchemaNode = isSchemaNode(a.additionalItems) ? a.additionalItems : ANY;
  const restB: SchemaNode = isSchemaNode(b.additionalItems) ? b.additionalItems : ANY;
  const s = subject(at.where);
  for (let i = 0; i < Math.max(ta.length, tb.length); i++) {
    const ia = ta[i];
    const ib = tb[i];
    const where = `${at.where}[${i}]`;
    if (ia !== undefined && ib !== undefined) {
      diffNode(ctx, ia, ib, child(at, ['items', i], where));
    } else if (ib !== undefined) {
      const pointers = { old: joinPointer(at.old, 'items'), new: joinPointer(at.new, 'items', i) };
      const c = compareNodes(ctx, restA, ib, { ...pointers, where });
      addChange(
        ctx,
        'items-changed',
        pointers,
        c,
        `${s} has a schema for tuple position ${i} now, where \`additionalItems\` applied before; that is ${COMPATIBILITY_TEXT[c]}.`,
      );
    } else if (ia !== undefined) {
      const pointers = { old: joinPointer(at.old, 'items', i), new: joinPointer(at.new, 'items') };
      const c = compareNodes(ctx, ia, restB, { ...pointers, where });
      addChange(
        ctx,
        'items-changed',
        pointers,
        c,
        `${s} no longer has a schema for tuple position ${i}; \`additionalItems\` applies there now, which is ${COMPATIBILITY_TEXT[c]}.`,
      );
    }
  }
  const pointers = {
    old: a.additionalItems === undefined ? at.old : joinPointer(at.old, 'additionalItems'),
    new: b.additionalItems === undefined ? at.new : joinPointer(at.new, 'additionalItems'),
  };
  if (restA !== false && restB === false) {
    addChange(
      ctx,
      'additional-items-closed',
      pointers,
      'FORWARD',
      `${s} no longer accepts items beyond its tuple (\`additionalItems: false\`): longer arrays written with the old schema are rejected now.`,
    );
  } else if (restA === false && restB !== false) {
    addChange(
      ctx,
      'additional-items-opened',
      pointers,
      'BACKWARD',
      `${s} now accepts items beyond its tuple: old data stays valid; readers on the old schema reject longer arrays.`,
    );
  } else if (restA !== false && restB !== false) {
    diffNode(ctx, restA, restB, { ...pointers, where: `${at.where}[…]` });
  }
}

function diffUniqueItems(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  const ua = a.uniqueItems === true;
  const ub = b.uniqueItems === true;
  if (ua === ub) return;
  const pointers = {
    old: a.uniqueItems === undefined ? at.old : joinPointer(at.old, 'uniqueItems'),
    new: b.uniqueItems === undefined ? at.new : joinPointer(at.new, 'uniqueItems'),
  };
  if (ub) {
    addChange(
      ctx,
      'unique-items-added',
      pointers,
      'FORWARD',
      `The items of ${subject(at.where)} must now be unique: data written with the old schema may repeat items.`,
    );
  } else {
    addChange(
      ctx,
      'unique-items-removed',
      pointers,
      'BACKWARD',
      `The items of ${subject(at.where)} no longer have to be unique: old data stays valid; readers on the old schema can meet repeated items.`,
    );
  }
}

function diffContains(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  const ca = isSchemaNode(a.contains) ? a.contains : undefined;
  const cb = isSchemaNode(b.contains) ? b.contains : undefined;
  if (ca === undefined && cb === undefined) return;
  const s = subject(at.where);
  if (ca !== undefined && cb !== undefined) {
    diffNode(ctx, ca, cb, child(at, ['contains'], `${at.where} (contains)`));
  } else if (cb !== undefined) {
    addChange(
      ctx,
      'contains-added',
      { old: at.old, new: joinPointer(at.new, 'contains') },
      'FORWARD',
      `${s} must now contain a matching item (\`contains\`): data written with the old schema may not.`,
    );
  } else if (ca !== undefined) {
    addChange(
      ctx,
      'contains-removed',
      { old: joinPointer(at.old, 'contains'), new: at.new },
      'BACKWARD',
      `${s} no longer has to contain a matching item (\`contains\`): old data stays valid.`,
    );
  }
}
