import { suggestName } from '../../config/suggest.js';
import { schemaLocation } from '../locate.js';
import { stringListOption } from '../options.js';
import type { PropertyRule } from '../types.js';
import { example } from './example.js';

/** The formats draft-07 defines (§7.3). */
export const DRAFT_07_FORMATS: readonly string[] = [
  'date-time',
  'date',
  'time',
  'email',
  'idn-email',
  'hostname',
  'idn-hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'iri',
  'iri-reference',
  'uri-template',
  'json-pointer',
  'relative-json-pointer',
  'regex',
];

/** The formats ajv-formats 3 adds (its `fullFormats`), which the registry's validators know. */
export const AJV_FORMATS: readonly string[] = [
  'iso-time',
  'iso-date-time',
  'duration',
  'url',
  'uuid',
  'json-pointer-uri-fragment',
  'byte',
  'int32',
  'int64',
  'float',
  'double',
  'password',
  'binary',
];

const KNOWN: readonly string[] = [...DRAFT_07_FORMATS, ...AJV_FORMATS];
const KNOWN_SET: ReadonlySet<string> = new Set(KNOWN);

/**
 * `unknown-format` (igluctl `unknownFormats`): every `format` is a draft-07 format, one
 * ajv-formats knows, or one listed in the `formats` option.
 */
export const unknownFormat: PropertyRule<'RK2020'> = {
  id: 'unknown-format',
  code: 'RK2020',
  defaultSeverity: 'error',
  suppressible: true,
  scope: 'property',
  docs: {
    summary: '`format` is a draft-07 or ajv-formats format (or one listed in the `formats` option).',
    why: 'Validators ignore a format they do not know (or, in strict mode, refuse the schema), so a misspelt `format` such as `datetime` checks nothing.',
    fix: 'Use a known format (`date-time`, `email`, `uri`, `uuid`, …) or a `pattern`; list formats your own validators define in the `formats` option.',
    options: [
      {
        name: 'formats',
        type: 'string[]',
        default: '[]',
        description: 'Extra format names to accept, for validators that define their own.',
      },
    ],
    ok: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { paid_at: { type: 'string', format: 'date-time', description: 'When the payment was captured.' } },
    }),
    notOk: example({
      id: 'shop/Order_Completed/1-0.json',
      name: 'Order Completed',
      properties: { paid_at: { type: 'string', format: 'datetime', description: 'When the payment was captured.' } },
    }),
  },
  check(node, event, ctx) {
    const { format } = node.schema;
    if (typeof format !== 'string' || KNOWN_SET.has(format)) return;
    const extra = stringListOption(ctx.options, 'formats');
    if (extra.includes(format)) return;
    ctx.report(
      { property: node.path, format, suggestion: suggestName(format, [...KNOWN, ...extra]) ?? null },
      schemaLocation(event, `${node.pointer}/format`),
    );
  },
};
