import { entry } from './entry.js';

/** How each casing convention is named in messages. */
const CASING_LABEL: Readonly<Record<string, string>> = {
  title: 'Title Case',
  snake: 'snake_case',
  camel: 'camelCase',
  pascal: 'PascalCase',
};

/** What each casing convention looks like, for hints when no suggestion can be made. */
const CASING_SHAPE: Readonly<Record<string, string>> = {
  title: 'words that each start with an upper-case letter, separated by single spaces (`Order Completed`, `CTA Clicked`)',
  snake: 'lower-case words joined by `_`, starting with a letter (`order_completed`)',
  camel: 'a lower-case letter, then letters and digits only (`orderCompleted`)',
  pascal: 'an upper-case letter, then letters and digits only (`OrderCompleted`)',
};

const label = (casing: string): string => CASING_LABEL[casing] ?? casing;

const list = (names: readonly string[]): string => names.map((n) => `\`${n}\``).join(', ');

/** Parameters of the casing findings (event and property). */
export interface CasingParams {
  readonly name: string;
  readonly casing: string;
  /** The name converted to the convention, or `null` when no conversion passes. */
  readonly suggestion: string | null;
}

/** Parameters of the digit findings (event and property). */
export interface NumbersParams {
  readonly name: string;
  readonly suggestion: string | null;
}

const renameHint =
  (convention: string) =>
  (p: CasingParams): string =>
    p.suggestion !== null
      ? `Rename it to \`${p.suggestion}\`, or change \`${convention}\`.`
      : `Rename it to ${CASING_SHAPE[p.casing] ?? label(p.casing)}, or change \`${convention}\`.`;

const digitsHint =
  (convention: string) =>
  (p: NumbersParams): string =>
    p.suggestion !== null
      ? `Rename it without digits (for example \`${p.suggestion}\`), or set \`${convention}: true\`.`
      : `Rename it without digits, or set \`${convention}: true\`.`;

/** The subject of a finding about a schema node: the root schema, or a property by its path. */
const subject = (property: string): string => (property === '' ? 'The root schema' : `Property \`${property}\``);

/** Names of the bounds `schema-limits` checks, as written in its options. */
const LIMIT_OPTION = { depth: 'maxDepth', properties: 'maxProperties', bytes: 'maxBytes' } as const;

/** Parameters of the `schema-limits` findings. */
export interface SchemaLimitParams {
  readonly limit: keyof typeof LIMIT_OPTION;
  /** The event name (`properties`, `bytes`) or the property path (`depth`). */
  readonly subject: string;
  /** The measured value: the depth, the property count so far, the size in bytes. */
  readonly value: number;
  readonly max: number;
}

function limitMessage(p: SchemaLimitParams): string {
  const option = `\`${LIMIT_OPTION[p.limit]}\` (${p.max})`;
  if (p.limit === 'depth')
    return `Property \`${p.subject}\` is nested ${p.value} levels deep, more than ${option}; deep payloads are hard to query and flatten badly into warehouse columns.`;
  if (p.limit === 'properties')
    return `Event \`${p.subject}\` has more than ${option} properties, nested ones included; wide events become wide tables and long tracking-function signatures.`;
  return `The schema of event \`${p.subject}\` is ${p.value} bytes, more than ${option}; large schemas are slow to review, validate and ship to the registry.`;
}

/**
 * Diagnostics of the lint area (2xxx): one code per lint rule (`ruleId`), plus RK2015 for a
 * project meta-schema that cannot be used.
 */
