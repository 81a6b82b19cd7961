/**
 * Behaviour of the igluctl-style sanity and safety rules beyond their fixtures: messages verbatim,
 * options, suppression of plan rules, `--select` runs and Iglu versions.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { createPlan } from '../../src/ir/plan.js';
import type { EventSchema } from '../../src/ir/types.js';
import { lintPlan } from '../../src/lint/index.js';
import { AJV_FORMATS, DRAFT_07_FORMATS } from '../../src/lint/rules/unknown-format.js';
import { SourceFiles } from '../../src/source/source-files.js';
import { type Fixture, type LintSettings, lines, lintFixture, loadFixture, makeConfig } from './helpers.js';

const messages = async (name: string, ruleId: string) =>
  (await lintFixture(loadFixture(name))).filter((d) => d.ruleId === ruleId).map((d) => [d.message, d.hint]);

describe('messages', () => {
  it('say what happened, why, and how to fix it', async () => {
    expect(await messages('required-defined', 'required-defined')).toContainEqual([
      'The root schema lists `emial` in `required` but defines no property `emial`; the key must be sent, yet nothing types or documents it.',
      'Did you mean `email`? Otherwise define `emial` under `properties`, or remove it from `required`.',
    ]);
    expect(await messages('min-max', 'min-max')).toContainEqual([
      'Property `discount` sets `exclusiveMinimum` to 1 and `maximum` to 1: no value satisfies both, so every event that sends it fails validation.',
      'Correct the bounds so that `exclusiveMinimum` < `maximum` (they are often swapped).',
    ]);
    expect(await messages('keyword-type-mismatch', 'keyword-type-mismatch')).toContainEqual([
      'Property `coupon` uses `minimum`, a keyword for number values, but its `type` is one of `string`, `null`; validators skip the keyword, so what it says is never enforced.',
      'Remove `minimum`, or correct `type` if the value is meant to be a number.',
    ]);
    expect((await messages('unknown-format', 'unknown-format'))[0]).toEqual([
      "Property `paid_at` has `format` `datetime`, which neither draft-07 nor Ajv's formats define; most validators ignore it and a strict one refuses to compile the schema.",
      "Did you mean `date-time`? Use a known format (`date-time`, `date`, `email`, `uri`, `uuid`, …), use `pattern` instead, or list `datetime` in the rule's `formats` option if your validators define it.",
    ]);
    expect((await messages('regex-redos', 'regex-redos')).map(([m]) => m)).toEqual([
      'Property `query` has pattern `^([a-zA-Z0-9]+\\s?)*$`, which can backtrack catastrophically: `([a-zA-Z0-9]+\\s?)*` repeats a repetition, so rejecting a long value takes exponential time and stalls the validating registry.',
      'Property `code` has pattern `^(\\w|\\d)+$`, which can backtrack catastrophically: the alternatives repeated by `(\\w|\\d)+` can match the same text, so rejecting a long value takes exponential time and stalls the validating registry.',
      'Property `filters[]` has pattern `^(.*)*=x$`, which can backtrack catastrophically: `(.*)*` repeats a repetition, so rejecting a long value takes exponential time and stalls the validating registry.',
      'Property `labels` has pattern `^(a+)+$`, which can backtrack catastrophically: `(a+)+` repeats a repetition, so rejecting a long value takes exponential time and stalls the validating registry.',
    ]);
    expect((await messages('version-sequence', 'version-sequence'))[0]).toEqual([
      'Event `Cart Viewed` has version `1-2` but no `1-1`; versions start at `1-0` and go up one step at a time, so a gap usually means a lost or misnamed file.',
      'Restore version `1-1`, or renumber `1-2` to `1-1` (file name, `$id` and `self.version`).',
    ]);
    expect(await messages('schema-limits', 'schema-limits')).toContainEqual([
      'Event `Order Completed` has more than `maxProperties` (3) properties, nested ones included; wide events become wide tables and long tracking-function signatures.',
      "Split the event or drop properties nobody uses, or raise the limit with `lint: { rules: { 'schema-limits': ['warn', { maxProperties: … }] } }`.",
    ]);
    expect(await messages('duplicate-event-name', 'duplicate-event-name')).toEqual([
      [
        'Event `Home Viewed` is a `track` here but a `page` in another file of the plan; the CDP and the warehouse tell events apart by name alone.',
        'Give events of different kinds different names, or correct `self.kind`.',
      ],
      [
        'Event `Order Completed` version `1-0` is also defined in another file of the plan; tools find a schema by name and version, so one of the two is silently ignored.',
        'Remove one of the two files, or rename one event (its `self.name`, folder and `$id`).',
      ],
    ]);
    expect((await messages('no-data-ref', 'no-data-ref')).map(([m]) => m)).toEqual([
      'Property `plan` uses `$data` in `const`; `$data` is an Ajv extension, not JSON Schema, so other validators (Snowplow, Segment, the warehouse) read it as a literal value.',
      'Property `tags[]` uses `$data` as a keyword; `$data` is an Ajv extension, not JSON Schema, so other validators (Snowplow, Segment, the warehouse) read it as a literal value.',
    ]);
  });
});

describe('options and defaults', () => {
  const withRules = (fixture: Fixture, lint: NonNullable<LintSettings['lint']>): Fixture => ({
    ...fixture,
    config: makeConfig(fixture.root, { lint }),
  });

  it('`optional-nullable` is off by default', async () => {
    const fixture = loadFixture('optional-nullable');
    expect(lines(await lintFixture(withRules(fixture, {})))).toEqual([]);
  });

  it('`schema-limits` uses its defaults without options, and ignores options of the wrong shape', async () => {
    const fixture = loadFixture('schema-limits');
    expect(lines(await lintFixture(withRules(fixture, {})))).toEqual([]);
    const bad = withRules(fixture, { rules: { 'schema-limits': ['warn', { maxDepth: 'two', maxBytes: -1 }] } });
    expect(lines(await lintFixture(bad))).toEqual([]);
  });

  it('`unknown-format` accepts the formats named in its options', async () => {
    const fixture = loadFixture('unknown-format');
    expect(lines(await lintFixture(withRules(fixture, {}))).filter((l) => l.startsWith('schemas/ok/'))).toEqual([
      'schemas/ok/Order_Completed/1-0.json:27:17 RK2020 unknown-format',
    ]);
  });

  it('`unknown-format` knows every format of the installed ajv-formats', () => {
    const require = createRequire(import.meta.url);
    const { fullFormats } = require('ajv-formats/dist/formats') as { fullFormats: Record<string, unknown> };
    const known = new Set([...DRAFT_07_FORMATS, ...AJV_FORMATS]);
    expect(Object.keys(fullFormats).filter((f) => !known.has(f))).toEqual([]);
  });
});

/** Lints hand-made events (for layouts the fixture helper does not load, and `--select` runs). */
async function lintEvents(
  events: readonly EventSchema[],
  files: readonly string[],
  texts: Record<string, string> = {},
): Promise<Diagnostic[]> {
  const root = '/virtual/project';
  const sources = new SourceFiles(root);
  for (const file of files) sources.set(file, texts[file] ?? '{}\n');
  const plan = createPlan({ name: 'shop', vendor: 'com.example', events, root, files });
  const diagnostics = new Diagnostics(sources);
  await lintPlan(plan, { diagnostics, config: makeConfig(root), sources });
  return [...diagnostics.all];
}

