import path from 'node:path';
import { isSeq } from 'yaml';
import type { LoadContext } from '../compiler/contexts.js';
import { joinPointer } from '../ir/plan.js';
import type { EventKind, EventSchema, SourceRange } from '../ir/types.js';
import type { LegacyPlanFiles } from './discover.js';
import { inferKind } from './kind.js';
import { LegacyConverter, resolveSourcePointer } from './legacy-convert.js';
import { type ParsedYaml, parseYaml } from './parse.js';
import { documentRange } from './positions.js';
import { type PlanFile, readPlanFile, type SchemasFolder } from './read.js';
import { checkedSchema, isRecord, type JsonRecord } from './self-describing.js';

const EVENT_FIELDS = new Set(['version', 'name', 'description', 'metadata', 'properties']);
const TRAIT_EVENTS: Readonly<Record<'identify' | 'group', { name: string; call: string }>> = {
  identify: { name: 'Identify', call: 'identify()' },
  group: { name: 'Group', call: 'group()' },
};

/**
 * Loads a Reflekt 0.1–0.2 YAML tracking plan (`<plan>/plan.yml`, `events/*.yml`,
 * `user-traits.yml`, `group-traits.yml`), converting each event version and each trait list to
 * JSON Schema. Ids follow the new layout, `<plan>/<Event_Name>/<version>-0.json`, so a plan keeps
 * its ids when it is migrated to JSON schemas.
 *
 * Files are parsed as YAML 1.1, as PyYAML read them. A bad event version is reported (RK1009) and
 * skipped; the other versions and files still load.
 */
export function loadLegacyPlan(ctx: LoadContext, folder: SchemasFolder, plan: LegacyPlanFiles): void {
  const planName = readPlanName(ctx, folder, plan);
  const planSegment = idSegment(planName);
  for (const rel of plan.events) {
    const file = readPlanFile(ctx, folder, rel);
    const parsed = file && parseYaml(ctx, file, { version: '1.1' });
    if (file && parsed) loadEventsFile(ctx, file, parsed, planName, planSegment);
  }
  for (const { file: rel, kind } of plan.traits) {
    const file = readPlanFile(ctx, folder, rel);
    const parsed = file && parseYaml(ctx, file, { version: '1.1' });
    if (file && parsed) loadTraitsFile(ctx, file, parsed.value, kind, planName, planSegment);
  }
}

/**
 * The plan's name from `plan.yml`. Reflekt 0.1's template wrote `display_name:`, which is accepted
 * too; without either, the folder name is used and the file is reported.
 */
function readPlanName(ctx: LoadContext, folder: SchemasFolder, plan: LegacyPlanFiles): string {
  const fallback = path.basename(plan.dir === '.' ? folder.abs : plan.dir);
  const file = readPlanFile(ctx, folder, plan.planFile);
  const parsed = file && parseYaml(ctx, file, { version: '1.1' });
  if (!file || !parsed) return fallback;
  const doc = parsed.value;
  const name = isRecord(doc) ? (doc.name ?? doc.display_name) : undefined;
  if (typeof name === 'string' && name.trim() !== '') return name.trim();
  const pointer = isRecord(doc) && doc.name !== undefined ? '/name' : '';
  ctx.diagnostics.report(
    'RK1009',
    { detail: `\`plan.yml\` needs a \`name\` (a non-empty string); using \`${fallback}\`` },
    { file: file.rel, pointer },
  );
  return fallback;
}

/** A name as an id segment: whitespace runs become `_` (as new-era folder names), `/` too. */
function idSegment(name: string): string {
  return name.trim().replace(/[\s/]+/g, '_');
}

function loadEventsFile(ctx: LoadContext, file: PlanFile, parsed: ParsedYaml, planName: string, planSegment: string): void {
  const list = parsed.value;
  if (!Array.isArray(list)) {
    const detail = 'an events file must be a YAML list of event versions (`- version: 1`)';
    ctx.diagnostics.report('RK1009', { detail }, { file: file.rel, pointer: '' });
    return;
  }
  const contents = parsed.doc.contents;
  list.forEach((item: unknown, index) => {
    const node = isSeq(contents) ? (contents.items[index] as { range?: [number, number, number] } | undefined) : undefined;
    const range = node?.range ? documentRange(file.text, node.range[0], node.range[1]) : documentRange(file.text);
    const event = convertEvent(ctx, file, item, `/${index}`, range, planName, planSegment);
    if (event) ctx.addEvent(event);
  });
}

