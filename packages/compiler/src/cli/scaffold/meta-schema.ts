import { DEFAULT_META_SCHEMA } from '../../lint/default-meta-schema.js';

const { $schema, $id: _builtinId, description: _description, ...documentRules } = DEFAULT_META_SCHEMA;

/**
 * The meta-schema `reflekt init` writes to `schemas/.reflekt/meta/1-0.json`: the built-in rules
 * for `self`, plus a `$ref` to draft-07 so every event is also valid JSON Schema — Python
 * Reflekt's layout. Teams edit their copy to require metadata keys (`code_owner`, …).
 */
export const PROJECT_META_SCHEMA = {
  $schema,
  $id: '.reflekt/meta/1-0.json',
  description: 'Meta-schema for the event schemas of this project. Require metadata keys under self.metadata.',
  allOf: [{ $ref: 'http://json-schema.org/draft-07/schema#' }, documentRules],
};
