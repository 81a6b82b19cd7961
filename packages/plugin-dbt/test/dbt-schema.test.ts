import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { DbtOptions } from '../src/index.js';
import { YAML_OPTIONS } from '../src/render/yaml.js';
import { cleanupCopies, copyExample, emitDbt, repoRoot, undeprecateOrderCompletedV1 } from './helpers/example.js';

afterAll(cleanupCopies);

// dbt's own JSON Schemas for its YAML files. A missing file fails the suite: it is not optional.
const specDir = path.resolve(repoRoot, '../shared/specs/dbt-jsonschema/latest');
const load = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(specDir, file), 'utf8'));
const ymlSchema = load('dbt_yml_files-latest.json');
const projectSchema = load('dbt_project-latest.json');

// The schemas declare draft-07 (and use `$defs`, which Ajv resolves as plain JSON Pointers).
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validateYml = ajv.compile(ymlSchema);
const validateProject = ajv.compile(projectSchema);

const variants: [string, DbtOptions, ((dir: string) => void)?][] = [
  ['defaults', {}],
  ['duckdb, incremental, every context column', { warehouse: 'duckdb', materialized: 'incremental', contextColumns: 'all' }],
  ['bigquery, dbt 1.8 layout, docs folder', { warehouse: 'bigquery', dbtVersion: '1.8', docsInFolder: true }],
  ['rudderstack on redshift', { cdp: 'rudderstack', warehouse: 'redshift' }],
  [
    'sources per environment, relationships, extra tests, no freshness',
    {
      warehouse: 'postgres',
      freshness: null,
      sources: [
        { schema: 'shop_prod', name: 'shop', database: 'raw', environments: { dev: { schema: 'shop_dev' }, ci: { database: 'ci' } } },
      ],
      relationships: [{ from: 'Order Completed', column: 'checkout_id', to: 'Checkout Started', severity: 'warn' }],
      tests: { order_id: [{ dbt_utils_like_custom: { config: { severity: 'warn' } } }], 'stg_shop__pages.url': ['not_null'] },
    },
  ],
  ['two live majors', { warehouse: 'snowflake' }, undeprecateOrderCompletedV1],
];

describe("dbt's JSON Schemas", () => {
  it('declare draft-07', () => {
    expect(ymlSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(projectSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it.each(variants)('accept every YAML file of the package: %s', async (_name, options, edit) => {
    const { files, diagnostics } = await emitDbt(copyExample(edit), options);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const yamls = [...files].filter(([f]) => f.endsWith('.yml'));
    expect(yamls.length).toBeGreaterThan(10);
    for (const [file, text] of yamls) {
      const doc = parse(text);
      // Byte for byte what the `yaml` package writes for the same document, after the header comment.
      expect(text.slice(text.indexOf('\n') + 1)).toBe(stringify(doc, YAML_OPTIONS));
      const validate = file === 'dbt_project.yml' ? validateProject : validateYml;
      const ok = validate(doc);
      expect(ok ? [] : validate.errors?.map((e) => `${file}${e.instancePath} ${e.message}`)).toEqual([]);
    }
  });

  it('reject what dbt rejects (the validator is live)', () => {
    expect(validateYml({ version: 2, models: [{ name: 'x', columns: [{ name: 'a', bogus: 1 }] }] })).toBe(false);
    expect(validateYml({ version: 2, sources: [{ name: 's', tables: [{ name: 't', bogus: 1 }] }] })).toBe(false);
    expect(validateProject({ version: '1.0.0' })).toBe(false);
  });
});