function convertEvent(
  ctx: LoadContext,
  file: PlanFile,
  item: unknown,
  pointer: string,
  range: SourceRange,
  planName: string,
  planSegment: string,
): EventSchema | undefined {
  const converter = new LegacyConverter();
  const at = (key: string) => joinPointer(pointer, key);
  if (!isRecord(item)) {
    converter.problem(pointer, 'an event version must be a mapping with `version`, `name`, `description` and `properties`');
    finish(ctx, file, converter);
    return undefined;
  }
  converter.unknownFields(item, EVENT_FIELDS, pointer, 'event');
  const { version, name, description, metadata } = item;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    converter.problem(version === undefined ? pointer : at('version'), '`version` must be an integer ≥ 1');
  }
  if (typeof name !== 'string' || name.trim() === '') {
    converter.problem(name === undefined ? pointer : at('name'), 'an event needs a `name` (a non-empty string)');
  }
  if (description !== undefined && description !== null && typeof description !== 'string') {
    converter.problem(at('description'), '`description` must be a string');
  }
  if (metadata !== undefined && metadata !== null && !isRecord(metadata)) converter.problem(at('metadata'), '`metadata` must be a mapping');
  if (item.properties === undefined) converter.problem(pointer, 'an event needs `properties` (a list, which may be empty)');

  const schema: JsonRecord = { type: 'object' };
  converter.map('', pointer);
  converter.map('/type', pointer);
  if (typeof description === 'string') {
    schema.description = description;
    converter.map('/description', at('description'));
  }
  const { properties, required } = converter.propertyList(item.properties, at('properties'), '');
  schema.properties = properties;
  schema.required = required;
  if (!finish(ctx, file, converter) || typeof name !== 'string' || typeof version !== 'number') return undefined;

  const checked = checkedSchema(ctx, file, schema, (p) => resolveSourcePointer(converter.sourceMap, p, pointer));
  if (!checked) return undefined;
  return {
    id: `${planSegment}/${idSegment(name)}/${version}-0.json`,
    kind: inferKind(name),
    name: name.trim(),
    vendor: ctx.config.vendor,
    plan: planName,
    version: { major: version, minor: 0 },
    description: typeof description === 'string' ? description : '',
    metadata: isRecord(metadata) ? (metadata as EventSchema['metadata']) : {},
    format: 'legacy-yaml',
    schema: checked,
    source: { file: file.rel, pointer, range },
    sourceMap: converter.sourceMap,
  };
}

/** `traits:` of `user-traits.yml` / `group-traits.yml` becomes the `Identify` / `Group` schema. */
function loadTraitsFile(
  ctx: LoadContext,
  file: PlanFile,
  doc: unknown,
  kind: Extract<EventKind, 'identify' | 'group'>,
  planName: string,
  planSegment: string,
): void {
  const converter = new LegacyConverter();
  if (!isRecord(doc) || !('traits' in doc)) {
    converter.problem('', 'a traits file must be a mapping with a `traits:` list');
    finish(ctx, file, converter);
    return;
  }
  converter.unknownFields(doc, new Set(['traits']), '', 'traits file');
  // Python Reflekt templated no identify/group models for an empty list; neither is an event here.
  if (doc.traits === null || (Array.isArray(doc.traits) && doc.traits.length === 0)) {
    finish(ctx, file, converter);
    return;
  }
  const { name, call } = TRAIT_EVENTS[kind];
  const description = `Traits sent with ${call} calls in the ${planName} tracking plan.`;
  const schema: JsonRecord = { type: 'object', description };
  converter.map('', '');
  converter.map('/type', '');
  converter.map('/description', '');
  const { properties, required } = converter.propertyList(doc.traits, '/traits', '');
  schema.properties = properties;
  schema.required = required;
  if (!finish(ctx, file, converter)) return;
  const checked = checkedSchema(ctx, file, schema, (p) => resolveSourcePointer(converter.sourceMap, p, ''));
  if (!checked) return;
  ctx.addEvent({
    id: `${planSegment}/${name}/1-0.json`,
    kind,
    name,
    vendor: ctx.config.vendor,
    plan: planName,
    version: { major: 1, minor: 0 },
    description,
    metadata: {},
    format: 'legacy-yaml',
    schema: checked,
    source: { file: file.rel, pointer: '', range: documentRange(file.text) },
    sourceMap: converter.sourceMap,
  });
}

/** Reports the converter's problems; `false` when any was an error. */
function finish(ctx: LoadContext, file: PlanFile, converter: LegacyConverter): boolean {
  for (const problem of converter.problems) {
    const location = { file: file.rel, pointer: problem.pointer };
    if (problem.unknownField) ctx.diagnostics.report('RK1012', problem.unknownField, { ...location, atKey: true });
    else ctx.diagnostics.report('RK1009', { detail: problem.detail }, location);
  }
  return !converter.failed;
}
