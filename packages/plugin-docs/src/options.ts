import { type EventSchema, validateOptions } from '@reflekt/compiler';

/** The plugin's package name: its tap name and the `plugin` of its diagnostics. */
export const PLUGIN_NAME = '@reflekt/plugin-docs';

/** How to name the artifacts other plugins make for an event (plugins never import each other). */
export interface DocsLinks {
  /**
   * The dbt model of an event. Default: plugin-dbt's Segment convention,
   * `stg_<plan>__<snake_case(event name)>` for track events and `stg_<plan>__identifies`,
   * `__groups`, `__pages`, `__screens` for the other kinds. Return `undefined` to show no model.
   */
  readonly dbtModel?: (event: EventSchema) => string | undefined;
  /**
   * The typed tracking function of an event. Default: plugin-types' names, the camelCased
   * event name with `V<major>` from major 2 on (`orderCompleted`, `orderCompletedV2`), and
   * `identify`, `group`, `page`, `screen` for the other kinds. Return `undefined` to show none.
   */
  readonly typedFunction?: (event: EventSchema) => string | undefined;
}

/** Options of {@link docs}. */
export interface DocsOptions {
  /**
   * Folder under the build's output root.
   * @default 'docs'
   */
  readonly outDir?: string;
  /**
   * What to write: Markdown (`README.md` and `events/<plan>/<Event_Name>.md`), the static HTML
   * site (`index.html` and `events/<plan>/<Event_Name>.html`), or both.
   * @default ['markdown', 'html']
   */
  readonly formats?: readonly ('markdown' | 'html')[];
  /** Title of the index pages. Default: `<plan name> tracking plan`. */
  readonly title?: string;
  /** Names of the dbt model and typed function shown for each event. */
  readonly links?: DocsLinks;
  /**
   * How version diffs judge open content models (see `reflekt breaking --mode`): `lenient`, the
   * analytics view, treats adding or removing an optional property as compatible.
   * @default 'lenient'
   */
  readonly mode?: 'strict' | 'lenient';
}

/** {@link DocsOptions} with every default filled in. */
export interface ResolvedDocsOptions {
  readonly outDir: string;
  readonly formats: readonly ('markdown' | 'html')[];
  readonly title?: string;
  readonly links: DocsLinks;
  readonly mode: 'strict' | 'lenient';
}

/** The JSON Schema of {@link DocsOptions}; `links` holds functions, checked by {@link resolveOptions}. */
export const optionsSchema = {
  type: 'object',
  properties: {
    outDir: { type: 'string', minLength: 1, default: 'docs' },
    formats: { type: 'array', items: { enum: ['markdown', 'html'] }, minItems: 1, uniqueItems: true, default: ['markdown', 'html'] },
    title: { type: 'string', minLength: 1 },
    mode: { enum: ['strict', 'lenient'], default: 'lenient' },
    links: { type: 'object', properties: { dbtModel: {}, typedFunction: {} }, additionalProperties: false, default: {} },
  },
  additionalProperties: false,
} as const;

/** Validates the options (RK7005 on a problem) and fills in the defaults. */
export function resolveOptions(options: DocsOptions | undefined): ResolvedDocsOptions {
  const resolved = validateOptions<ResolvedDocsOptions>(PLUGIN_NAME, optionsSchema, options);
  for (const [key, value] of Object.entries(resolved.links)) {
    if (value !== undefined && typeof value !== 'function') {
      throw new TypeError(`${PLUGIN_NAME}: the option links.${key} must be a function (event) => string, got ${typeof value}.`);
    }
  }
  return resolved;
}
