import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

/** What dbt projects depend on in one model: its columns (with types) and the event versions it reflects. */
export interface ModelInterface {
  readonly columns: ReadonlyMap<string, string>;
  /** Event name → `MAJOR-MINOR` of the schema the model's columns come from. */
  readonly versions: Readonly<Record<string, string>>;
}

/** The package as a previous build left it in the output folder. */
export interface PreviousPackage {
  readonly version: string;
  readonly models: ReadonlyMap<string, ModelInterface>;
  /** Every file's text by path relative to the package folder. */
  readonly files: ReadonlyMap<string, string>;
}

/** Which part of the version changed, and why. */
export interface VersionDecision {
  readonly version: string;
  readonly bump: 'initial' | 'major' | 'minor' | 'patch' | 'none';
  readonly reasons: readonly string[];
}

/**
 * The models' interfaces as JSON, written with the package so the next build reads one small file
 * instead of parsing every model YAML (which took seconds at 1,000 events).
 */
export const INTERFACE_FILE = 'reflekt_interface.json';

/** Files whose text carries the version itself, or only restates the models; they never cause a bump. */
const VERSIONED_FILES = new Set(['dbt_project.yml', 'README.md', INTERFACE_FILE]);

/** Serializes model interfaces for {@link INTERFACE_FILE}, in model order. */
export function interfaceJson(models: ReadonlyMap<string, ModelInterface>): string {
  const out: Record<string, { columns: Record<string, string>; versions: Record<string, string> }> = {};
  for (const [name, m] of models) out[name] = { columns: Object.fromEntries(m.columns), versions: { ...m.versions } };
  return `${JSON.stringify({ models: out }, null, 1)}\n`;
}

