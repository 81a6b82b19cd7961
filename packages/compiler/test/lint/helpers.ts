/**
 * Test helpers for the lint rules: build the IR of a fixture folder straight from its schema
 * files (as DESIGN.md's IR says), so the rule tests do not depend on the loaders.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Conventions, ResolvedConfig, RuleSetting } from '../../src/config/types.js';
import { Diagnostics, sortDiagnostics } from '../../src/diagnostics/diagnostics.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import type { JsonSchema } from '../../src/ir/json-schema.js';
import { createPlan } from '../../src/ir/plan.js';
import type { EventKind, EventSchema, TrackingPlan } from '../../src/ir/types.js';
import { lintPlan } from '../../src/lint/index.js';
import { SourceFiles } from '../../src/source/source-files.js';
import { testConfig } from '../helpers/config.js';

/** The folder of the lint fixtures. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/lint/', import.meta.url));

/** What a fixture's `lint.config.json` (or a test) may set. */
export interface LintSettings {
  readonly conventions?: Conventions;
  readonly lint?: { readonly rules?: Readonly<Record<string, RuleSetting>> };
}

/** A fixture ready to lint. */
export interface Fixture {
  readonly root: string;
  readonly plan: TrackingPlan;
  readonly config: ResolvedConfig;
  readonly sources: SourceFiles;
}

const META_SCHEMA = 'schemas/.reflekt/meta/1-0.json';

/** A resolved config with Reflekt's defaults, `settings` merged over them. */
export function makeConfig(root: string, settings: LintSettings = {}, metaSchema?: string): ResolvedConfig {
  const c = settings.conventions ?? {};
  const base = testConfig(root, { name: 'fixture', vendor: 'com.example' });
  return {
    ...base,
    conventions: {
      event: { ...base.conventions.event, ...c.event },
      property: { ...base.conventions.property, ...c.property },
      dataTypes: c.dataTypes ?? base.conventions.dataTypes,
    },
    lint: { rules: settings.lint?.rules ?? {} },
    ...(metaSchema !== undefined && { metaSchema }),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The IR event of one Reflekt schema document: id from the path under `schemas/`, name,
 * version, kind, metadata and lint from `self`, the payload schema without `$schema`/`$id`/`self`,
 * source `{ file, pointer: '' }`. Returns `undefined` for a document without an object root.
 */
export function eventFromDocument(file: string, text: string): EventSchema | undefined {
  const yaml = /\.ya?ml$/.test(file);
  const doc: unknown = yaml ? parseYaml(text) : JSON.parse(text);
  if (!isRecord(doc)) return undefined;
  const self = isRecord(doc.self) ? doc.self : {};
  const id = file.replace(/^schemas\//, '');
  const name = typeof self.name === 'string' ? self.name : '';
  const written = typeof self.version === 'string' ? self.version : (id.split('/').pop() ?? '');
  const [, major = '1', minor = '0'] = /^(\d+)-(\d+)/.exec(written) ?? [];
  const kind = (
    typeof self.kind === 'string' ? self.kind : name === 'Identify' ? 'identify' : name === 'Group' ? 'group' : 'track'
  ) as EventKind;
  const lint = self.lint;
  const { $schema: _s, $id: _i, self: _self, ...schema } = doc;
  return {
    id,
    kind,
    name,
    vendor: typeof self.vendor === 'string' ? self.vendor : '',
    plan: id.split('/')[0] ?? '',
    version: { major: Number(major), minor: Number(minor) },
    description: typeof doc.description === 'string' ? doc.description : '',
    metadata: (isRecord(self.metadata) ? self.metadata : {}) as EventSchema['metadata'],
    ...(lint === false && { lint: false as const }),
    ...(Array.isArray(lint) && { lint: lint.filter((x): x is string => typeof x === 'string') }),
    format: yaml ? 'reflekt-yaml' : 'reflekt-json',
    schema: schema as JsonSchema,
    source: { file, pointer: '' },
  };
}

function schemaFiles(root: string, dir = 'schemas'): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== '.reflekt') out.push(...schemaFiles(root, rel));
    } else if (/\.(json|ya?ml)$/.test(entry.name)) {
      out.push(rel);
    }
  }
  return out.sort();
}

/** Reads `fixtures/lint/<name>`: its schemas, its `lint.config.json` with `overrides` merged in, its meta-schema. */
export function loadFixture(name: string, overrides: LintSettings = {}): Fixture {
  const root = path.join(FIXTURES, name);
  const configFile = path.join(root, 'lint.config.json');
  const own: LintSettings = existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')) : {};
  const settings: LintSettings = {
    conventions: {
      ...own.conventions,
      ...overrides.conventions,
      event: { ...own.conventions?.event, ...overrides.conventions?.event },
      property: { ...own.conventions?.property, ...overrides.conventions?.property },
    },
    lint: { rules: { ...own.lint?.rules, ...overrides.lint?.rules } },
  };
  const metaSchema = existsSync(path.join(root, META_SCHEMA)) ? path.join(root, META_SCHEMA) : undefined;
  const sources = new SourceFiles(root);
  const events: EventSchema[] = [];
  const files = schemaFiles(root);
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    sources.set(file, text);
    const event = eventFromDocument(file, text);
    if (event) events.push(event);
  }
  const plan = createPlan({ name, vendor: 'com.example', events, root, files });
  return { root, plan, config: makeConfig(root, settings, metaSchema), sources };
}

/** Lints a fixture and returns its diagnostics sorted by file and position. */
export async function lintFixture(fixture: Fixture): Promise<Diagnostic[]> {
  const diagnostics = new Diagnostics(fixture.sources);
  await lintPlan(fixture.plan, { diagnostics, config: fixture.config, sources: fixture.sources });
  return sortDiagnostics(diagnostics.all);
}

/** `file:line:col CODE rule-id`, one line per diagnostic (Buf-style exact expectations). */
export function lines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file ?? '-'}:${d.range?.start.line ?? 0}:${d.range?.start.column ?? 0} ${d.code} ${d.ruleId ?? '-'}`);
}
