import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** How Ajv's standalone code refers to one of ajv-formats' fast formats. */
const FORMAT_REFERENCE = /require\("ajv-formats\/dist\/formats"\)\.fastFormats(?:\.([A-Za-z_$][\w$]*)|\["([^"\\]+)"\])/g;

/** The specifier prefix of a single-format module (see {@link formatModule}). */
export const FORMAT_SPECIFIER = 'reflekt-format:';

/**
 * Points each format reference of Ajv's standalone code at a module of that format alone, so a
 * validator checking `date-time` carries one regular expression instead of all of ajv-formats.
 */
export function useFormatModules(code: string): string {
  return code.replace(FORMAT_REFERENCE, (_match, dotted: string | undefined, quoted: string | undefined) => {
    return `require(${JSON.stringify(FORMAT_SPECIFIER + (dotted ?? quoted ?? ''))})`;
  });
}

/**
 * The CommonJS source of one fast format. Regular expressions (alone, or as `validate` of the
 * date and time formats, whose `compare` only serves the `formatMinimum` keywords, not enabled
 * here) are written as literals; a format implemented by functions (`regex`, `byte`, `int32`, …)
 * re-exports ajv-formats' own, which esbuild then bundles whole.
 */
export function formatModule(name: string): string {
  const formats = (require('ajv-formats/dist/formats') as { fastFormats: Record<string, unknown> }).fastFormats;
  const format = Object.hasOwn(formats, name) ? formats[name] : undefined;
  if (format instanceof RegExp) return `module.exports = ${format.toString()};\n`;
  const validate = (format as { validate?: unknown } | undefined)?.validate;
  if (validate instanceof RegExp && (format as { type?: unknown }).type === undefined) {
    return `module.exports = { validate: ${validate.toString()} };\n`;
  }
  return `module.exports = require("ajv-formats/dist/formats").fastFormats[${JSON.stringify(name)}];\n`;
}
