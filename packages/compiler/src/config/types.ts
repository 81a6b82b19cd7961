import type { Severity } from '../diagnostics/types.js';
import type { JsonSchemaTypeName } from '../ir/json-schema.js';
import type { ReflektPlugin } from '../plugin.js';

/** Naming styles a convention can require. `any` checks nothing. */
export type Casing = 'title' | 'snake' | 'camel' | 'pascal' | 'any';

/** Naming rules for event names or property names. */
export interface NamingConvention {
  /** @default 'any' */
  readonly casing?: Casing;
  /** Whether digits are allowed in names. @default true */
  readonly numbers?: boolean;
  /** Names that may not be used (compared case-insensitively). @default [] */
  readonly reserved?: readonly string[];
}

/** The plan's naming and typing conventions, as Python Reflekt's `schemas.conventions`. */
export interface Conventions {
  readonly event?: NamingConvention;
  readonly property?: NamingConvention;
  /** Property types the plan allows; `any` allows a property without `type`. @default every type */
  readonly dataTypes?: readonly (JsonSchemaTypeName | 'any')[];
}

/** A lint rule's setting: a severity, `off`, or a severity with rule options. */
export type RuleSetting = Severity | 'warn' | 'off' | readonly [Severity | 'warn' | 'off', Record<string, unknown>];

/** A plugin as written in config: an instance, a package name, `[name, options]`, nested arrays, or a falsy placeholder. */
export type PluginOption = ReflektPlugin | string | readonly [string, unknown] | false | null | undefined | readonly PluginOption[];

/**
 * The config a user writes (`reflekt.config.ts` via {@link defineConfig}, `.reflektrc.*`,
 * `reflekt.config.{json,yaml,mjs}`). Every field is optional; see {@link ResolvedConfig} for defaults.
 */
export interface UserConfig {
  /** Project name; names the dbt package and the plan. @default the folder name */
  readonly name?: string;
  /** Default schema vendor for new and pulled schemas (`com.example`). */
  readonly vendor?: string;
  /**
   * Folders holding the plan, relative to the config file: Reflekt schema folders (JSON/YAML),
   * Iglu repositories, or a legacy `tracking-plans` folder. @default ['schemas'] (plus `tracking-plans` when it exists)
   */
  readonly schemas?: string | readonly string[];
  /** Naming and typing conventions checked by `reflekt lint`. */
  readonly conventions?: Conventions;
  /** Root folder of build outputs, relative to the config file. @default 'artifacts' */
  readonly outDir?: string;
  /** Plugins: sources, emitters, deployers. Falsy entries are ignored and nested arrays flattened. */
  readonly plugins?: readonly PluginOption[];
  /** Lint settings. */
  readonly lint?: {
    /** Rule id → severity or `[severity, options]`. */
    readonly rules?: Readonly<Record<string, RuleSetting>>;
  };
  /** Write the IR as `ir.json` in the output folder (for debugging and for tools). @default false */
  readonly emitIr?: boolean;
}

/** Conventions with every default filled in. */
export interface ResolvedConventions {
  readonly event: Required<NamingConvention>;
  readonly property: Required<NamingConvention>;
  readonly dataTypes: readonly (JsonSchemaTypeName | 'any')[];
}

/** The config after defaults, path resolution and plugin loading. Read-only for plugins. */
export interface ResolvedConfig {
  /** Absolute project root (the folder of the config file). */
  readonly root: string;
  /** Absolute path of the config file, if any. */
  readonly configFile?: string;
  /** Which kind of file the config came from. */
  readonly configFormat: 'ts' | 'js' | 'json' | 'yaml' | 'reflekt_project.yml' | 'inline';
  readonly name: string;
  readonly vendor: string;
  /** Absolute plan folders. */
  readonly schemas: readonly string[];
  readonly conventions: ResolvedConventions;
  /** Absolute output root. */
  readonly outDir: string;
  readonly plugins: readonly ReflektPlugin[];
  readonly lint: { readonly rules: Readonly<Record<string, RuleSetting>> };
  readonly emitIr: boolean;
  /** Absolute path of the project's meta-schema (`schemas/.reflekt/meta/1-0.json`) when it exists. */
  readonly metaSchema?: string;
  /** The raw `reflekt_project.yml` settings a Python Reflekt project carried (dbt prefixes, Avo branches). */
  readonly legacyProject?: Readonly<Record<string, unknown>>;
}
