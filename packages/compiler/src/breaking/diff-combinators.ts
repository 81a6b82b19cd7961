import type { JsonSchema } from '../ir/json-schema.js';
import { joinPointer } from '../ir/plan.js';
import { combine, reverse } from './compatibility.js';
import { type At, addChange, child, type DiffContext, subject } from './diff-context.js';
import { compareNodes, diffNode } from './diff-schema.js';
import { ANY, acceptsAnything, isSchemaNode, jsonEqual, type SchemaNode } from './schema-node.js';
import type { Compatibility } from './types.js';

type Combinator = 'anyOf' | 'oneOf' | 'allOf';

const COMBINATORS: readonly Combinator[] = ['anyOf', 'oneOf', 'allOf'];

const MATCH: Readonly<Record<Combinator, string>> = { anyOf: 'at least one', oneOf: 'exactly one', allOf: 'all' };

const branchesOf = (s: JsonSchema, keyword: Combinator): readonly SchemaNode[] | undefined =>
  Array.isArray(s[keyword]) ? (s[keyword] as unknown[]).filter(isSchemaNode) : undefined;

/**
 * `anyOf`, `oneOf`, `allOf` (Confluent's sum and product types), `not` and `if`/`then`/`else`.
 *
 * A branch added to `anyOf`/`oneOf` accepts more (BACKWARD), a removed one less (FORWARD); for
 * `allOf` it is the other way round. Branches are paired by equality first, then in order, and
 * each pair is compared as nested schemas. `oneOf` follows Confluent: an added branch counts as
 * backward compatible, although a payload that now matches two branches fails `oneOf`.
 */
export function diffCombinators(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  for (const keyword of COMBINATORS) diffCombinator(ctx, a, b, at, keyword);
  diffNot(ctx, a, b, at);
  if (!jsonEqual([a.if, a.then, a.else], [b.if, b.then, b.else])) {
    const has = (s: JsonSchema) => s.if !== undefined || s.then !== undefined || s.else !== undefined;
    addChange(
      ctx,
      'conditional-changed',
      { old: has(a) ? joinPointer(at.old, 'if') : at.old, new: has(b) ? joinPointer(at.new, 'if') : at.new },
      'NONE',
      `The \`if\`/\`then\`/\`else\` of ${subject(at.where)} changed; Reflekt does not compare conditionals, so the change counts as incompatible both ways.`,
    );
  }
}

/** What adding a branch does to the schema. */
function branchAdded(ctx: DiffContext, keyword: Combinator, node: SchemaNode, at: At): Compatibility {
  return keyword === 'allOf' ? compareNodes(ctx, ANY, node, at) : 'BACKWARD';
}

