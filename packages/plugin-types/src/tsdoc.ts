import type { JsonSchema, JsonValue } from '@reflekt/compiler';

/** Keeps `*\/` from closing the comment a text is put in. */
export function escapeComment(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}

const json = (value: unknown): string => JSON.stringify(value) ?? 'undefined';
/** An inline code span that survives backticks in its text. */
const code = (text: string): string => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/**
 * The constraints a TypeScript type cannot express, as one line for the property's TSDoc:
 * `Integer; minimum 1; maximum 100; pattern \`^a$\``. Empty when there are none.
 */
export function constraintLine(schema: JsonSchema): string {
  const parts: string[] = [];
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  if (types.includes('integer')) parts.push('integer');
  const n = (key: string, label: string): void => {
    const v = schema[key];
    if (typeof v === 'number') parts.push(`${label} ${v}`);
  };
  n('minimum', 'minimum');
  n('exclusiveMinimum', 'greater than');
  n('maximum', 'maximum');
  n('exclusiveMaximum', 'less than');
  n('multipleOf', 'multiple of');
  n('minLength', 'min length');
  n('maxLength', 'max length');
  n('minItems', 'min items');
  n('maxItems', 'max items');
  n('minProperties', 'min properties');
  n('maxProperties', 'max properties');
  if (schema.uniqueItems === true) parts.push('unique items');
  if (typeof schema.format === 'string') {
    parts.push(
      schema.format === 'date-time' ? `format ${code('date-time')} (ISO 8601; a \`Date\` is sent as one)` : `format ${code(schema.format)}`,
    );
  }
  if (typeof schema.pattern === 'string') parts.push(`pattern ${code(schema.pattern)}`);
  if (schema.default !== undefined) parts.push(`default ${code(json(schema.default))}`);
  const examples = schema.examples;
  if (Array.isArray(examples) && examples.length > 0) parts.push(`example ${code(json(examples[0]))}`);
  if (parts.length === 0) return '';
  const line = parts.join('; ');
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
}

/** The TSDoc text of a schema node: its description, its constraints and `@deprecated`. */
export function schemaDoc(schema: JsonSchema): string | undefined {
  const paragraphs: string[] = [];
  if (typeof schema.description === 'string' && schema.description.trim() !== '') paragraphs.push(schema.description.trim());
  const constraints = constraintLine(schema);
  if (constraints) paragraphs.push(constraints);
  if (schema.deprecated === true) paragraphs.push('@deprecated');
  return paragraphs.length > 0 ? escapeComment(paragraphs.join('\n\n')) : undefined;
}

/** Renders a TSDoc block, indented by `indent`. */
export function docBlock(text: string, indent = ''): string {
  const lines = escapeComment(text).split('\n');
  return [`${indent}/**`, ...lines.map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`].join('\n');
}

/** `code_owner: payments-squad; product_owner: …` for the plan's metadata, or empty. */
export function metadataLine(metadata: { readonly [key: string]: JsonValue }): string {
  const keys = Object.keys(metadata).sort();
  if (keys.length === 0) return '';
  return keys.map((k) => `${k} ${code(typeof metadata[k] === 'string' ? String(metadata[k]) : json(metadata[k]))}`).join(', ');
}
