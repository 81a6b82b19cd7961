/**
 * The validators baked into the Lambda bundle: `reflekt build` resolves this specifier with an
 * esbuild virtual module (schema id → validator module), or to `undefined` without `embedSchemas`.
 */
declare module 'reflekt-registry:embedded' {
  import type { ValidatorModule } from '../runtime/types.js';

  const validators: Readonly<Record<string, ValidatorModule>> | undefined;
  export default validators;
}
