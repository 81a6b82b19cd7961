import { entry } from './entry.js';

/** Diagnostics of the load area (1xxx). */
export const loadCatalog = {
  RK1001: entry<{ detail: string }>({
    title: 'json-syntax',
    severity: 'error',
    message: (p) => `The file is not valid JSON: ${p.detail}.`,
    hint: 'Fix the syntax at the position shown (a missing comma or quote is the usual cause).',
    docs: 'A `.json` schema file could not be parsed.',
  }),
  RK1002: entry<{ detail: string }>({
    title: 'yaml-syntax',
    severity: 'error',
    message: (p) => `The file is not valid YAML: ${p.detail}.`,
    hint: 'Fix the syntax at the position shown; check indentation and quoting.',
    docs: 'A `.yaml`/`.yml` plan or schema file could not be parsed.',
  }),
  RK1003: entry<{ detail: string }>({
    title: 'invalid-json-schema',
    severity: 'error',
    message: (p) => `The schema is not valid JSON Schema (draft-07): ${p.detail}.`,
    hint: 'Correct the keyword at the position shown; see https://json-schema.org/draft-07 for the allowed values.',
    docs: 'Each event schema must itself validate against the draft-07 meta-schema.',
  }),
  RK1004: entry<{ id: string; expected: string }>({
    title: 'id-path-mismatch',
    severity: 'error',
    message: (p) => `\`$id\` is \`${p.id}\` but the file's path in the schemas folder is \`${p.expected}\`.`,
    hint: (p) => `Set \`"$id": "${p.expected}"\`, or move the file to match its \`$id\`.`,
    docs: 'A Reflekt schema `$id` is its path relative to the schemas folder, so tools can find a schema by id.',
  }),
  RK1005: entry<{ id: string }>({
    title: 'duplicate-id',
    severity: 'error',
    message: (p) => `Schema id \`${p.id}\` is defined more than once.`,
    hint: 'Give each schema version its own file and `$id`; remove or rename the duplicate.',
    docs: 'Two files (or two entries of one legacy plan) declare the same event id.',
  }),
  RK1006: entry<{ field: string; detail: string }>({
    title: 'invalid-schema-document',
    severity: 'error',
    message: (p) => `\`${p.field}\` ${p.detail}.`,
    hint: 'Reflekt schemas need `$id`, `self` (`vendor`, `name`, `format`, `version`, `metadata`) and `properties`.',
    docs: 'A schema document lacks a field Reflekt needs to place it in the plan.',
  }),
  RK1007: entry<{ version: string }>({
    title: 'invalid-version',
    severity: 'error',
    message: (p) => `Version \`${p.version}\` is not a valid schema version.`,
    hint: 'Use `MAJOR-MINOR` such as `1-0` (Reflekt) or `MODEL-REVISION-ADDITION` such as `1-0-0` (Iglu).',
    docs: 'Versions must be `MAJOR-MINOR` with MAJOR ≥ 1, or SchemaVer for Iglu schemas.',
  }),
  RK1008: entry<{ path: string }>({
    title: 'no-schemas',
    severity: 'warning',
    message: (p) => `No schemas were found under \`${p.path}\`.`,
    hint: 'Add a schema with `reflekt new "Event Name"`, or point `schemas` in the config at your plan.',
    docs: 'The configured plan folders contain no schema files.',
  }),
  RK1009: entry<{ detail: string }>({
    title: 'invalid-legacy-plan',
    severity: 'error',
    message: (p) => `The legacy YAML tracking plan is invalid: ${p.detail}.`,
    hint: 'Legacy plans are `tracking-plans/<plan>/plan.yml` with `events/*.yml` lists of versions; fix the field shown.',
    docs: 'A Reflekt 0.1–0.2 YAML tracking plan does not match its documented format.',
  }),
  RK1010: entry<{ path: string; detail: string }>({
    title: 'unreadable-file',
    severity: 'error',
    message: (p) => `Cannot read \`${p.path}\`: ${p.detail}.`,
    hint: 'Check that the file exists and is readable.',
    docs: 'A plan file could not be read from disk.',
  }),
  RK1011: entry<{ field: string; detail: string }>({
    title: 'invalid-iglu-schema',
    severity: 'error',
    message: (p) => `Iglu schema \`${p.field}\` ${p.detail}.`,
    hint: 'Iglu schemas live at `<vendor>/<name>/jsonschema/<M-R-A>` and carry a matching `self` block.',
    docs: 'A Snowplow/Iglu self-describing schema is inconsistent with its path or lacks `self`.',
  }),
  RK1012: entry<{ field: string; where: string }>({
    title: 'unknown-legacy-field',
    severity: 'warning',
    message: (p) => `\`${p.field}\` is not a field of a legacy ${p.where}; it is ignored.`,
    hint: 'Check the spelling. Properties take `name`, `description`, `type`, `required`, `allow_null`, `enum`, `pattern`, `datetime`, `array_item_schema` and `object_properties`; events take `version`, `name`, `description`, `metadata` and `properties`.',
    docs: 'A legacy YAML tracking plan has a key Reflekt does not read, often a misspelt one (`requried:`), so the setting it was meant to make has no effect.',
  }),
} as const;
