import { createDiagnostic } from '../diagnostics/diagnostics.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ReflektPlugin } from '../plugin.js';
import { asReflektError, errorMessage } from './config-error.js';
import type { ConfigSource } from './config-source.js';
import { flattenPlugins, isTuple, type PluginEntry } from './flatten-plugins.js';
import { importPlugin, isPathSpecifier, pluginCandidates, resolvePlugin } from './import-plugin.js';
import type { PluginOption } from './types.js';

/** The outcome of loading every plugin entry: the plugins, or every problem found. */
export interface ResolvedPlugins {
  readonly plugins: ReflektPlugin[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Turns the config's `plugins` into plugin instances: names and `[name, options]` tuples are
 * resolved relative to the config file and their default-export factory is called with the
 * options; instances are checked for the `{ name, apply }` shape. Every entry is tried, so all
 * problems are reported at once (RK7003 unknown, RK7004 not a plugin, RK7010 failed to load,
 * RK7005 from the factory's option validation).
 */
export async function resolvePlugins(list: readonly PluginOption[], source: ConfigSource): Promise<ResolvedPlugins> {
  const results = await Promise.all(flattenPlugins(list).map((entry) => resolveEntry(entry, source)));
  const plugins: ReflektPlugin[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const r of results) {
    plugins.push(...r.plugins);
    diagnostics.push(...r.diagnostics);
  }
  return { plugins, diagnostics };
}

async function resolveEntry(entry: PluginEntry, source: ConfigSource): Promise<ResolvedPlugins> {
  const { value, pointer } = entry;
  if (typeof value === 'string') return fromPackage(value, undefined, { tuple: false, hasOptions: false }, pointer, source);
  if (Array.isArray(value) && isTuple(value)) {
    return fromPackage(value[0], value[1], { tuple: true, hasOptions: value.length > 1 }, pointer, source);
  }
  return checkPlugins(value, labelOf(value, pointer), pointer, source);
}

/** How a named plugin was written: `'name'` or `['name', options?]`. */
interface EntryForm {
  readonly tuple: boolean;
  readonly hasOptions: boolean;
}

async function fromPackage(
  name: string,
  options: unknown,
  form: EntryForm,
  pointer: string,
  source: ConfigSource,
): Promise<ResolvedPlugins> {
  const { hasOptions } = form;
  const candidates = pluginCandidates(name, source.dir);
  const resolved = await resolvePlugin(candidates, source.file);
  // Messages name a path plugin as written, a package by the name that resolved (`dbt` → `@reflekt/plugin-dbt`).
  const label = resolved && !isPathSpecifier(name) ? resolved.id : name;
  // Point at the name itself, also inside a tuple.
  const at = source.at(form.tuple ? `${pointer}/0` : pointer);
  if (!resolved) {
    const tried = candidates.map((c) => `\`${c}\``).join(', ');
    return fail(createDiagnostic('RK7003', { name, tried }, at));
  }
  let exported: unknown;
  try {
    exported = await importPlugin(resolved.file);
  } catch (error) {
    return fail(createDiagnostic('RK7010', { name: label, detail: `importing it threw ${errorMessage(error)}` }, at));
  }
  if (typeof exported !== 'function') {
    if (isPluginObject(exported) && !hasOptions) return { plugins: [exported], diagnostics: [] };
    const detail = isPluginObject(exported)
      ? 'it exports a plugin object, not a factory, so it cannot take options'
      : `its default export is ${kind(exported)}, not a plugin factory function`;
    return fail(createDiagnostic('RK7004', { name: label, detail }, at));
  }
  let made: unknown;
  try {
    made = await (exported as (options?: unknown) => unknown)(options);
  } catch (error) {
    const reflekt = asReflektError(error);
    if (reflekt) return { plugins: [], diagnostics: rebase(reflekt.diagnostics, pointer, hasOptions, source) };
    return fail(createDiagnostic('RK7010', { name: label, detail: `its factory threw ${errorMessage(error)}` }, at));
  }
  return checkPlugins(made, label, pointer, source);
}

/** Checks a factory result or a config entry: a plugin, or a (nested) list of plugins. */
function checkPlugins(value: unknown, name: string, pointer: string, source: ConfigSource): ResolvedPlugins {
  const values = Array.isArray(value) ? flattenPlugins(value, pointer).map((e) => e.value) : [value];
  const plugins: ReflektPlugin[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const v of values) {
    if (isPluginObject(v)) plugins.push(v);
    else diagnostics.push(createDiagnostic('RK7004', { name, detail: shapeProblem(v) }, source.at(pointer)));
  }
  return { plugins, diagnostics };
}

/** Whether a value has the plugin shape `{ name: string, apply: function }`. */
export function isPluginObject(value: unknown): value is ReflektPlugin {
  if (value === null || typeof value !== 'object') return false;
  const v = value as { name?: unknown; apply?: unknown; enforce?: unknown };
  return (
    typeof v.name === 'string' &&
    v.name !== '' &&
    typeof v.apply === 'function' &&
    (v.enforce === undefined || v.enforce === 'pre' || v.enforce === 'post')
  );
}

function shapeProblem(value: unknown): string {
  if (value === null || typeof value !== 'object') return `it is ${kind(value)}, not an object \`{ name, apply }\``;
  const v = value as { name?: unknown; apply?: unknown; enforce?: unknown };
  if (typeof v.name !== 'string' || v.name === '') return 'it has no `name` string';
  if (typeof v.apply !== 'function') return 'it has no `apply(compiler)` function';
  return `its \`enforce\` is ${JSON.stringify(v.enforce)}, but may only be \`pre\` or \`post\``;
}

/**
 * Points RK7005 diagnostics from `validateOptions` (whose pointers are relative to the
 * options) at the options inside the config entry.
 */
function rebase(diagnostics: readonly Diagnostic[], pointer: string, hasOptions: boolean, source: ConfigSource): Diagnostic[] {
  return diagnostics.map((d) => {
    if (d.file !== undefined) return d;
    const optionsPointer = hasOptions ? `${pointer}/1${d.code === 'RK7005' ? (d.pointer ?? '') : ''}` : pointer;
    // An unknown option is shown at its key (the pointer alone cannot say so; the detail can).
    const atKey = d.message.includes('unknown option `');
    const location = source.syntax === 'json' || source.syntax === 'yaml' ? source.at(optionsPointer, atKey) : source.at(pointer);
    const { pointer: _relative, range: _range, ...rest } = d;
    return { ...rest, ...location };
  });
}

function fail(diagnostic: Diagnostic): ResolvedPlugins {
  return { plugins: [], diagnostics: [diagnostic] };
}

/** How a non-name entry is named in messages: its `name` when it has one, else its config path. */
function labelOf(value: unknown, pointer: string): string {
  const name = (value as { name?: unknown } | null)?.name;
  if (typeof name === 'string' && name !== '') return name;
  return `plugins${pointer
    .replace(/^\/plugins/, '')
    .split('/')
    .filter(Boolean)
    .map((i) => `[${i}]`)
    .join('')}`;
}

function kind(value: unknown): string {
  if (value === null) return '`null`';
  if (value === undefined) return '`undefined`';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
