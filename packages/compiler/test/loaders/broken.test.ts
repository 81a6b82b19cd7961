import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LoadContextImpl } from '../../src/compiler/contexts.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { readPlanFile, schemasFolder } from '../../src/loaders/read.js';
import { SourceFiles } from '../../src/source/source-files.js';
import { loadFixture, summarize, testConfig } from './helpers.js';

describe('broken plans: exact diagnostics, and the rest still loads', () => {
  it('reports malformed, invalid and inconsistent Reflekt schemas', async () => {
    const { plan, diagnostics } = await loadFixture('broken');
    expect(summarize(diagnostics)).toEqual([
      // `"type": "numbr"` deep inside `items`: at the offending keyword's value.
      'RK1003 error schemas/shop/Bad_Keyword/1-0.json:19:39',
      // `pattern: '[A-Z'` in a YAML schema.
      'RK1003 error schemas/shop/Bad_Pattern/1-0.yaml:14:14',
      // `"version": "1.0"`
      'RK1007 error schemas/shop/Bad_Version/1-0.json:9:20',
      // `"$id": "shop/Id_Mismatch/1-1.json"`
      'RK1004 error schemas/shop/Id_Mismatch/1-0.json:3:12',
      // The missing comma: V8 stops at the next key, `"format"`.
      'RK1001 error schemas/shop/Malformed_Json/1-0.json:8:9',
      // The mis-indented `second:` key.
      'RK1002 error schemas/shop/Malformed_Yaml/1-0.yaml:14:1',
      // `self` without `name`: at the `self` object.
      'RK1006 error schemas/shop/Missing_Name/1-0.json:5:13',
      // No `self` at all: at the document.
      'RK1006 error schemas/shop/Missing_Self/1-0.json:1:1',
      // `"default": tru}`: V8 gives no position for this one; the `}` after `tru` is found by scanning.
      'RK1001 error schemas/shop/Unexpected_Token/1-0.json:8:48',
    ]);
    const messages = diagnostics.map((d) => d.message);
    expect(messages).toContain(
      'The file is not valid JSON: unexpected `tru`, expected a value (a string in double quotes, a number, an object, an array, true, false or null).',
    );
    expect(messages).toContain("The file is not valid JSON: Expected ',' or '}' after property value.");
    expect(messages).toContain('The schema is not valid JSON Schema (draft-07): `pattern` must match format "regex".');
    expect(messages).toContain(
      'The schema is not valid JSON Schema (draft-07): `type` must be equal to one of the allowed values ("array", "boolean", "integer", "null", "number", "object", "string").',
    );

    // Every file was read and recorded, broken or not (diagnostics need their text).
    expect(plan.source.files).toHaveLength(11);
    // The $id mismatch still loads under the path's id; the JSON/YAML duplicates both load, JSON
    // first, and the compiler reports RK1005 on the second.
    expect(plan.events.map((e) => `${e.id} ← ${e.source.file}`)).toEqual([
      'shop/Id_Mismatch/1-0.json ← schemas/shop/Id_Mismatch/1-0.json',
      'shop/Order_Completed/1-0.json ← schemas/shop/Order_Completed/1-0.json',
      'shop/Order_Completed/1-0.json ← schemas/shop/Order_Completed/1-0.yaml',
    ]);
  });

  it('reports legacy plan mistakes at their YAML position and loads the good versions', async () => {
    const { plan, diagnostics } = await loadFixture('broken-legacy', { schemas: ['tracking-plans'] });
    expect(summarize(diagnostics)).toEqual([
      // `pattern: '(SUMMER'`, reached through the converted schema's sourceMap.
      'RK1003 error tracking-plans/bad-plan/events/bad-pattern.yml:8:16',
      // `- version: 0`
      'RK1009 error tracking-plans/bad-plan/events/checkout.yml:1:12',
      // The misspelt `requried:` key is ignored with a warning.
      'RK1012 warning tracking-plans/bad-plan/events/checkout.yml:12:7',
      // The `step` property has no `type`.
      'RK1009 error tracking-plans/bad-plan/events/checkout.yml:14:7',
      'RK1002 error tracking-plans/bad-plan/events/malformed.yml:5:1',
      // A single mapping instead of a list of versions.
      'RK1009 error tracking-plans/bad-plan/events/not-a-list.yml:1:1',
      // `name: 42`
      'RK1009 error tracking-plans/bad-plan/plan.yml:1:7',
      // `traits:` is a mapping, not a list.
      'RK1009 error tracking-plans/bad-plan/user-traits.yml:2:3',
    ]);
    // The plan name falls back to the folder name.
    expect(plan.events.map((e) => [e.id, e.source.pointer])).toEqual([['bad-plan/Checkout_Started/3-0.json', '/2']]);
  });

  it('reports Iglu schemas inconsistent with their path', async () => {
    const { plan, diagnostics } = await loadFixture('broken-iglu');
    expect(summarize(diagnostics)).toEqual([
      // SchemaVer MODEL starts at 1: the file name itself is wrong.
      'RK1007 error schemas/com.acme/bad/jsonschema/0-1-0',
      // No `$schema`: a warning, the schema is still usable.
      'RK1011 warning schemas/com.acme/link_click/jsonschema/1-0-0:1:1',
      'RK1011 error schemas/com.acme/link_click/jsonschema/1-0-0:4:13',
      'RK1011 error schemas/com.acme/link_click/jsonschema/1-0-0:7:14',
      'RK1011 error schemas/com.acme/no_self/jsonschema/1-0-0:1:1',
    ]);
    // The path decides the id, vendor and version.
    expect(plan.events.map((e) => [e.id, e.vendor, e.version])).toEqual([
      ['com.acme/link_click/jsonschema/1-0-0', 'com.acme', { major: 1, minor: 0, addition: 0 }],
    ]);
  });

  it('handles a BOM, CRLF line breaks, a flat layout and an unknown self.kind', async () => {
    const { plan, diagnostics } = await loadFixture('edge', { name: 'edge_project' });
    expect(summarize(diagnostics)).toEqual([
      // `"kind": "alias"`: reported, and the kind is inferred from the name instead.
      'RK1006 error schemas/shop/Bad_Kind/1-0.json:5:125',
      // The trailing comma before `}` on line 7.
      'RK1001 error schemas/shop/Crlf_Broken/1-0.json:7:1',
    ]);
    expect(plan.events.map((e) => [e.id, e.plan, e.kind])).toEqual([
      ['Flat_Event/1-0.json', 'edge_project', 'track'],
      ['shop/Bad_Kind/1-0.json', 'shop', 'track'],
      ['shop/Bom_Event/1-0.json', 'shop', 'track'],
    ]);
    const bom = plan.events.find((e) => e.id === 'shop/Bom_Event/1-0.json');
    expect(bom?.source.range).toMatchObject({ start: { line: 1, column: 1, offset: 0 }, end: { line: 8, column: 2 } });
  });

  it('warns when no folder holds a schema, and skips missing folders silently', async () => {
    const empty = await loadFixture('empty', { schemas: ['schemas', 'tracking-plans'] });
    expect(summarize(empty.diagnostics)).toEqual(['RK1008 warning -']);
    expect(empty.diagnostics[0]?.message).toBe('No schemas were found under `schemas`, `tracking-plans`.');
    expect(empty.plan.events).toEqual([]);

    const missing = await loadFixture('reflekt-json', { schemas: ['schemas', 'tracking-plans'] });
    expect(summarize(missing.diagnostics)).toEqual([]);
    expect(missing.plan.events).toHaveLength(7);
  });

  it('reports a file it cannot read (RK1010) instead of throwing', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'reflekt-unreadable-'));
    try {
      mkdirSync(path.join(root, 'schemas/shop/Gone'), { recursive: true });
      const config = testConfig(root);
      const sources = new SourceFiles(root);
      const diagnostics = new Diagnostics(sources);
      const ctx = new LoadContextImpl(config, sources, diagnostics, [], new Set());
      // A file listed by the folder walk but gone (or a folder) by the time it is read.
      const folder = schemasFolder(root, path.join(root, 'schemas'));
      expect(readPlanFile(ctx, folder, 'shop/Gone/1-0.json')).toBeUndefined();
      expect(readPlanFile(ctx, folder, 'shop/Gone')).toBeUndefined();
      expect(summarize(diagnostics.all)).toEqual(['RK1010 error schemas/shop/Gone', 'RK1010 error schemas/shop/Gone/1-0.json']);
      expect(diagnostics.all.map((d) => d.message)).toEqual([
        'Cannot read `schemas/shop/Gone/1-0.json`: ENOENT.',
        'Cannot read `schemas/shop/Gone`: EISDIR.',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
