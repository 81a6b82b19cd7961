import { createRequire } from 'node:module';
import type { JsonSchema } from '@reflekt/compiler';
import type { Format } from 'ajv';
import type standaloneModule from 'ajv/dist/standalone/index.js';
import type { Entry } from './entries.js';
import type { ResolvedTypesOptions } from './options.js';
import { header, quote, sibling } from './render.js';

const require = createRequire(import.meta.url);

type StandaloneCode = typeof standaloneModule.default;

/** A schema Ajv could not compile (reported as a warning; that event is not validated). */
export interface ValidatorProblem {
  readonly entry: Entry;
  readonly detail: string;
}

/** The validators module as JavaScript, its declarations, and the schemas Ajv rejected. */
export interface ValidatorsModule {
  readonly js: string;
  readonly dts: string;
  readonly problems: readonly ValidatorProblem[];
}

/** Keywords that never change whether data is valid; dropped so the module carries no docs. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  '$comment',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$schema',
  'self',
]);

/**
 * Ajv's runtime helpers, inlined so the module imports nothing: string length in code points
 * (`minLength`/`maxLength`) and deep equality (`enum`/`const` with objects or arrays).
 */
const RUNTIME_HELPERS: { readonly [module: string]: { readonly name: string; readonly source: string } } = {
  'ajv/dist/runtime/ucs2length': {
    name: 'ucs2length',
    source:
      'function ucs2length(s){let n=0;for(let i=0;i<s.length;i++){n++;const c=s.charCodeAt(i);if(c>=0xd800&&c<=0xdbff&&i+1<s.length&&(s.charCodeAt(i+1)&0xfc00)===0xdc00)i++;}return n;}',
  },
  'ajv/dist/runtime/equal': {
    name: 'deepEqual',
    source:
      'function deepEqual(a,b){if(a===b)return true;if(a&&b&&typeof a==="object"&&typeof b==="object"){if(Array.isArray(a)!==Array.isArray(b))return false;const k=Object.keys(a);if(k.length!==Object.keys(b).length)return false;for(const key of k){if(!Object.prototype.hasOwnProperty.call(b,key)||!deepEqual(a[key],b[key]))return false;}return true;}return a!==a&&b!==b;}',
  },
};

/**
 * Compiles one Ajv standalone validator per entry, at build time, into a module that imports
 * nothing and exports `validators: Validators` (`mode` = the `validate` option, `byId` keyed by
 * `schema_id`). Formats are checked with ajv-formats' fast regular expressions.
 */
export async function renderValidators(
  planName: string,
  entries: readonly Entry[],
  options: ResolvedTypesOptions,
): Promise<ValidatorsModule> {
  // Loaded here, not at start-up: builds without validators never pay for Ajv.
  const { Ajv } = await import('ajv');
  const standalone = (await import('ajv/dist/standalone/index.js')).default;
  const standaloneCode: StandaloneCode =
    (standalone as unknown as { default?: StandaloneCode }).default ?? (standalone as unknown as StandaloneCode);
  const esm = options.moduleFormat === 'esm' || options.emit === 'ts';
  const ajv = new Ajv({
    code: { source: true, esm, lines: false, optimize: 1 },
    strict: false,
    allErrors: false,
    validateSchema: false,
    logger: false,
    formats: regexFormats(),
  });
  const problems: ValidatorProblem[] = [];
  const exported: Array<[string, string]> = [];
  for (const entry of entries) {
    try {
      ajv.addSchema({ ...(stripAnnotations(entry.event.schema) as object), $id: entry.event.id });
      ajv.getSchema(entry.event.id);
      exported.push([`v${exported.length}`, entry.event.id]);
    } catch (error) {
      ajv.removeSchema(entry.event.id);
      problems.push({ entry, detail: error instanceof Error ? error.message : String(error) });
    }
  }
  const source = exported.length > 0 ? standaloneCode(ajv, Object.fromEntries(exported)) : '';
  // Only `validators` is exported: Ajv's per-schema exports become module-local constants.
  const code = inlineHelpers(source.replace(/^"use strict";/, '').replace(/(?:export const |exports\.)(v\d+) = /g, 'const $1 = '));
  const byId = exported.map(([local, id]) => `    ${quote(id)}: ${local},`).join('\n');
  const value = `{\n  mode: ${quote(options.validate === 'throw' ? 'throw' : 'warn')},\n  byId: {\n${byId}\n  },\n}`;
  const runtime = sibling('runtime', options);
  const banner = `${header(planName)}\n// Ajv standalone validators, compiled at build time; import this module only where you validate.\n`;
  const js = esm
    ? `${banner}\n${code}\n\nexport const validators = ${value};\n`
    : `'use strict';\n${banner}\n${code}\n\nexports.validators = ${value};\n`;
  const dts = `${banner}\nimport type { Validators } from '${runtime}';\n\n/** Validators by \`schema_id\`, for \`createTracker(adapter, { validators })\`. */\nexport declare const validators: Validators;\n`;
  return { js, dts, problems };
}

/** The TypeScript flavour: the JavaScript, unchecked, with a typed export. */
export function validatorsTs(module: ValidatorsModule, options: ResolvedTypesOptions): string {
  const runtime = sibling('runtime', options);
  const typed = module.js
    .replace(/\nexport const validators = /, '\nexport const validators: Validators = ')
    .replace(/\n\/\/ Ajv standalone validators[^\n]*\n/, (line) => `${line}import type { Validators } from '${runtime}';\n`);
  return `// @ts-nocheck: Ajv's generated code is JavaScript; the \`validators\` export is typed.\n${typed}`;
}

function regexFormats(): { [name: string]: Format } {
  const { fastFormats } = require('ajv-formats/dist/formats') as { fastFormats: { [name: string]: unknown } };
  const out: { [name: string]: Format } = {};
  for (const [name, format] of Object.entries(fastFormats)) {
    if (format instanceof RegExp) out[name] = format;
    else if (format && typeof format === 'object' && (format as { validate?: unknown }).validate instanceof RegExp) {
      out[name] = (format as { validate: RegExp }).validate;
    }
  }
  return out;
}

function stripAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripAnnotations);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: { [key: string]: unknown } = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (key === 'properties' || key === 'definitions' || key === '$defs' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, stripAnnotations(v)]));
    } else if (key === 'enum' || key === 'const') out[key] = value;
    else out[key] = stripAnnotations(value);
  }
  return out as JsonSchema;
}

function inlineHelpers(code: string): string {
  const used = new Set<string>();
  const replaced = code.replace(/require\("([^"]+)"\)\.default/g, (whole, module: string) => {
    const helper = RUNTIME_HELPERS[module];
    if (!helper) return whole;
    used.add(module);
    return helper.name;
  });
  const leftover = /require\("([^"]+)"\)/.exec(replaced);
  if (leftover) throw new Error(`Ajv's standalone code needs \`${leftover[1]}\`, which Reflekt cannot inline.`);
  const helpers = [...used].sort().map((m) => RUNTIME_HELPERS[m]?.source ?? '');
  return helpers.length > 0 ? `${helpers.join('\n')}\n${replaced}` : replaced;
}
