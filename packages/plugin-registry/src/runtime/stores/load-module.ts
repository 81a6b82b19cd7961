import { type CompiledSchema, InvalidValidatorModuleError, type ValidatorModule } from '../types.js';

const isValidator = (value: unknown): boolean => typeof value === 'function';

/** Checks a loaded module's shape and names it by its schema id. */
export function compiledFromModule(id: string, module: Partial<ValidatorModule>): CompiledSchema {
  if (!isValidator(module.default) || !isValidator(module.validateAll)) {
    throw new InvalidValidatorModuleError(
      `The validator of "${id}" does not export the functions \`default\` and \`validateAll\`; rebuild and push the schemas.`,
    );
  }
  return { id, validate: module.default as ValidatorModule['default'], validateAll: module.validateAll as ValidatorModule['validateAll'] };
}

/**
 * Loads a self-contained ESM validator from its source text (read from a folder or S3) through
 * a `data:` URL, so no temporary file is needed and the same text loads anywhere.
 */
export async function loadValidatorSource(id: string, source: string): Promise<CompiledSchema> {
  let module: Partial<ValidatorModule>;
  try {
    module = (await import(`data:text/javascript;base64,${Buffer.from(source, 'utf8').toString('base64')}`)) as Partial<ValidatorModule>;
  } catch (error) {
    throw new InvalidValidatorModuleError(
      `The validator of "${id}" does not load: ${(error as Error).message}. Rebuild and push the schemas.`,
    );
  }
  return compiledFromModule(id, module);
}
