/** The manifest's file name, at the root of the schemas folder (and of the S3 prefix). */
export const MANIFEST_FILE = 'manifest.json';

/** Extensions a schema id may end with; the validator replaces them with `.validate.js`. */
const SCHEMA_EXTENSION = /\.(?:json|ya?ml)$/;

/**
 * Where a schema's document lives, relative to the schemas folder: its id, unchanged, so the
 * registry finds it at `<prefix>/<schema_id>` (`online_shop/Order_Completed/1-0.json`).
 */
export function schemaPath(id: string): string {
  return id;
}

/**
 * Where a schema's precompiled validator lives, relative to the schemas folder: the id without
 * its `.json` (or YAML) extension plus `.validate.js` (`online_shop/Order_Completed/1-0.validate.js`).
 * Iglu ids have no extension and simply gain the suffix.
 */
export function validatorPath(id: string): string {
  return `${id.replace(SCHEMA_EXTENSION, '')}.validate.js`;
}
