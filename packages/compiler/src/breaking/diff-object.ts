import type { JsonSchema } from '../ir/json-schema.js';
import { joinPointer } from '../ir/plan.js';
import { COMPATIBILITY_TEXT, compatibilityOf, isBackward, isForward, reverse } from './compatibility.js';
import { type At, addChange, child, code, type DiffContext, propertyPath, subject } from './diff-context.js';
import { compareNodes, diffNode } from './diff-schema.js';
import { diffLimit } from './diff-values.js';
import { ANY, acceptsAnything, isSchemaNode, isSchemaObject, jsonEqual, type SchemaNode } from './schema-node.js';

/** What governs a property name a schema does not declare, and where that rule is written. */
interface Governing {
  readonly node: SchemaNode;
  readonly pointer: string;
  /** `closed` (`additionalProperties: false`), `open` (anything goes) or `partial` (a schema). */
  readonly model: 'closed' | 'open' | 'partial';
  /** How the rule reads in messages. */
  readonly text: string;
}

const propertiesOf = (s: JsonSchema): Readonly<Record<string, SchemaNode>> =>
  isSchemaObject(s.properties) ? (s.properties as Record<string, SchemaNode>) : {};

const requiredOf = (s: JsonSchema): readonly string[] =>
  Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : [];

/** The schema a side applies to an undeclared property `name`: a matching `patternProperties`, else `additionalProperties`. */
function governing(s: JsonSchema, name: string, at: string): Governing {
  const patterns = isSchemaObject(s.patternProperties) ? (s.patternProperties as Record<string, unknown>) : {};
  for (const [pattern, node] of Object.entries(patterns)) {
    if (!isSchemaNode(node) || !safeTest(pattern, name)) continue;
    return {
      node,
      pointer: joinPointer(at, 'patternProperties', pattern),
      model: node === false ? 'closed' : 'partial',
      text: `\`patternProperties\` ${code(pattern)}`,
    };
  }
  const ap = s.additionalProperties;
  const pointer = ap === undefined ? at : joinPointer(at, 'additionalProperties');
  if (ap === false) return { node: false, pointer, model: 'closed', text: '`additionalProperties: false`' };
  if (ap === undefined || ap === true || acceptsAnything(ap))
    return { node: ANY, pointer, model: 'open', text: 'no `additionalProperties: false`' };
  return { node: ap, pointer, model: 'partial', text: '`additionalProperties` schema' };
}

/** A record's own entry (a property may be called `constructor`). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function safeTest(pattern: string, name: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(name);
  } catch {
    return false;
  }
}

/**
 * Objects: each property (added, removed, or compared), `required`, `additionalProperties`,
 * `patternProperties`, `minProperties`/`maxProperties`, `propertyNames`, `dependencies`.
 */
export function diffObject(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  const pa = propertiesOf(a);
  const pb = propertiesOf(b);
  for (const [name, node] of Object.entries(pb)) {
    const old = own(pa, name);
    const where = propertyPath(at.where, name);
    if (old !== undefined) diffNode(ctx, old, node, child(at, ['properties', name], where));
    else propertyAdded(ctx, a, at, name, node, where);
  }
  for (const [name, node] of Object.entries(pa)) {
    if (own(pb, name) === undefined) propertyRemoved(ctx, b, at, name, node, propertyPath(at.where, name));
  }
  diffRequired(ctx, a, b, at);
  diffAdditional(ctx, a, b, at);
  diffPatternProperties(ctx, a, b, at);
  diffLimit(ctx, a, b, at, 'minProperties', 'min', ['min-properties-tightened', 'min-properties-relaxed'], 'properties');
  diffLimit(ctx, a, b, at, 'maxProperties', 'max', ['max-properties-tightened', 'max-properties-relaxed'], 'properties');
  diffPropertyNames(ctx, a, b, at);
  diffDependencies(ctx, a, b, at);
}