export const lintCatalog = {
  RK2001: entry<{ path: string; detail: string /** Project-relative path, `''` for the built-in one. */; metaSchema: string }>({
    title: 'meta-schema',
    ruleId: 'meta-schema',
    severity: 'error',
    message: (p) =>
      `${p.path === '' ? 'The schema document' : `\`${p.path}\``} ${p.detail} (${p.metaSchema === '' ? 'built-in meta-schema' : `meta-schema \`${p.metaSchema}\``}).`,
    hint: 'Fix the document at the position shown. Teams edit `schemas/.reflekt/meta/1-0.json` to require metadata such as `code_owner`; change it there if the rule itself is wrong.',
    docs: 'Every Reflekt schema document must satisfy the project meta-schema (`schemas/.reflekt/meta/1-0.json`), or the built-in one when the project has none.',
  }),
  RK2002: entry<{ id: string }>({
    title: 'id-no-space',
    ruleId: 'id-no-space',
    severity: 'error',
    message: (p) => `Schema id \`${p.id}\` contains a space; ids become file paths, URLs and warehouse names, where spaces break.`,
    hint: (p) => `Use \`${p.id.replace(/ /g, '_')}\` as \`$id\` and move the file to match.`,
    docs: 'A schema `$id` (its path under `schemas/`) must not contain spaces.',
  }),
  RK2003: entry<{ name: string; id: string; expected: string }>({
    title: 'event-name-matches-id',
    ruleId: 'event-name-matches-id',
    severity: 'error',
    message: (p) =>
      `Event name \`${p.name}\` does not match schema id \`${p.id}\`: its folder must be \`${p.expected}\` (the name with spaces turned into \`_\`).`,
    hint: (p) => `Rename the folder to \`${p.expected}\` and update \`$id\`, or correct \`self.name\`.`,
    docs: 'The folder of a Reflekt schema is its event name with spaces turned into `_`, so the name can be found from the id and back.',
  }),
  RK2004: entry<{ version: string; id: string; expected: string }>({
    title: 'event-version-matches-id',
    ruleId: 'event-version-matches-id',
    severity: 'error',
    message: (p) => `Event version \`${p.version}\` does not match schema id \`${p.id}\`, whose file name says \`${p.expected}\`.`,
    hint: (p) =>
      `Set \`self.version\` to \`${p.expected}\`, or rename the file to \`${p.version}\` (keeping its extension) and update \`$id\`.`,
    docs: 'The file name of a Reflekt schema is its version (`1-0.json`), so `self.version` must say the same.',
  }),
  RK2005: entry<CasingParams>({
    title: 'event-casing',
    ruleId: 'event-casing',
    severity: 'error',
    message: (p) => `Event name \`${p.name}\` is not ${label(p.casing)}, as \`conventions.event.casing\` requires.`,
    hint: renameHint('conventions.event.casing'),
    docs: 'Event names follow the casing of `conventions.event.casing`; acronyms are allowed in Title Case (`CTA Clicked`).',
  }),
  RK2006: entry<NumbersParams>({
    title: 'event-numbers',
    ruleId: 'event-numbers',
    severity: 'error',
    message: (p) => `Event name \`${p.name}\` contains digits, which \`conventions.event.numbers: false\` forbids.`,
    hint: digitsHint('conventions.event.numbers'),
    docs: 'With `conventions.event.numbers: false`, event names may not contain digits.',
  }),
  RK2007: entry<{ name: string; reserved: readonly string[] }>({
    title: 'event-reserved',
    ruleId: 'event-reserved',
    severity: 'error',
    message: (p) => `Event name \`${p.name}\` is reserved by \`conventions.event.reserved\` (compared case-insensitively).`,
    hint: (p) => `Choose another name; the reserved event names are ${list(p.reserved)}.`,
    docs: 'Event names listed in `conventions.event.reserved` may not be used, whatever their case.',
  }),
  RK2008: entry<{ name: string }>({
    title: 'event-description',
    ruleId: 'event-description',
    severity: 'error',
    message: (p) =>
      `Event \`${p.name}\` has no description; it documents the event in the dbt package, the docs and the tracking functions.`,
    hint: 'Add a top-level `description` that says when the event is sent.',
    docs: 'Every event schema needs a non-empty `description`.',
  }),
  RK2009: entry<CasingParams & { property: string }>({
    title: 'property-casing',
    ruleId: 'property-casing',
    severity: 'error',
    message: (p) => `Property \`${p.property}\` is not ${label(p.casing)}, as \`conventions.property.casing\` requires.`,
    hint: renameHint('conventions.property.casing'),
    docs: 'Property names, nested ones included, follow the casing of `conventions.property.casing`.',
  }),
  RK2010: entry<NumbersParams & { property: string }>({
    title: 'property-numbers',
    ruleId: 'property-numbers',
    severity: 'error',
    message: (p) => `Property \`${p.property}\` contains digits, which \`conventions.property.numbers: false\` forbids.`,
    hint: digitsHint('conventions.property.numbers'),
    docs: 'With `conventions.property.numbers: false`, property names may not contain digits.',
  }),
  RK2011: entry<{ property: string; name: string; reserved: readonly string[] }>({
    title: 'property-reserved',
    ruleId: 'property-reserved',
    severity: 'error',
    message: (p) =>
      `Property \`${p.property}\` uses the reserved name \`${p.name}\` of \`conventions.property.reserved\` (compared case-insensitively).`,
    hint: (p) => `Choose another name; the reserved property names are ${list(p.reserved)}.`,
    docs: 'Property names listed in `conventions.property.reserved` may not be used, whatever their case, at any depth.',
  }),
  RK2012: entry<{ property: string }>({
    title: 'property-description',
    ruleId: 'property-description',
    severity: 'error',
    message: (p) => `Property \`${p.property}\` has no description; it documents the column in dbt, the docs and the tracking functions.`,
    hint: 'Add a non-empty `description` to the property.',
    docs: 'Every property, nested ones included, needs a non-empty `description`.',
  }),
  RK2013: entry<{ property: string }>({
    title: 'property-type',
    ruleId: 'property-type',
    severity: 'error',
    message: (p) => `Property \`${p.property}\` has no \`type\`, so any value passes validation and its column type is unknown.`,
    hint: 'Add a `type` (for example `"type": "string"`), or define the value with `$ref`, `enum`, `const`, `anyOf`, `oneOf` or `allOf`; add `any` to `conventions.dataTypes` to allow untyped properties.',
    docs: 'Every property and array item needs a `type`, unless a `$ref`, `enum`, `const` or combinator defines it, or `conventions.dataTypes` includes `any`.',
  }),
  RK2014: entry<{ property: string; type: string; allowed: readonly string[] }>({
    title: 'property-allowed-types',
    ruleId: 'property-allowed-types',
    severity: 'error',
    message: (p) => `Property \`${p.property}\` has type \`${p.type}\`, which \`conventions.dataTypes\` does not allow.`,
    hint: (p) => `Use one of ${list(p.allowed)}, or add \`${p.type}\` to \`conventions.dataTypes\`.`,
    docs: 'Every `type` of a property, array item or combinator branch must be listed in `conventions.dataTypes`.',
  }),
  RK2015: entry<{ path: string; detail: string }>({
    title: 'meta-schema-unusable',
    ruleId: 'meta-schema',
    severity: 'error',
    message: (p) => `The meta-schema \`${p.path}\` cannot be used: ${p.detail}. No schema was checked against it.`,
    hint: 'Fix the meta-schema, or delete it to use the built-in one; `reflekt init` writes a valid copy to compare with.',
    docs: 'The project meta-schema is not valid JSON or not a valid JSON Schema.',
  }),
  // `type`: the root's `type` when it is not `object`; `null` when `properties` is missing.
  RK2016: entry<{ name: string; type: string | null }>({
    title: 'root-object',
    ruleId: 'root-object',
    severity: 'error',
    message: (p) =>
      p.type !== null
        ? `The payload schema of event \`${p.name}\` has \`type\` \`${p.type}\`; an event payload is an object whose \`properties\` name its fields.`
        : `The payload schema of event \`${p.name}\` declares no \`properties\`, so its fields are unknown to validation, the warehouse models and the tracking functions.`,
    hint: 'Set `"type": "object"` at the root and list the fields under `properties`; an event without fields has `"properties": {}`.',
    docs: 'The root of an event schema is an object that declares its `properties` (igluctl `rootObject`).',
  }),
  RK2017: entry<{ property: string; min: string; minValue: number; max: string; maxValue: number; strict: boolean }>({
    title: 'min-max',
    ruleId: 'min-max',
    severity: 'error',
    message: (p) =>
      `${subject(p.property)} sets \`${p.min}\` to ${p.minValue} and \`${p.max}\` to ${p.maxValue}: no value satisfies both, so every event that sends it fails validation.`,
    hint: (p) => `Correct the bounds so that \`${p.min}\` ${p.strict ? '<' : '≤'} \`${p.max}\` (they are often swapped).`,
    docs: 'Lower bounds do not exceed upper bounds: `minimum`/`maximum` (and their exclusive forms), `minLength`/`maxLength`, `minItems`/`maxItems`, `minProperties`/`maxProperties`.',
  }),
  RK2018: entry<{ property: string; keyword: string; keywordType: string; types: readonly string[] }>({
    title: 'keyword-type-mismatch',
    ruleId: 'keyword-type-mismatch',
    severity: 'error',
    message: (p) =>
      `${subject(p.property)} uses \`${p.keyword}\`, a keyword for ${p.keywordType} values, but its \`type\` is ${p.types.length === 1 ? list(p.types) : `one of ${list(p.types)}`}; validators skip the keyword, so what it says is never enforced.`,
    hint: (p) =>
      `Remove \`${p.keyword}\`, or correct \`type\` if the value is meant to be ${p.keywordType === 'array' || p.keywordType === 'object' ? 'an' : 'a'} ${p.keywordType}.`,
    docs: 'A keyword that only applies to one type (`maxLength` for strings, `minimum` for numbers, `items` for arrays, `required` for objects) is only used where `type` allows that type (igluctl `stringProperties`, `numericProperties`, …).',
  }),
  RK2019: entry<{ property: string; key: string; suggestion: string | null }>({
    title: 'required-defined',
    ruleId: 'required-defined',
    severity: 'error',
    message: (p) =>
      `${subject(p.property)} lists \`${p.key}\` in \`required\` but defines no property \`${p.key}\`; the key must be sent, yet nothing types or documents it.`,
    hint: (p) =>
      p.suggestion !== null
        ? `Did you mean \`${p.suggestion}\`? Otherwise define \`${p.key}\` under \`properties\`, or remove it from \`required\`.`
        : `Define \`${p.key}\` under \`properties\`, or remove it from \`required\`.`,
    docs: 'Every key listed in `required`, at any depth, is defined under `properties` of the same object (or of the object a combinator branch belongs to).',
  }),
  RK2020: entry<{ property: string; format: string; suggestion: string | null }>({
    title: 'unknown-format',
    ruleId: 'unknown-format',
    severity: 'error',
    message: (p) =>
      `${subject(p.property)} has \`format\` \`${p.format}\`, which neither draft-07 nor Ajv's formats define; most validators ignore it and a strict one refuses to compile the schema.`,
    hint: (p) =>
      `${p.suggestion !== null ? `Did you mean \`${p.suggestion}\`? ` : ''}Use a known format (\`date-time\`, \`date\`, \`email\`, \`uri\`, \`uuid\`, …), use \`pattern\` instead, or list \`${p.format}\` in the rule's \`formats\` option if your validators define it.`,
    docs: '`format` names a draft-07 format or one that Ajv (ajv-formats) knows, or one listed in the rule options.',
  }),
  RK2021: entry<{ property: string }>({
    title: 'optional-nullable',
    ruleId: 'optional-nullable',
    severity: 'warning',
    message: (p) =>
      `Optional property \`${p.property}\` does not allow \`null\`; senders that send \`null\` for a missing value fail validation.`,
    hint: 'Add `"null"` to its `type` (for example `["string", "null"]`), or list it in `required`.',
    docs: 'Off by default. When switched on, properties that are not `required` also accept `null` (igluctl `optionalNull`).',
  }),
  RK2022: entry<{ name: string; vendor: string; plan: string; expected: string }>({
    title: 'id-path-self',
    ruleId: 'id-path-self',
    severity: 'error',
    message: (p) =>
      `Event \`${p.name}\` has vendor \`${p.vendor}\`, but the other events of plan \`${p.plan}\` use \`${p.expected}\`; the vendor is part of each schema's identity (its Iglu URI and registry key).`,
    hint: (p) => `Set \`self.vendor\` to \`${p.expected}\`, or move the schema to the plan of vendor \`${p.vendor}\`.`,
    docs: 'The events of one plan share one `self.vendor`. (The loader checks `$id` against the path, RK1004, and Iglu `self` against the path, RK1011; `event-name-matches-id` and `event-version-matches-id` check `self.name` and `self.version`.)',
  }),
  RK2023: entry<{ name: string; version: string; missing: string }>({
    title: 'version-sequence',
    ruleId: 'version-sequence',
    severity: 'error',
    message: (p) =>
      `Event \`${p.name}\` has version \`${p.version}\` but no \`${p.missing}\`; versions start at \`1-0\` and go up one step at a time, so a gap usually means a lost or misnamed file.`,
    hint: (p) =>
      `Restore version \`${p.missing}\`, or renumber \`${p.version}\` to \`${p.missing}\` (file name, \`$id\` and \`self.version\`).`,
    docs: 'Per event name, versions start at `1-0` (`1-0-0` for Iglu), majors have no gaps and the minors (revisions, additions) of each major are contiguous from `0`.',
  }),
  RK2024: entry<{ property: string; pattern: string; fragment: string; reason: 'nested' | 'overlap' }>({
    title: 'regex-redos',
    ruleId: 'regex-redos',
    severity: 'error',
    message: (p) =>
      `${subject(p.property)} has pattern \`${p.pattern}\`, which can backtrack catastrophically: ${p.reason === 'nested' ? `\`${p.fragment}\` repeats a repetition` : `the alternatives repeated by \`${p.fragment}\` can match the same text`}, so rejecting a long value takes exponential time and stalls the validating registry.`,
    hint: 'Rewrite the pattern so that each part of a value can match in only one way: drop the inner or the outer repetition, or end the repeated part with a character it cannot contain (`([a-z]+,)*`).',
    docs: 'A `pattern` has no nested or ambiguous repetition such as `(a+)+`, `(a|a)*` or `(.*)*`, which backtracks exponentially on values that do not match (ReDoS).',
  }),
  RK2025: entry<{ property: string; keyword: string }>({
    title: 'no-data-ref',
    ruleId: 'no-data-ref',
    severity: 'error',
    message: (p) =>
      `${subject(p.property)} uses \`$data\` ${p.keyword === '$data' ? 'as a keyword' : `in \`${p.keyword}\``}; \`$data\` is an Ajv extension, not JSON Schema, so other validators (Snowplow, Segment, the warehouse) read it as a literal value.`,
    hint: (p) =>
      p.keyword === '$data'
        ? 'Remove `$data`, and check the relation between the fields outside the schema.'
        : `Give \`${p.keyword}\` a fixed value, or check the relation between the fields outside the schema.`,
    docs: '`$data` references (an Ajv extension) are not used.',
  }),
  RK2026: entry<SchemaLimitParams>({
    title: 'schema-limits',
    ruleId: 'schema-limits',
    severity: 'warning',
    message: limitMessage,
    hint: (p) =>
      `${p.limit === 'depth' ? 'Flatten the nested objects' : 'Split the event or drop properties nobody uses'}, or raise the limit with \`lint: { rules: { 'schema-limits': ['warn', { ${LIMIT_OPTION[p.limit]}: … }] } }\`.`,
    docs: 'Schemas stay within size limits: nesting depth, number of properties, bytes (options `maxDepth`, `maxProperties`, `maxBytes`).',
  }),
  RK2027: entry<{ name: string; value: string; expected: string }>({
    title: 'schema-id-const',
    ruleId: 'schema-id-const',
    severity: 'error',
    message: (p) =>
      `Event \`${p.name}\` fixes \`schema_id\` to \`${p.value}\`, but its \`$id\` is \`${p.expected}\`; the registry looks schemas up by this value, so its events would be validated against another schema or none.`,
    hint: (p) => `Set the \`const\` of \`schema_id\` to \`${p.expected}\`.`,
    docs: 'A top-level `schema_id` property with a `const` names the schema itself (the reflekt-registry convention).',
  }),
  RK2028: entry<{ name: string; version: string | null; kind: string; otherKind: string }>({
    title: 'duplicate-event-name',
    ruleId: 'duplicate-event-name',
    severity: 'error',
    message: (p) =>
      p.version !== null
        ? `Event \`${p.name}\` version \`${p.version}\` is also defined in another file of the plan; tools find a schema by name and version, so one of the two is silently ignored.`
        : `Event \`${p.name}\` is a \`${p.kind}\` here but a \`${p.otherKind}\` in another file of the plan; the CDP and the warehouse tell events apart by name alone.`,
    hint: (p) =>
      p.version !== null
        ? 'Remove one of the two files, or rename one event (its `self.name`, folder and `$id`).'
        : 'Give events of different kinds different names, or correct `self.kind`.',
    docs: 'One plan does not define the same event name and version in two files, nor the same name with two kinds.',
  }),
} as const;

/** A code of the lint area. */
export type LintCode = keyof typeof lintCatalog;
