/**
 * A small Reflekt project for the schemas emitter and `push registry` tests, written to a
 * temporary folder: closed and open schemas, formats, a schema that declares `schema_id`
 * itself, an internal `$ref`, `uniqueItems` on objects (deep equality) and `minLength` (code
 * points), so every Ajv runtime helper ends up in some validator.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const made: string[] = [];

/** What the emitter makes of the fixture, in order: schemas and validators by path, the manifest last. */
export const FIXTURE_FILES: readonly string[] = [
  'shop/Identify/1-0.json',
  'shop/Identify/1-0.validate.js',
  'shop/Order_Completed/1-0.json',
  'shop/Order_Completed/1-0.validate.js',
  'shop/Order_Completed/2-0.json',
  'shop/Order_Completed/2-0.validate.js',
  'manifest.json',
];

/** The fixture's schema documents by path under `schemas/`. */
export function fixtureSchemas(): Record<string, object> {
  const self = (name: string, version: string, kind = 'track') => ({
    vendor: 'com.example.shop',
    name,
    format: 'jsonschema',
    version,
    metadata: { code_owner: 'checkout' },
    kind,
  });
  return {
    'shop/Order_Completed/1-0.json': {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'shop/Order_Completed/1-0.json',
      description: 'An order was paid.',
      self: self('Order Completed', '1-0'),
      type: 'object',
      properties: {
        order_id: { type: 'string', pattern: '^ORD-[0-9]{4}$', description: 'Order number.' },
        email: { type: 'string', format: 'email', description: 'Where the receipt went.' },
        paid_at: { type: 'string', format: 'date-time', description: 'When the payment was captured.' },
        total: { type: 'number', minimum: 0, description: 'Amount charged.' },
        note: { type: ['string', 'null'], minLength: 2, maxLength: 5, description: 'Gift note.' },
        products: {
          type: 'array',
          description: 'Line items.',
          minItems: 1,
          uniqueItems: true,
          items: {
            type: 'object',
            description: 'One line item.',
            properties: {
              sku: { type: 'string', description: 'Stock keeping unit.' },
              quantity: { type: 'integer', minimum: 1, description: 'Units.' },
            },
            required: ['sku', 'quantity'],
            additionalProperties: false,
          },
        },
      },
      required: ['order_id', 'total', 'products'],
      additionalProperties: false,
    },
    'shop/Order_Completed/2-0.json': {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'shop/Order_Completed/2-0.json',
      description: 'An order was paid; 2-0 requires the checkout id and the schema id.',
      self: self('Order Completed', '2-0'),
      type: 'object',
      definitions: { money: { type: 'number', minimum: 0, description: 'An amount in the order currency.' } },
      properties: {
        schema_id: { type: 'string', const: 'shop/Order_Completed/2-0.json', description: 'The schema of this event.' },
        checkout_id: { type: 'string', format: 'uuid', description: 'Checkout session.' },
        total: { $ref: '#/definitions/money', description: 'Amount charged.' },
      },
      required: ['schema_id', 'checkout_id', 'total'],
      additionalProperties: false,
    },
    'shop/Identify/1-0.json': {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'shop/Identify/1-0.json',
      description: 'Traits of a shopper.',
      self: self('Identify', '1-0', 'identify'),
      type: 'object',
      properties: {
        plan: { type: 'string', enum: ['free', 'plus'], description: 'Membership.' },
        description: { type: 'string', description: 'A trait called description (data, not an annotation).' },
      },
      required: ['plan'],
    },
  };
}

/** The plugin's source entry, for configs of fixture projects (`import registry from …`). */
export const pluginEntry = path.join(repoRoot, 'packages/plugin-registry/src/index.ts');

/** Options of {@link writeFixture}. */
export interface FixtureOptions {
  /** Changes the schema documents before they are written. */
  readonly edit?: (schemas: Record<string, object>) => void;
  /** The `registry(...)` options as TypeScript source: the project then gets a `reflekt.config.ts` using the plugin. */
  readonly registryOptions?: string;
}

/** Writes the fixture project (config, meta-schema, schemas) to a temporary folder. */
export function writeFixture(options: FixtureOptions = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reflekt-registry-'));
  made.push(dir);
  const schemas = fixtureSchemas();
  options.edit?.(schemas);
  const config = { name: 'shop', vendor: 'com.example.shop', outDir: 'artifacts' };
  if (options.registryOptions === undefined) {
    writeFileSync(path.join(dir, 'reflekt.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  } else {
    const source = `import registry from ${JSON.stringify(pluginEntry)};\n\nexport default { ...${JSON.stringify(config)}, plugins: [registry(${options.registryOptions})] };\n`;
    writeFileSync(path.join(dir, 'reflekt.config.ts'), source);
  }
  cpSync(path.join(repoRoot, 'examples/online-shop/schemas/.reflekt'), path.join(dir, 'schemas/.reflekt'), { recursive: true });
  writeSchemas(dir, schemas);
  return dir;
}

/** (Re)writes schema documents of a fixture project. */
export function writeSchemas(dir: string, schemas: Record<string, object>): void {
  for (const [file, document] of Object.entries(schemas)) {
    const target = path.join(dir, 'schemas', file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  }
}

/** Removes every fixture written so far. */
export function cleanupFixtures(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
