import standaloneModule from 'ajv/dist/standalone/index.js';
import type { ValidatorDefinition } from './definitions.js';

type StandaloneCode = typeof standaloneModule.default;
const standaloneCode: StandaloneCode =
  (standaloneModule as unknown as { default?: StandaloneCode }).default ?? (standaloneModule as unknown as StandaloneCode);

/**
 * The TypeScript module `generated/<name>.ts` for a definition: Ajv's standalone ESM code, with a
 * `require` for the Ajv runtime helpers it still loads that way.
 */
export function standaloneModuleSource(definition: ValidatorDefinition): string {
  const { ajv, schema } = definition.create({ code: { source: true, esm: true, lines: true } });
  const code = standaloneCode(ajv, ajv.compile(schema));
  return [
    '// @ts-nocheck',
    `// Generated from src/validators/definitions.ts ("${definition.name}") by scripts/precompile-validators.mjs. Do not edit.`,
    "import { createRequire } from 'node:module';",
    '',
    'const require = createRequire(import.meta.url);',
    code.replace(/^"use strict";/, ''),
    '',
  ].join('\n');
}
