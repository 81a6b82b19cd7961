import { describe, expect, it } from 'vitest';
import { loadFixture, serialize, summarize } from './helpers.js';

describe('Iglu / Snowplow self-describing schemas', () => {
  it('loads <vendor>/<name>/jsonschema/<M-R-A> files', async () => {
    const { plan, diagnostics } = await loadFixture('iglu', { name: 'acme', vendor: 'com.acme' });
    expect(summarize(diagnostics)).toEqual([]);
    await expect(serialize(plan)).toMatchFileSnapshot('__golden__/iglu.ir.json');
  });

  it('maps SchemaVer to major/minor/addition and the vendor to the plan', async () => {
    const { plan } = await loadFixture('iglu');
    expect(plan.events.map((e) => [e.id, e.plan, e.kind, e.version])).toEqual([
      ['com.acme.marketing/identify/jsonschema/1-0-0', 'com.acme.marketing', 'identify', { major: 1, minor: 0, addition: 0 }],
      ['com.acme/checkout_step/jsonschema/2-0-0', 'com.acme', 'track', { major: 2, minor: 0, addition: 0 }],
      ['com.acme/link_click/jsonschema/1-0-0', 'com.acme', 'track', { major: 1, minor: 0, addition: 0 }],
      ['com.acme/link_click/jsonschema/1-0-1', 'com.acme', 'track', { major: 1, minor: 0, addition: 1 }],
    ]);
    // README.md next to the schemas is not a plan file.
    expect(plan.source.files).toHaveLength(4);
  });
});
