import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

/** The virtual module the Lambda entry imports its embedded validators from. */
export const EMBEDDED_SPECIFIER = 'reflekt-registry:embedded';

/** Size the bundle is meant to stay under (minified, without the AWS SDK and without embedded validators). */
export const BUNDLE_SIZE_LIMIT = 150 * 1024;

/** Size above which a bundle with embedded validators slows cold starts enough to prefer S3. */
export const EMBEDDED_BUNDLE_SIZE_LIMIT = 5 * 1024 * 1024;

/** The Lambda entry next to this module: `dist/lambda/entry.js` when installed, `src/lambda/entry.ts` in the repository's tests. */
export function lambdaEntryPath(): string {
  for (const name of ['entry.js', 'entry.ts']) {
    const file = fileURLToPath(new URL(`./${name}`, import.meta.url));
    if (existsSync(file)) return file;
  }
  throw new Error(`the Lambda entry is missing next to ${fileURLToPath(import.meta.url)}`);
}

/** One schema's two Ajv standalone validators (ESM that `require`s Ajv's runtime helpers). */
export interface EmbeddedValidatorSources {
  /** First-error mode (the hot path). */
  readonly firstError: string;
  /** All-errors mode (reporting an invalid event). */
  readonly allErrors: string;
}

/**
 * Bundles the registry runtime into one ESM file exporting `handler`: minified, Node 20, every
 * `@aws-sdk/*` import left external (the Lambda runtime provides the SDK, and the runtime only
 * `import()`s it on a cache miss). `validators` (schema id → Ajv standalone sources) are baked in
 * through a virtual module when given; bundled together, they share one copy of Ajv's runtime
 * helpers and ajv-formats' formats. Deterministic: no timestamps, no absolute paths, no source
 * map, ids in sorted order.
 */
export async function bundleLambda(validators: ReadonlyMap<string, EmbeddedValidatorSources> | undefined): Promise<string> {
  const { build } = await import('esbuild');
  const ids = validators ? [...validators.keys()].sort() : [];
  const resolveDir = fileURLToPath(new URL('.', import.meta.url));
  const embedded: Plugin = {
    name: 'reflekt-registry-embedded',
    setup(b) {
      b.onResolve({ filter: /^reflekt-registry:/ }, (args) => ({ path: args.path, namespace: 'reflekt-registry' }));
      b.onLoad({ filter: /.*/, namespace: 'reflekt-registry' }, (args) => {
        if (args.path === EMBEDDED_SPECIFIER) {
          if (!validators) return { contents: 'export default undefined;\n', loader: 'js' };
          const imports = ids
            .map((_, i) => `import f${i} from 'reflekt-registry:first/${i}';\nimport a${i} from 'reflekt-registry:all/${i}';`)
            .join('\n');
          const entries = ids.map((id, i) => `${JSON.stringify(id)}: { default: f${i}, validateAll: a${i} }`).join(',\n');
          return { contents: `${imports}\nexport default {\n${entries}\n};\n`, loader: 'js' };
        }
        const [, mode, index] = /^reflekt-registry:(first|all)\/(\d+)$/.exec(args.path) ?? [];
        const sources = ids[Number(index)] === undefined ? undefined : validators?.get(ids[Number(index)] as string);
        if (!sources) return { errors: [{ text: `no embedded validator for ${args.path}` }] };
        // Ajv's helpers (`ajv/dist/runtime/*`, `ajv-formats/dist/formats`) resolve from this package.
        return { contents: mode === 'first' ? sources.firstError : sources.allErrors, loader: 'js', resolveDir };
      });
    },
  };
  const result = await build({
    entryPoints: [lambdaEntryPath()],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    charset: 'utf8',
    external: ['@aws-sdk/*'],
    plugins: [embedded],
    logLevel: 'silent',
    absWorkingDir: resolveDir,
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output');
  return output.text;
}
