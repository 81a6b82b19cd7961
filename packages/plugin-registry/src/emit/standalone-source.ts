import { createRequire } from 'node:module';

/** What compiling one schema gives: Ajv's two standalone sources, or why it failed; and its warnings. */
export type StandaloneResult =
  | { readonly firstError: string; readonly allErrors: string; readonly warnings: readonly string[] }
  | { readonly error: string; readonly warnings: readonly string[] };

/** Compiles the schema with `$id` `id` out of `schemas` (its own, plus any it `$ref`s). */
export type CompileStandalone = (schemas: readonly object[], id: string) => StandaloneResult;

/**
 * The compile step as plain CommonJS source, run with `new Function('require', …)`: the calling
 * thread and the worker threads of {@link compileInPool} evaluate the same text, so a module
 * compiled in a worker is byte for byte the module compiled here (a worker cannot load this
 * package's TypeScript sources in tests, and a copy of the logic could drift).
 *
 * Each schema gets Ajv instances of its own (about 0.3 ms each): the names in Ajv's code count
 * up per instance, so a shared instance would make an event's module depend on what was compiled
 * before it. Settings for real plans: unknown keywords are ignored (annotations), unknown formats
 * are reported as warnings and not checked, union types are allowed, `$data` is never enabled,
 * and formats are checked by ajv-formats in its fast mode. The first-error validator carries no
 * messages: it only decides valid or not, and `validateAll` reports why.
 *
 * `code.process` replaces what Ajv would evaluate with `new Function` by a placeholder: the emitter only
 * keeps the source (`validate.source`, taken before `process`), never runs the function, and
 * V8's parse of every generated function cost 15% of the compile (measured on 1,000 events).
 */
export const STANDALONE_SOURCE = `
const { Ajv } = require('ajv');
const addFormats = require('ajv-formats');
const standaloneCode = require('ajv/dist/standalone/index.js').default;
let warnings = [];
const warn = (...args) => { warnings.push(args.map(String).join(' ')); };
const logger = { log() {}, warn, error: warn };
const sourceOnly = () => 'return function validate() { throw new Error("compiled for its source only"); }';
function make(allErrors) {
  const ajv = new Ajv({
    allErrors,
    messages: allErrors,
    $data: false,
    strict: false,
    allowUnionTypes: true,
    validateSchema: false,
    meta: false,
    logger,
    code: { source: true, esm: false, lines: false, optimize: false, process: sourceOnly },
  });
  addFormats(ajv, { mode: 'fast' });
  return ajv;
}
return function compileStandalone(schemas, id) {
  warnings = [];
  try {
    const first = make(false);
    const every = make(true);
    for (const schema of schemas) {
      first.addSchema(schema);
      every.addSchema(schema);
    }
    const firstValidate = first.getSchema(id);
    const everyValidate = every.getSchema(id);
    if (!firstValidate || !everyValidate) throw new Error('no schema with id ' + id);
    return { firstError: standaloneCode(first, firstValidate), allErrors: standaloneCode(every, everyValidate), warnings };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), warnings };
  }
};
`;

let local: CompileStandalone | undefined;

/** {@link STANDALONE_SOURCE} on the calling thread, resolving Ajv from this package. */
export function compileStandalone(schemas: readonly object[], id: string): StandaloneResult {
  local ??= new Function('require', STANDALONE_SOURCE)(createRequire(import.meta.url)) as CompileStandalone;
  return local(schemas, id);
}