function diffCombinator(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At, keyword: Combinator): void {
  const la = branchesOf(a, keyword);
  const lb = branchesOf(b, keyword);
  if (!la && !lb) return;
  const s = subject(at.where);
  const branchAt = (i: number, j: number): At => ({
    old: joinPointer(at.old, keyword, i),
    new: joinPointer(at.new, keyword, j),
    where: `${at.where} (${keyword} #${j + 1})`,
  });
  // A new list adds a constraint: `allOf` as strict as its branches, `anyOf`/`oneOf` unless a branch accepts anything.
  const constraint = (list: readonly SchemaNode[], at: (i: number) => At): Compatibility =>
    keyword === 'allOf' ? combine(list.map((n, i) => compareNodes(ctx, ANY, n, at(i)))) : list.some(acceptsAnything) ? 'FULL' : 'FORWARD';
  if (!la && lb) {
    addChange(
      ctx,
      `${keyword}-added`,
      { old: at.old, new: joinPointer(at.new, keyword) },
      constraint(lb, (j) => branchAt(0, j)),
      `${s} must now match ${MATCH[keyword]} of ${lb.length} schema${lb.length === 1 ? '' : 's'} (\`${keyword}\`): data written with the old schema may not.`,
    );
    return;
  }
  if (la && !lb) {
    addChange(
      ctx,
      `${keyword}-removed`,
      { old: joinPointer(at.old, keyword), new: at.new },
      reverse(constraint(la, (i) => branchAt(i, 0))),
      `${s} no longer has to match ${MATCH[keyword]} of its \`${keyword}\` schemas: old data stays valid; readers on the old schema can meet data that does not.`,
    );
    return;
  }
  if (!la || !lb) return;
  // Pair equal branches first (reordering is no change), then the rest in order.
  const pairedA = new Map<number, number>();
  const freeB: number[] = [];
  lb.forEach((nb, j) => {
    const i = la.findIndex((na, i) => !pairedA.has(i) && jsonEqual(na, nb));
    if (i >= 0) pairedA.set(i, j);
    else freeB.push(j);
  });
  const freeA = la.map((_, i) => i).filter((i) => !pairedA.has(i));
  while (freeA.length > 0 && freeB.length > 0) pairedA.set(freeA.shift() as number, freeB.shift() as number);
  for (const [i, j] of [...pairedA].sort((x, y) => x[1] - y[1])) {
    const na = la[i];
    const nb = lb[j];
    if (na !== undefined && nb !== undefined) diffNode(ctx, na, nb, branchAt(i, j));
  }
  for (const j of freeB) {
    const nb = lb[j];
    if (nb === undefined) continue;
    const pointers = { old: joinPointer(at.old, keyword), new: joinPointer(at.new, keyword, j) };
    const c = branchAdded(ctx, keyword, nb, { ...pointers, where: branchAt(0, j).where });
    const effect =
      keyword === 'allOf'
        ? 'every payload must match it too, so data written with the old schema may fail'
        : 'old data stays valid; readers on the old schema can meet data that only this branch accepts';
    addChange(ctx, `${keyword}-branch-added`, pointers, c, `A branch was added to the \`${keyword}\` of ${s}: ${effect}.`);
  }
  for (const i of freeA) {
    const na = la[i];
    if (na === undefined) continue;
    const pointers = { old: joinPointer(at.old, keyword, i), new: joinPointer(at.new, keyword) };
    const c = reverse(branchAdded(ctx, keyword, na, { ...pointers, where: `${at.where} (${keyword} #${i + 1})` }));
    const effect =
      keyword === 'allOf'
        ? 'payloads no longer have to match it: old data stays valid'
        : 'data written with the old schema that only this branch accepted is rejected now';
    addChange(ctx, `${keyword}-branch-removed`, pointers, c, `Branch ${i + 1} was removed from the \`${keyword}\` of ${s}: ${effect}.`);
  }
}

/** `not`: excluding more is FORWARD, excluding less BACKWARD (the inner change, reversed). */
function diffNot(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  const na = isSchemaNode(a.not) ? a.not : undefined;
  const nb = isSchemaNode(b.not) ? b.not : undefined;
  if (na === undefined && nb === undefined) return;
  const s = subject(at.where);
  if (na === undefined) {
    addChange(
      ctx,
      'not-added',
      { old: at.old, new: joinPointer(at.new, 'not') },
      'FORWARD',
      `${s} now excludes values that match a \`not\` schema: data written with the old schema may match it.`,
    );
  } else if (nb === undefined) {
    addChange(
      ctx,
      'not-removed',
      { old: joinPointer(at.old, 'not'), new: at.new },
      'BACKWARD',
      `${s} no longer excludes the values its \`not\` schema matched: old data stays valid.`,
    );
  } else {
    const c = reverse(compareNodes(ctx, na, nb, child(at, ['not'])));
    if (c === 'FULL') return;
    addChange(
      ctx,
      'not-changed',
      child(at, ['not']),
      c,
      `The \`not\` schema of ${s} changed, which makes ${s} ${c === 'FORWARD' ? 'stricter' : c === 'BACKWARD' ? 'more permissive' : 'accept different values'}.`,
    );
  }
}