function parseInterfaceJson(text: string): Map<string, ModelInterface> | undefined {
  try {
    const models = (
      JSON.parse(text) as { models?: Record<string, { columns?: Record<string, string>; versions?: Record<string, string> }> }
    ).models;
    if (!models || typeof models !== 'object') return undefined;
    return new Map(
      Object.entries(models).map(([name, m]) => [name, { columns: new Map(Object.entries(m.columns ?? {})), versions: m.versions ?? {} }]),
    );
  } catch {
    return undefined;
  }
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

function majorsByEvent(models: ReadonlyMap<string, ModelInterface>): Map<string, string> {
  const out = new Map<string, Set<number>>();
  for (const m of models.values()) {
    for (const [event, v] of Object.entries(m.versions)) {
      const set = out.get(event) ?? new Set<number>();
      set.add(Number.parseInt(v, 10));
      out.set(event, set);
    }
  }
  return new Map([...out].map(([e, s]) => [e, [...s].sort((a, b) => a - b).join(',')]));
}

/**
 * Derives the package version from the previous build:
 *
 * - none yet: `1.0.0`;
 * - **major** when dbt projects that use the package can break: a model or a column is gone, a
 *   column's type changed, or an event's set of live major versions changed;
 * - **minor** when models or columns were added;
 * - **patch** when only other text changed (descriptions, tests, SQL);
 * - unchanged otherwise, so a rebuild writes the same files.
 */
export function deriveVersion(
  previous: PreviousPackage | undefined,
  next: { readonly models: ReadonlyMap<string, ModelInterface>; readonly files: ReadonlyMap<string, string> },
): VersionDecision {
  const match = previous ? SEMVER.exec(previous.version) : null;
  if (!previous || !match) return { version: '1.0.0', bump: 'initial', reasons: [] };
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const breaking: string[] = [];
  const additive: string[] = [];
  for (const [name, prev] of previous.models) {
    const now = next.models.get(name);
    if (!now) {
      breaking.push(`model \`${name}\` was removed`);
      continue;
    }
    for (const [col, type] of prev.columns) {
      const t = now.columns.get(col);
      if (t === undefined) breaking.push(`column \`${name}.${col}\` was removed`);
      else if (t !== type) breaking.push(`column \`${name}.${col}\` changed type from \`${type}\` to \`${t}\``);
    }
    for (const col of now.columns.keys()) if (!prev.columns.has(col)) additive.push(`column \`${name}.${col}\` was added`);
  }
  for (const name of next.models.keys()) if (!previous.models.has(name)) additive.push(`model \`${name}\` was added`);
  const before = majorsByEvent(previous.models);
  const after = majorsByEvent(next.models);
  for (const [event, majors] of before) {
    const now = after.get(event);
    if (now !== undefined && now !== majors) breaking.push(`event \`${event}\` changed its live major versions from ${majors} to ${now}`);
  }
  if (breaking.length > 0) return { version: `${major + 1}.0.0`, bump: 'major', reasons: breaking };
  if (additive.length > 0) return { version: `${major}.${minor + 1}.0`, bump: 'minor', reasons: additive };
  const changed: string[] = [];
  for (const [file, text] of next.files) {
    if (VERSIONED_FILES.has(file)) continue;
    if (previous.files.get(file) !== text) changed.push(`\`${file}\` changed`);
  }
  for (const file of previous.files.keys()) {
    if (!VERSIONED_FILES.has(file) && !next.files.has(file)) changed.push(`\`${file}\` was removed`);
  }
  if (changed.length > 0) return { version: `${major}.${minor}.${patch + 1}`, bump: 'patch', reasons: changed };
  return { version: previous.version, bump: 'none', reasons: [] };
}

/** The interface of the models described in one model YAML file. */
export function interfaceOfYaml(text: string): Map<string, ModelInterface> {
  const out = new Map<string, ModelInterface>();
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return out;
  }
  const models = (doc as { models?: unknown } | null)?.models;
  if (!Array.isArray(models)) return out;
  for (const m of models as Record<string, unknown>[]) {
    if (typeof m?.name !== 'string') continue;
    const columns = new Map<string, string>();
    for (const c of Array.isArray(m.columns) ? (m.columns as Record<string, unknown>[]) : []) {
      if (typeof c?.name === 'string') columns.set(c.name, typeof c.data_type === 'string' ? c.data_type : '');
    }
    const meta = ((m.config as { meta?: unknown } | undefined)?.meta ?? m.meta) as { reflekt?: { versions?: unknown } } | undefined;
    const versions =
      meta?.reflekt?.versions && typeof meta.reflekt.versions === 'object' ? (meta.reflekt.versions as Record<string, string>) : {};
    out.set(m.name, { columns, versions });
  }
  return out;
}

async function walk(dir: string, base: string, out: Map<string, string>): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const rel = base ? `${base}/${entry.name}` : entry.name;
    if (entry.isDirectory()) await walk(full, rel, out);
    else if (entry.isFile()) out.set(rel, await readFile(full, 'utf8'));
  }
}

/** Reads the package a previous build wrote into `dir`, or `undefined` when there is none. */
export async function readPreviousPackage(dir: string): Promise<PreviousPackage | undefined> {
  let project: string;
  try {
    project = await readFile(path.join(dir, 'dbt_project.yml'), 'utf8');
  } catch {
    return undefined;
  }
  let version: unknown;
  try {
    version = (parse(project) as { version?: unknown } | null)?.version;
  } catch {
    return undefined;
  }
  if (typeof version !== 'string') return undefined;
  const files = new Map<string, string>();
  await walk(dir, '', files);
  const recorded = files.has(INTERFACE_FILE) ? parseInterfaceJson(files.get(INTERFACE_FILE) as string) : undefined;
  if (recorded) return { version, models: recorded, files };
  // A package written before the interface file existed: read the model YAML instead.
  const models = new Map<string, ModelInterface>();
  for (const [file, text] of files) {
    if (file.startsWith('models/') && file.endsWith('.yml')) for (const [name, m] of interfaceOfYaml(text)) models.set(name, m);
  }
  return { version, models, files };
}
