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
} as const;

/** A code of the lint area. */
export type LintCode = keyof typeof lintCatalog;
