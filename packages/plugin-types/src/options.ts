import { validateOptions } from '@reflekt/compiler';

/** The plugin's package name: its tap name and the `plugin` of its diagnostics. */
export const PLUGIN_NAME = '@reflekt/plugin-types';

/** Options of {@link types}. */
export interface TypesOptions {
  /**
   * Folder under the build's output root.
   * @default 'types'
   */
  readonly outDir?: string;
  /**
   * `'ts'`: TypeScript sources (`index.ts`, `runtime.ts`, `validators.ts`) for apps that compile
   * or bundle TypeScript. `'js+dts'`: JavaScript plus declarations and a `package.json` that sets
   * the module format, for apps and packages that import plain JavaScript.
   * @default 'ts'
   */
  readonly emit?: 'ts' | 'js+dts';
  /**
   * Module format of the `.js` files when `emit` is `'js+dts'`.
   * @default 'esm'
   */
  readonly moduleFormat?: 'esm' | 'cjs';
  /**
   * Extension of relative imports between the generated `.ts` files: `'.js'` (NodeNext, bundlers),
   * `'.ts'` (`allowImportingTsExtensions`, Node's type stripping) or `'none'` (bundler resolution).
   * Always `'.js'` when `emit` is `'js+dts'`.
   * @default '.js'
   */
  readonly importExtension?: '.js' | '.ts' | 'none';
  /**
   * Who sends the events. `'node'`: every call needs `userId` or `anonymousId` (server clients
   * such as `@segment/analytics-node`). `'browser'`: the client knows the user, identity is optional.
   * @default 'browser'
   */
  readonly target?: 'browser' | 'node';
  /**
   * Runtime validation. `'off'` emits no validators. `'warn'` or `'throw'` also emits
   * `validators.ts` (Ajv standalone code, compiled at build time) and makes that the default mode
   * of `createTracker(adapter, { validators })`. Apps that never import the module carry no Ajv
   * code and no schema text.
   * @default 'off'
   */
  readonly validate?: 'off' | 'warn' | 'throw';
  /**
   * A word put before the name of every track function: `'track'` gives `trackOrderCompleted`.
   * @default ''
   */
  readonly functionPrefix?: string;
  /**
   * Function names to use instead of the derived ones, by event name (`"Order Completed"`) or by
   * plan and event name (`"web/Order Completed"`). Versions from 2 on still get their `V2` suffix.
   * @example { "Order Completed": "checkout" }
   */
  readonly names?: { readonly [event: string]: string };
  /** Only these plans (first `$id` segment); all plans when missing. */
  readonly plans?: readonly string[];
  /**
   * Worker threads that type schemas next to the main thread, for plans of 300 events or more.
   * `'auto'`: one per spare core, at most 3. `0`: everything on the main thread.
   * @default 'auto'
   */
  readonly workers?: 'auto' | number;
}

/** {@link TypesOptions} with every default filled in. */
export interface ResolvedTypesOptions {
  readonly outDir: string;
  readonly emit: 'ts' | 'js+dts';
  readonly moduleFormat: 'esm' | 'cjs';
  readonly importExtension: '.js' | '.ts' | 'none';
  readonly target: 'browser' | 'node';
  readonly validate: 'off' | 'warn' | 'throw';
  readonly functionPrefix: string;
  readonly names: { readonly [event: string]: string };
  readonly plans?: readonly string[];
  readonly workers: 'auto' | number;
}

const IDENTIFIER = '^[A-Za-z_$][A-Za-z0-9_$]*$';

/** The options' JSON Schema, checked by `validateOptions` (which also fills in the defaults). */
export const optionsSchema = {
  type: 'object',
  properties: {
    outDir: { type: 'string', minLength: 1, default: 'types' },
    emit: { enum: ['ts', 'js+dts'], default: 'ts' },
    moduleFormat: { enum: ['esm', 'cjs'], default: 'esm' },
    importExtension: { enum: ['.js', '.ts', 'none'], default: '.js' },
    target: { enum: ['browser', 'node'], default: 'browser' },
    validate: { enum: ['off', 'warn', 'throw'], default: 'off' },
    functionPrefix: { type: 'string', pattern: '^([A-Za-z][A-Za-z0-9]*)?$', default: '' },
    names: { type: 'object', additionalProperties: { type: 'string', pattern: IDENTIFIER }, default: {} },
    plans: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    workers: { anyOf: [{ const: 'auto' }, { type: 'integer', minimum: 0, maximum: 64 }], default: 'auto' },
  },
  additionalProperties: false,
} as const;

/** Validates the options (RK7005 on a problem) and fills in the defaults. */
export function resolveOptions(options: TypesOptions | undefined): ResolvedTypesOptions {
  const resolved = validateOptions<ResolvedTypesOptions>(PLUGIN_NAME, optionsSchema, options);
  if (resolved.emit === 'js+dts' && resolved.importExtension !== '.js') {
    // JavaScript files import each other by their real file names.
    return { ...resolved, importExtension: '.js' };
  }
  return resolved;
}