/**
 * A property the old schema did not declare. Its compatibility is that of replacing what the old
 * schema applied to the name (its content model) by the new definition:
 * - closed model: old payloads never set it (BACKWARD); old readers reject payloads that do;
 * - open model, strict: old payloads may already set it to anything, which the new definition
 *   may reject (FORWARD; FULL when the definition accepts anything);
 * - open model, lenient: old payloads are assumed not to set an undeclared name (FULL);
 * - `additionalProperties`/`patternProperties` schema: as the new definition compares with it.
 * Whether it is required is a separate change (`required-added`).
 */
function propertyAdded(ctx: DiffContext, a: JsonSchema, at: At, name: string, node: SchemaNode, where: string): void {
  const rule = governing(a, name, at.old);
  const pointers = {
    old: rule.pointer === at.old && isSchemaObject(a.properties) ? joinPointer(at.old, 'properties') : rule.pointer,
    new: joinPointer(at.new, 'properties', name),
  };
  let c = compareNodes(ctx, rule.node, node, { old: rule.pointer, new: pointers.new, where });
  const lenient = ctx.mode === 'lenient' && rule.model !== 'closed';
  if (lenient) c = compatibilityOf(true, isForward(c));
  const p = `\`${where}\``;
  let reason: string;
  if (rule.model === 'closed') {
    reason = `Property ${p} was added to a closed content model (${rule.text}): payloads written with the old schema never set it, so they stay valid; readers on the old schema reject payloads that set it.`;
  } else if (rule.model === 'open' && lenient) {
    reason = `Property ${p} was added to an open content model (${rule.text}): lenient mode assumes no payload set \`${name}\` before it was declared, so old payloads stay valid, and readers on the old schema accept it as an extra property.`;
  } else if (rule.model === 'open') {
    reason = isBackward(c)
      ? `Property ${p} was added to an open content model (${rule.text}) and accepts any value, so no payload changes validity.`
      : `Property ${p} was added to an open content model (${rule.text}): old payloads may already set an undeclared \`${name}\` to any value, which its new definition can reject; readers on the old schema accept it. Strict mode counts this as breaking; lenient mode, which assumes no payload set a property before it was declared, counts it as compatible.`;
  } else {
    reason = `Property ${p} was added where the old schema allowed it through its ${rule.text}; its new definition is ${COMPATIBILITY_TEXT[c]} compared with that${lenient ? ' (lenient mode assumes old payloads did not set it)' : ''}.`;
  }
  addChange(ctx, 'property-added', pointers, c, reason);
}

/**
 * A property the new schema no longer declares; the mirror of {@link propertyAdded}: removed from
 * a closed model, payloads that set it are rejected now (FORWARD); from an open model they stay
 * valid (BACKWARD in strict mode, FULL in lenient mode, which assumes new payloads stop setting it).
 */
function propertyRemoved(ctx: DiffContext, b: JsonSchema, at: At, name: string, node: SchemaNode, where: string): void {
  const rule = governing(b, name, at.new);
  const pointers = {
    old: joinPointer(at.old, 'properties', name),
    new: rule.pointer === at.new && isSchemaObject(b.properties) ? joinPointer(at.new, 'properties') : rule.pointer,
  };
  let c = compareNodes(ctx, node, rule.node, { old: pointers.old, new: rule.pointer, where });
  const lenient = ctx.mode === 'lenient' && rule.model !== 'closed';
  if (lenient) c = compatibilityOf(isBackward(c), true);
  const p = `\`${where}\``;
  let reason: string;
  if (rule.model === 'closed') {
    reason = `Property ${p} was removed from a closed content model (${rule.text}): payloads written with the old schema that set it are rejected now.`;
  } else if (rule.model === 'open' && lenient) {
    reason = `Property ${p} was removed from an open content model (${rule.text}): payloads that set it stay valid, and lenient mode assumes new payloads stop setting it once it is no longer declared.`;
  } else if (rule.model === 'open') {
    reason = isForward(c)
      ? `Property ${p} was removed from an open content model (${rule.text}); it accepted any value, so no payload changes validity.`
      : `Property ${p} was removed from an open content model (${rule.text}): payloads that set it stay valid; strict mode assumes new payloads may still set it to any value, which readers on the old schema can reject (lenient mode counts this as fully compatible).`;
  } else {
    reason = `Property ${p} was removed, so the new schema's ${rule.text} applies to it; that is ${COMPATIBILITY_TEXT[c]} compared with its old definition${lenient ? ' (lenient mode assumes new payloads no longer set it)' : ''}.`;
  }
  addChange(ctx, 'property-removed', pointers, c, reason);
}