const event = (id: string, version: EventSchema['version'], extra: Partial<EventSchema> = {}): EventSchema => ({
  id,
  kind: 'track',
  name: 'Link Clicked',
  vendor: 'com.example',
  plan: 'com.example',
  version,
  description: 'Sent when a link is clicked.',
  metadata: {},
  format: 'iglu',
  schema: { type: 'object', properties: {} },
  source: { file: `schemas/${id}`, pointer: '' },
  ...extra,
});

describe('plan rules', () => {
  it('`version-sequence` counts Iglu revisions and additions', async () => {
    const ids = ['1-0-0', '1-0-2', '1-2-0', '3-0-0'];
    const events = ids.map((v) => {
      const [major = 0, minor = 0, addition = 0] = v.split('-').map(Number);
      return event(`com.example/link_clicked/jsonschema/${v}`, { major, minor, addition });
    });
    const found = await lintEvents(
      events,
      events.map((e) => e.source.file),
    );
    expect(found.filter((d) => d.ruleId === 'version-sequence').map((d) => [d.file, d.message.split(';')[0]])).toEqual([
      ['schemas/com.example/link_clicked/jsonschema/1-0-2', 'Event `Link Clicked` has version `1-0-2` but no `1-0-1`'],
      ['schemas/com.example/link_clicked/jsonschema/1-2-0', 'Event `Link Clicked` has version `1-2-0` but no `1-1-0`'],
      ['schemas/com.example/link_clicked/jsonschema/3-0-0', 'Event `Link Clicked` has version `3-0-0` but no `2-0-0`'],
    ]);
  });

  it('`version-sequence` does not report versions that a `--select` run left out but whose files exist', async () => {
    // Only 2-0 was selected; 1-0.json was loaded, so the plan's files list it.
    const selected = event(
      'shop/Order_Completed/2-0.json',
      { major: 2, minor: 0 },
      { name: 'Order Completed', plan: 'shop', format: 'reflekt-json' },
    );
    const found = await lintEvents([selected], ['schemas/shop/Order_Completed/1-0.json', 'schemas/shop/Order_Completed/2-0.json']);
    expect(found.filter((d) => d.ruleId === 'version-sequence')).toEqual([]);
  });

  it('plan rules honour `self.lint` of the event they report', async () => {
    const fixture = loadFixture('duplicate-event-name');
    const events = fixture.plan.events.map((e) => ({ ...e, lint: ['duplicate-event-name', 'event-name-matches-id'] }));
    expect(lines(await lintFixture({ ...fixture, plan: { ...fixture.plan, events } }))).toEqual([]);
    for (const name of ['version-sequence', 'id-path-self']) {
      const f = loadFixture(name);
      const off = f.plan.events.map((e) => ({ ...e, lint: false as const }));
      expect(lines(await lintFixture({ ...f, plan: { ...f.plan, events: off } }))).toEqual([]);
    }
  });
});
