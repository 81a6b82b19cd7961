// Compiles the validators of src/validators/definitions.ts into standalone modules under
// src/validators/generated/, so no run pays for Ajv's schema compilation.
// Run with `npm run precompile -w @reflekt/compiler` after changing a definition or a schema.
import { writeFileSync } from 'node:fs';
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { validatorDefinitions } = await jiti.import('../src/validators/definitions.ts');
const { standaloneModuleSource } = await jiti.import('../src/validators/standalone.ts');

for (const definition of validatorDefinitions) {
  const file = new URL(`../src/validators/generated/${definition.name}.ts`, import.meta.url);
  writeFileSync(file, standaloneModuleSource(definition));
  console.log(`wrote src/validators/generated/${definition.name}.ts`);
}