/** `required`: a newly required name is FORWARD (old payloads may lack it); one no longer required is BACKWARD. */
function diffRequired(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  const ra = requiredOf(a);
  const rb = requiredOf(b);
  const listOld = Array.isArray(a.required) ? joinPointer(at.old, 'required') : at.old;
  const listNew = Array.isArray(b.required) ? joinPointer(at.new, 'required') : at.new;
  rb.forEach((name, i) => {
    if (ra.includes(name)) return;
    addChange(
      ctx,
      'required-added',
      { old: listOld, new: joinPointer(at.new, 'required', i) },
      'FORWARD',
      `\`${propertyPath(at.where, name)}\` is now required: payloads written with the old schema may lack it.`,
    );
  });
  ra.forEach((name, i) => {
    if (rb.includes(name)) return;
    addChange(
      ctx,
      'required-removed',
      { old: joinPointer(at.old, 'required', i), new: listNew },
      'BACKWARD',
      `\`${propertyPath(at.where, name)}\` is no longer required: old payloads stay valid; readers on the old schema expect it, but new payloads may omit it.`,
    );
  });
}

/** `additionalProperties`: closing the model is FORWARD, opening it BACKWARD; two schemas are compared. */
function diffAdditional(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  const xa = a.additionalProperties ?? true;
  const xb = b.additionalProperties ?? true;
  const pointers = {
    old: a.additionalProperties === undefined ? at.old : joinPointer(at.old, 'additionalProperties'),
    new: b.additionalProperties === undefined ? at.new : joinPointer(at.new, 'additionalProperties'),
  };
  const s = subject(at.where);
  if (xa !== false && xb === false) {
    addChange(
      ctx,
      'additional-properties-closed',
      pointers,
      'FORWARD',
      `${s} is now a closed content model (\`additionalProperties: false\`): payloads written with the old schema that carry undeclared properties are rejected now (in either mode: any name may have been in use).`,
    );
  } else if (xa === false && xb !== false) {
    addChange(
      ctx,
      'additional-properties-opened',
      pointers,
      'BACKWARD',
      `${s} is now an open content model (it accepts undeclared properties): old payloads stay valid; readers on the old schema reject new payloads that carry undeclared properties.`,
    );
  } else if (xa !== false && xb !== false) {
    diffNode(ctx, xa, xb, { ...pointers, where: at.where === '' ? '*' : `${at.where}.*` });
  }
}

/** `patternProperties`: each pattern compared with what applied to its names before. */
function diffPatternProperties(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  const pa = isSchemaObject(a.patternProperties) ? (a.patternProperties as Record<string, SchemaNode>) : {};
  const pb = isSchemaObject(b.patternProperties) ? (b.patternProperties as Record<string, SchemaNode>) : {};
  const apOld = a.additionalProperties ?? true;
  const apNew = b.additionalProperties ?? true;
  for (const [pattern, node] of Object.entries(pb)) {
    const old = own(pa, pattern);
    const where = propertyPath(at.where, `/${pattern}/`);
    if (old !== undefined) {
      diffNode(ctx, old, node, child(at, ['patternProperties', pattern], where));
      continue;
    }
    const pointers = { old: at.old, new: joinPointer(at.new, 'patternProperties', pattern) };
    const c = compareNodes(ctx, apOld, node, { ...pointers, where });
    addChange(
      ctx,
      'pattern-property-added',
      pointers,
      c,
      `${subject(at.where)} now applies a schema to property names matching ${code(pattern)}; compared with the \`additionalProperties\` it replaces there, it is ${COMPATIBILITY_TEXT[c]}.`,
    );
  }
  for (const [pattern, node] of Object.entries(pa)) {
    if (own(pb, pattern) !== undefined) continue;
    const pointers = { old: joinPointer(at.old, 'patternProperties', pattern), new: at.new };
    const c = compareNodes(ctx, node, apNew, { ...pointers, where: propertyPath(at.where, `/${pattern}/`) });
    addChange(
      ctx,
      'pattern-property-removed',
      pointers,
      c,
      `${subject(at.where)} no longer has a schema for property names matching ${code(pattern)}; \`additionalProperties\` applies to them now, which is ${COMPATIBILITY_TEXT[c]}.`,
    );
  }
}

