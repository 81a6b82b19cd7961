import type { JsonSchema, JsonValue } from '@reflekt/compiler';
import { pascalCase, type TypeNamer, words } from './naming.js';
import { schemaDoc } from './tsdoc.js';

/** An event schema rewritten for json-schema-to-typescript, plus what the function must know. */
export interface Prepared {
  /** The input of json-schema-to-typescript; its root is titled with the payload type's name. */
  readonly schema: JsonSchema;
  /** Top-level `const` properties: optional in the type, filled in by the function. */
  readonly consts: ReadonlyArray<readonly [string, JsonValue]>;
  /** Whether the payload has a required property (else the payload argument may be left out). */
  readonly hasRequired: boolean;
  /** `$ref`s to other documents, typed as `unknown`. */
  readonly externalRefs: readonly string[];
}

type Mutable = { [keyword: string]: unknown };

/** Keywords that only the structure of a TypeScript type depends on, copied as they are. */
const COPIED = ['type', 'enum', 'const', 'required'] as const;
/** Keywords holding one subschema. */
const ONE = ['additionalItems'] as const;
/** Keywords holding a list of subschemas. */
const MANY = ['anyOf', 'oneOf', 'allOf'] as const;
/** Keywords holding named subschemas. */
const NAMED = ['properties', 'definitions', '$defs'] as const;

/**
 * Rewrites an event schema so that json-schema-to-typescript prints the types Reflekt wants:
 *
 * - every object with properties is closed (its `additionalProperties` is dropped, and the
 *   generator's default is `false`), so a misspelled property is a type error; an object without
 *   properties is a map of its `additionalProperties`, or of `unknown`;
 * - `format: date-time` strings become `string | Date` (the runtime sends `Date`s as ISO strings);
 * - descriptions get the constraints and `@deprecated` appended, for TSDoc;
 * - titles go, except on the root (the payload type's name) and on `$ref` targets, which get
 *   unique names made from the event's type name (`OrderCompletedProduct`), so types of different
 *   events never clash;
 * - top-level `const` properties become optional: the generated function fills them in.
 */
export function prepareSchema(source: JsonSchema, typeName: string, typeBase: string, types: TypeNamer): Prepared {
  const refs = new Set<string>();
  const externalRefs: string[] = [];
  const root = prep(source, true, refs, externalRefs) as Mutable;
  root.title = typeName;

  const consts: Array<readonly [string, JsonValue]> = [];
  const props = source.properties ?? {};
  for (const [key, schema] of Object.entries(props)) {
    if (schema.const !== undefined) consts.push([key, schema.const]);
  }
  const required = (source.required ?? []).filter((k) => !consts.some(([c]) => c === k) && k in props);
  if (Array.isArray(root.required)) root.required = required;

  for (const ref of [...refs].sort()) {
    const target = resolvePointer(root, ref);
    if (target === root) continue;
    if (target === undefined) {
      externalRefs.push(ref);
      continue;
    }
    if (typeof target.title !== 'string') {
      const last = ref.split('/').pop() ?? 'Type';
      target.title = types.take(typeBase + pascalCase(words(decodePointerSegment(last))));
    }
  }
  if (externalRefs.length > 0) replaceRefs(root, new Set(externalRefs));
  return { schema: root as JsonSchema, consts, hasRequired: required.length > 0, externalRefs };
}

function prep(node: JsonSchema | boolean, isRoot: boolean, refs: Set<string>, external: string[]): Mutable | boolean {
  if (typeof node === 'boolean') return node;
  const out: Mutable = {};
  const doc = schemaDoc(node);
  if (doc !== undefined) out.description = doc;

  if (typeof node.$ref === 'string') {
    if (node.$ref === '#' || node.$ref.startsWith('#/')) {
      refs.add(node.$ref);
      out.$ref = node.$ref;
    } else {
      external.push(node.$ref);
      out.description = `${doc ? `${doc}\n\n` : ''}Typed as \`unknown\`: \`${node.$ref}\` is another document.`;
    }
    return out;
  }

  for (const key of COPIED) if (node[key] !== undefined) out[key] = node[key];
  for (const key of ONE) {
    const sub = node[key];
    if (sub !== undefined && sub !== null && typeof sub === 'object') out[key] = prep(sub as JsonSchema, false, refs, external);
  }
  for (const key of MANY) {
    const list = node[key];
    if (Array.isArray(list)) out[key] = list.map((s: JsonSchema) => prep(s, false, refs, external));
  }
  for (const key of NAMED) {
    const named = node[key] as { [name: string]: JsonSchema } | undefined;
    if (named && typeof named === 'object') {
      const mapped: Mutable = {};
      for (const [name, sub] of Object.entries(named)) mapped[name] = prep(sub, false, refs, external);
      out[key] = mapped;
    }
  }
  if (node.items !== undefined) {
    out.items = Array.isArray(node.items)
      ? node.items.map((s: JsonSchema) => prep(s, false, refs, external))
      : prep(node.items as JsonSchema, false, refs, external);
  }

  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  if (node.format === 'date-time' && types.includes('string') && node.enum === undefined && node.const === undefined) {
    out.tsType = types.includes('null') ? 'string | Date | null' : 'string | Date';
  }

  const hasProperties = node.properties !== undefined && Object.keys(node.properties).length > 0;
  const isObject = types.includes('object') || node.properties !== undefined;
  if (isObject && !hasProperties && MANY.every((k) => node[k] === undefined)) {
    const extra = node.additionalProperties;
    const patterns = node.patternProperties as { [p: string]: JsonSchema } | undefined;
    if (extra !== undefined && typeof extra === 'object') out.additionalProperties = prep(extra, false, refs, external);
    else if (patterns && Object.keys(patterns).length > 0) {
      out.additionalProperties = { anyOf: Object.values(patterns).map((s) => prep(s, false, refs, external)) };
    } else if (extra === false || (isRoot && extra === undefined)) {
      // A closed object without properties: nothing may be sent.
      out.tsType = types.includes('null') ? 'Record<string, never> | null' : 'Record<string, never>';
      delete out.properties;
    } else out.additionalProperties = true;
  }
  return out;
}

function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function safeDecodeUri(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function resolvePointer(root: Mutable, pointer: string): Mutable | undefined {
  if (pointer === '#') return root;
  let node: unknown = root;
  for (const raw of pointer.slice(2).split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    const key = decodePointerSegment(safeDecodeUri(raw));
    node = Object.hasOwn(node, key) ? (node as Mutable)[key] : undefined;
  }
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Mutable) : undefined;
}

/** Replaces `$ref`s that point nowhere in the document by `unknown`. */
function replaceRefs(node: unknown, dangling: ReadonlySet<string>): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) replaceRefs(item, dangling);
    return;
  }
  const obj = node as Mutable;
  if (typeof obj.$ref === 'string' && dangling.has(obj.$ref)) {
    obj.description = `${typeof obj.description === 'string' ? `${obj.description}\n\n` : ''}Typed as \`unknown\`: \`${obj.$ref}\` points nowhere in the schema.`;
    delete obj.$ref;
    return;
  }
  for (const value of Object.values(obj)) replaceRefs(value, dangling);
}
