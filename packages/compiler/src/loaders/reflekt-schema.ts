import type { LoadContext } from '../compiler/contexts.js';
import type { EventSchema } from '../ir/types.js';
import { parseJson, parseYaml } from './parse.js';
import { documentRange } from './positions.js';
import type { PlanFile } from './read.js';
import { isRecord, payloadSchema, readSelfFields } from './self-describing.js';
import { parseReflektVersion } from './version.js';

/**
 * Loads one Reflekt schema file (`schemas/<plan>/<Event_Name>/<MAJOR>-<MINOR>.json`, or the same
 * document as `.yaml`/`.yml`) as written by Python Reflekt 0.3–0.6, and adds its event.
 *
 * The IR id is always the path under the schemas folder with a `.json` extension, so a schema
 * keeps its id when it moves between JSON and YAML. A `$id` that disagrees with the path is
 * reported (RK1004) but the event still loads under the path's id, which is what tools look up.
 * A problem that leaves no name, version or usable payload skips the file.
 */
export function loadReflektSchema(ctx: LoadContext, file: PlanFile, syntax: 'json' | 'yaml'): void {
  const doc = syntax === 'json' ? parseJson(ctx, file) : parseYaml(ctx, file)?.value;
  if (doc === undefined) return;
  // Lint reads the raw document (`self`, `$id`) again; hand it the parse instead of the text.
  ctx.sources.setParsed(file.rel, doc);
  const at = (pointer: string) => ({ file: file.rel, pointer });
  if (!isRecord(doc)) {
    ctx.diagnostics.report('RK1006', { field: 'document', detail: 'must be an object: a JSON Schema with `$id` and `self`' }, at(''));
    return;
  }

  const id = syntax === 'json' ? file.inFolder : file.inFolder.replace(/\.ya?ml$/, '.json');
  if (doc.$id === undefined) {
    ctx.diagnostics.report('RK1006', { field: '$id', detail: `is missing; it should be \`${id}\`` }, at(''));
  } else if (typeof doc.$id !== 'string') {
    ctx.diagnostics.report('RK1006', { field: '$id', detail: 'must be a string' }, at('/$id'));
  } else if (doc.$id !== id && doc.$id !== file.inFolder) {
    // A YAML schema may name itself with either extension; the IR id always ends in `.json`.
    ctx.diagnostics.report('RK1004', { id: doc.$id, expected: id }, at('/$id'));
  }

  const self = doc.self;
  if (!isRecord(self)) {
    const detail = self === undefined ? 'is missing' : 'must be an object';
    ctx.diagnostics.report('RK1006', { field: 'self', detail }, at(self === undefined ? '' : '/self'));
    return;
  }
  if (typeof self.name !== 'string' || self.name.trim() === '') {
    const detail = self.name === undefined ? 'is missing' : 'must be a non-empty string';
    ctx.diagnostics.report('RK1006', { field: 'self.name', detail }, at(self.name === undefined ? '/self' : '/self/name'));
    return;
  }
  if (self.version === undefined) {
    ctx.diagnostics.report('RK1006', { field: 'self.version', detail: 'is missing' }, at('/self'));
    return;
  }
  const version = parseReflektVersion(self.version);
  if (!version) {
    ctx.diagnostics.report('RK1007', { version: String(self.version) }, at('/self/version'));
    return;
  }
  let vendor = ctx.config.vendor;
  if (typeof self.vendor === 'string' && self.vendor !== '') vendor = self.vendor;
  else if (self.vendor !== undefined)
    ctx.diagnostics.report('RK1006', { field: 'self.vendor', detail: 'must be a non-empty string' }, at('/self/vendor'));

  const fields = readSelfFields(ctx, file, doc, self, self.name);
  const schema = payloadSchema(ctx, file, doc);
  if (!schema) return;

  const segments = id.split('/');
  const event: EventSchema = {
    id,
    kind: fields.kind,
    name: self.name,
    vendor,
    // `<plan>/<Event_Name>/<version>.json`: the first segment names the plan. A flatter layout has
    // no plan segment, so the event belongs to the project's plan.
    plan: segments.length >= 3 ? (segments[0] ?? ctx.config.name) : ctx.config.name,
    version,
    description: fields.description,
    metadata: fields.metadata,
    ...(fields.deprecated !== undefined && { deprecated: fields.deprecated }),
    ...(fields.lint !== undefined && { lint: fields.lint }),
    format: syntax === 'json' ? 'reflekt-json' : 'reflekt-yaml',
    schema,
    source: { file: file.rel, pointer: '', range: documentRange(file.text) },
  };
  ctx.addEvent(event);
}
