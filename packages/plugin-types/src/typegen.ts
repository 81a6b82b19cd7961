import { createRequire } from 'node:module';
import type { Options } from 'json-schema-to-typescript';

/**
 * json-schema-to-typescript's options for every event: no prettier (it would be most of the
 * time), no banner, closed objects by default, `unknown` for untyped values, and no tuple types
 * from `minItems` (a `T[]` built at run time must still be accepted; the bounds are in the TSDoc).
 */
export const JSTT_OPTIONS: Partial<Options> = Object.freeze({
  bannerComment: '',
  format: false,
  additionalProperties: false,
  strictIndexSignatures: false,
  unknownAny: true,
  ignoreMinAndMaxItems: true,
  declareExternallyReferenced: true,
  enableConstEnums: false,
  inferStringEnumKeysFromValues: false,
  unreachableDefinitions: false,
  maxItems: 20,
});

/**
 * The body of `makeCompiler(require, options)`: returns `(schema, name) => Promise<string>`,
 * json-schema-to-typescript's `compile` for one prepared schema. Kept as source text because the
 * worker threads (plain CommonJS, started with `eval`) run the very same code.
 *
 * A schema without `$ref` goes straight through json-schema-to-typescript's own linker,
 * normalizer, parser, optimizer and generator. That skips what `compile` adds around them and a
 * prepared schema does not need: a deep clone (the schema is ours), `$ref` resolution (there is
 * none), input validation (the schema was built by `prepareSchema`) and option merging, about a
 * third of the time, and the loading of prettier and the `$ref` parser. Schemas with `$ref`s, or a
 * json-schema-to-typescript whose internals moved, use `compile` itself; a test checks that both
 * paths print the same. The package is pinned to an exact version for this reason.
 */
export const COMPILER_SOURCE = `
let stages;
try {
  const dir = 'json-schema-to-typescript/dist/src/';
  stages = {
    link: require(dir + 'linker').link,
    normalize: require(dir + 'normalizer').normalize,
    parse: require(dir + 'parser').parse,
    optimize: require(dir + 'optimizer').optimize,
    generate: require(dir + 'generator').generate,
  };
  if (Object.values(stages).some((f) => typeof f !== 'function')) stages = undefined;
} catch {
  stages = undefined;
}
// Every option the stages read is set in \`options\`, so the package's entry point (which loads
// prettier and the $ref parser) is only loaded for the \`compile\` fallback.
const resolved = Object.assign({}, options, { cwd: '/' });
const hasRef = (node) => {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some(hasRef);
  if (typeof node.$ref === 'string') return true;
  for (const key in node) if (hasRef(node[key])) return true;
  return false;
};
return async (schema, name) => {
  if (!stages || hasRef(schema)) return require('json-schema-to-typescript').compile(schema, name, options);
  const normalized = stages.normalize(stages.link(schema), new WeakMap(), name, resolved);
  const parsed = stages.parse(normalized, resolved, undefined, new Map(), new Set());
  return stages.generate(stages.optimize(parsed, resolved), resolved);
};
`;

type Compile = (schema: object, name: string) => Promise<string>;

let compileOne: Compile | undefined;

/** json-schema-to-typescript's output for one prepared schema (see {@link COMPILER_SOURCE}). */
export function jsttCompile(schema: object, name: string): Promise<string> {
  compileOne ??= new Function('require', 'options', COMPILER_SOURCE)(createRequire(import.meta.url), JSTT_OPTIONS) as Compile;
  return compileOne(schema, name);
}

/**
 * Indents json-schema-to-typescript's unformatted output by brace depth (two spaces), keeping
 * TSDoc blocks aligned. Braces inside string literal types and comments do not count.
 */
export function indentTypes(source: string): string {
  const out: string[] = [];
  let depth = 0;
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    // A blank line between top-level declarations.
    if (depth === 0 && out.length > 0 && out[out.length - 1] === '}' && (line.startsWith('/*') || line.startsWith('export'))) out.push('');
    if (line.startsWith('/*') || line.startsWith('*')) {
      const pad = '  '.repeat(depth);
      out.push(line.startsWith('*') ? `${pad} ${line}` : `${pad}${line}`);
      continue;
    }
    const { opens, closes, leadingCloses } = countBraces(line);
    out.push(`${'  '.repeat(Math.max(0, depth - leadingCloses))}${line}`);
    depth = Math.max(0, depth + opens - closes);
  }
  return out.join('\n');
}

function countBraces(line: string): { opens: number; closes: number; leadingCloses: number } {
  let opens = 0;
  let closes = 0;
  let leadingCloses = 0;
  let leading = true;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      leading = false;
    } else if (c === '{') {
      opens++;
      leading = false;
    } else if (c === '}') {
      closes++;
      if (leading) leadingCloses++;
    } else if (c !== ')' && c !== ']' && c !== ' ') leading = false;
  }
  return { opens, closes, leadingCloses };
}
