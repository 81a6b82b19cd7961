import path from 'node:path';
import type { ResolvedConfig } from '../../src/config/types.js';
import type { ReflektPlugin } from '../../src/plugin.js';

/** A ResolvedConfig for tests that build one by hand (no config file). */
export function testConfig(root: string, overrides: Partial<ResolvedConfig> & { plugins?: readonly ReflektPlugin[] } = {}): ResolvedConfig {
  return {
    root,
    configFormat: 'inline',
    name: 'test_plan',
    vendor: 'com.test',
    schemas: [path.join(root, 'schemas')],
    conventions: {
      event: { casing: 'any', numbers: true, reserved: [] },
      property: { casing: 'any', numbers: true, reserved: [] },
      dataTypes: ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null', 'any'],
    },
    outDir: path.join(root, 'artifacts'),
    plugins: [],
    lint: { rules: {} },
    emitIr: false,
    ...overrides,
  };
}