/** `propertyNames`: added FORWARD, removed BACKWARD, changed compared. */
function diffPropertyNames(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  const na = isSchemaNode(a.propertyNames) ? a.propertyNames : undefined;
  const nb = isSchemaNode(b.propertyNames) ? b.propertyNames : undefined;
  if (na === undefined && nb === undefined) return;
  const s = subject(at.where);
  if (na === undefined && nb !== undefined) {
    const c = compareNodes(ctx, ANY, nb, child(at, ['propertyNames']));
    addChange(
      ctx,
      'property-names-added',
      { old: at.old, new: joinPointer(at.new, 'propertyNames') },
      c,
      `${s} now restricts property names (\`propertyNames\`): payloads written with the old schema may use other names.`,
    );
  } else if (na !== undefined && nb === undefined) {
    const c = reverse(compareNodes(ctx, ANY, na, child(at, ['propertyNames'])));
    addChange(
      ctx,
      'property-names-removed',
      { old: joinPointer(at.old, 'propertyNames'), new: at.new },
      c,
      `${s} no longer restricts property names (\`propertyNames\`): old payloads stay valid.`,
    );
  } else if (na !== undefined && nb !== undefined) {
    diffNode(ctx, na, nb, child(at, ['propertyNames'], `${at.where} (property names)`));
  }
}

/** `dependencies`: a new dependency is FORWARD, a dropped one BACKWARD; changed lists by inclusion, schemas compared. */
function diffDependencies(ctx: DiffContext, a: JsonSchema, b: JsonSchema, at: At): void {
  const da = isSchemaObject(a.dependencies) ? (a.dependencies as Record<string, unknown>) : {};
  const db = isSchemaObject(b.dependencies) ? (b.dependencies as Record<string, unknown>) : {};
  const s = subject(at.where);
  for (const [name, dep] of Object.entries(db)) {
    const old = own(da, name);
    const pointers = {
      old: old === undefined ? at.old : joinPointer(at.old, 'dependencies', name),
      new: joinPointer(at.new, 'dependencies', name),
    };
    if (old === undefined) {
      addChange(
        ctx,
        'dependency-added',
        pointers,
        'FORWARD',
        `${s}: a payload that sets \`${name}\` must now also satisfy a dependency; payloads written with the old schema may not.`,
      );
    } else if (Array.isArray(old) && Array.isArray(dep)) {
      if (jsonEqual(old, dep)) continue;
      const more = dep.every((d) => old.includes(d)) ? 'BACKWARD' : old.every((d) => dep.includes(d)) ? 'FORWARD' : 'NONE';
      addChange(
        ctx,
        'dependency-changed',
        pointers,
        more,
        `${s}: the properties a payload that sets \`${name}\` must also set changed from ${code(old)} to ${code(dep)}.`,
      );
    } else if (isSchemaNode(old) && isSchemaNode(dep)) {
      diffNode(ctx, old, dep, { ...pointers, where: at.where });
    } else {
      addChange(
        ctx,
        'dependency-changed',
        pointers,
        'NONE',
        `${s}: the dependency of \`${name}\` changed between a property list and a schema.`,
      );
    }
  }
  for (const name of Object.keys(da)) {
    if (own(db, name) !== undefined) continue;
    addChange(
      ctx,
      'dependency-removed',
      { old: joinPointer(at.old, 'dependencies', name), new: at.new },
      'BACKWARD',
      `${s}: the dependency of \`${name}\` was removed: old payloads stay valid.`,
    );
  }
}
