import type { LoadContext } from '../compiler/contexts.js';
import type { EventSchema } from '../ir/types.js';
import { parseJson } from './parse.js';
import { documentRange } from './positions.js';
import type { PlanFile } from './read.js';
import { isRecord, payloadSchema, readSelfFields } from './self-describing.js';
import { parseSchemaVer } from './version.js';

/** The meta-schema every Iglu self-describing schema names in `$schema`. */
const IGLU_META_PREFIX = 'http://iglucentral.com/schemas/com.snowplowanalytics.self-desc/schema/jsonschema/';

/**
 * Loads one Iglu / Snowplow self-describing schema (`<vendor>/<name>/jsonschema/<M-R-A>`, no
 * extension) and adds its event: id `vendor/name/jsonschema/1-0-0`, plan = vendor, version with
 * `addition`.
 *
 * Iglu resolvers find schemas by path, so the path decides the id, name, vendor and version; a
 * `self` block that disagrees with it is reported (RK1011) and the event still loads. A file
 * without a usable `self`, or with an invalid version, is skipped.
 */
export function loadIgluSchema(ctx: LoadContext, file: PlanFile): void {
  const at = (pointer: string) => ({ file: file.rel, pointer });
  const segments = file.inFolder.split('/');
  const [vendor, name, format, versionText] = segments.slice(-4);
  if (segments.length < 4 || vendor === undefined || name === undefined || format !== 'jsonschema' || versionText === undefined) {
    ctx.diagnostics.report(
      'RK1011',
      { field: 'path', detail: 'must be `<vendor>/<name>/jsonschema/<MODEL-REVISION-ADDITION>`' },
      { file: file.rel },
    );
    return;
  }
  const doc = parseJson(ctx, file);
  if (doc === undefined) return;
  if (!isRecord(doc)) {
    ctx.diagnostics.report('RK1006', { field: 'document', detail: 'must be an object: a self-describing JSON Schema' }, at(''));
    return;
  }
  const pathVersion = parseSchemaVer(versionText);
  if (!pathVersion) {
    ctx.diagnostics.report('RK1007', { version: versionText }, { file: file.rel });
    return;
  }

  if (typeof doc.$schema !== 'string' || !doc.$schema.startsWith(IGLU_META_PREFIX)) {
    ctx.diagnostics.report(
      'RK1011',
      { field: '$schema', detail: `should be the self-describing meta-schema \`${IGLU_META_PREFIX}1-0-0#\`` },
      at(doc.$schema === undefined ? '' : '/$schema'),
      { severity: 'warning' },
    );
  }
  const self = doc.self;
  if (!isRecord(self)) {
    ctx.diagnostics.report(
      'RK1011',
      { field: 'self', detail: self === undefined ? 'is missing' : 'must be an object' },
      at(self === undefined ? '' : '/self'),
    );
    return;
  }
  for (const field of ['vendor', 'name', 'format', 'version'] as const) {
    if (typeof self[field] !== 'string') {
      const detail = self[field] === undefined ? 'is missing' : 'must be a string';
      ctx.diagnostics.report('RK1011', { field: `self.${field}`, detail }, at(self[field] === undefined ? '/self' : `/self/${field}`));
      return;
    }
  }
  if (!parseSchemaVer(self.version)) {
    ctx.diagnostics.report('RK1007', { version: String(self.version) }, at('/self/version'));
    return;
  }
  const expected: Record<'vendor' | 'name' | 'format' | 'version', string> = { vendor, name, format, version: versionText };
  for (const field of ['vendor', 'name', 'format', 'version'] as const) {
    if (self[field] !== expected[field]) {
      const detail = `is \`${String(self[field])}\` but the file's path says \`${expected[field]}\``;
      ctx.diagnostics.report('RK1011', { field: `self.${field}`, detail }, at(`/self/${field}`));
    }
  }

  const fields = readSelfFields(ctx, file, doc, self, name);
  const schema = payloadSchema(ctx, file, doc);
  if (!schema) return;
  const event: EventSchema = {
    id: `${vendor}/${name}/jsonschema/${versionText}`,
    kind: fields.kind,
    name,
    vendor,
    plan: vendor,
    version: pathVersion,
    description: fields.description,
    metadata: fields.metadata,
    ...(fields.deprecated !== undefined && { deprecated: fields.deprecated }),
    ...(fields.lint !== undefined && { lint: fields.lint }),
    format: 'iglu',
    schema,
    source: { file: file.rel, pointer: '', range: documentRange(file.text) },
  };
  ctx.addEvent(event);
}
