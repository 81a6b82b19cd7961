import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatorDefinitions } from '../../src/validators/definitions.js';
import { validateDraft07, validateLegacyProject, validateUserConfigSchema } from '../../src/validators/index.js';
import { standaloneModuleSource } from '../../src/validators/standalone.js';

describe('precompiled validators', () => {
  it.each(validatorDefinitions.map((d) => [d.name, d] as const))(
    '%s is up to date with its definition (run `npm run precompile -w @reflekt/compiler`)',
    (name, definition) => {
      const committed = readFileSync(new URL(`../../src/validators/generated/${name}.ts`, import.meta.url), 'utf8');
      expect(committed).toBe(standaloneModuleSource(definition));
    },
  );

  it('validate like a freshly compiled Ajv validator', () => {
    expect(validateDraft07({ type: 'object', properties: { a: { type: 'string', pattern: '^x' } } })).toBe(true);
    expect(validateDraft07({ type: 'object', properties: { a: { type: 'strin' } } })).toBe(false);
    expect(validateDraft07({ pattern: '[a-' })).toBe(false);
    expect(validateDraft07.errors?.[0]?.instancePath).toBe('/pattern');
    expect(validateUserConfigSchema({ name: 'x', outDir: 'out', plugins: [] })).toBe(true);
    expect(validateUserConfigSchema({ name: 'x', outdir: 'out' })).toBe(false);
    expect(validateLegacyProject({ name: 3 })).toBe(false);
  });
});
