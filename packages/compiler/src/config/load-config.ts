import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { configErrors } from './config-error.js';
import { ConfigSource } from './config-source.js';
import { loadEnvFile } from './env-file.js';
import { evaluateModuleConfig } from './evaluate-module.js';
import { findConfig } from './find-config.js';
import { LEGACY_PROJECT_FILE, type LegacyProject, readLegacyProject } from './legacy-project.js';
import { parseJsonConfig, parseYamlConfig } from './parse-data.js';
import { resolveConfig } from './resolve-config.js';
import { resolvePlugins } from './resolve-plugins.js';
import type { ResolvedConfig, UserConfig } from './types.js';
import { validateUserConfig } from './validate-config.js';

/** Where and how to load a project's config. */
export interface LoadConfigOptions {
  /** The working folder: the search starts here, and relative `configFile`/`outDir` resolve against it. */
  readonly cwd: string;
  /** Load this file only (`-c/--config`) instead of searching. */
  readonly configFile?: string;
  /** Output root (`--out`); overrides `outDir` of the config. */
  readonly outDir?: string;
}

/**
 * Finds, reads, validates and resolves a project's config.
 *
 * 1. Search `cwd` and then each parent folder for `reflekt.config.{ts,mts,js,mjs,cjs,json,yaml,yml}`,
 *    `.reflektrc` or `.reflektrc.{json,yaml,yml,js,mjs,ts}`; a folder with none of them but a
 *    Python Reflekt `reflekt_project.yml` is read as that project. `configFile` loads one file.
 * 2. The config file's folder is the project root; its `.env` is loaded (never overriding).
 * 3. The config is evaluated (TS/JS through jiti) or parsed (JSON/YAML), then validated; a
 *    `reflekt_project.yml` next to a Reflekt config supplies defaults under it.
 * 4. Plugins named by package or path are imported and their factories called.
 *
 * @throws {@link ReflektError} with exit code 2 for every config mistake: RK7001 syntax or
 * evaluation error, RK7002 invalid option, RK7003 unknown plugin, RK7004 not a plugin, RK7005
 * invalid plugin options, RK7006 no config found, RK7009 `configFile` missing, RK7010 plugin
 * failed to load. JSON/YAML errors carry the exact line and column.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const cwd = path.resolve(options.cwd);
  const source = await findConfig(cwd, options.configFile);
  const root = source.dir;
  await loadEnvFile(root);

  const isLegacy = path.basename(source.file) === LEGACY_PROJECT_FILE;
  const legacy = isLegacy ? readLegacyProject(source) : readSiblingLegacyProject(root, cwd);
  let user: UserConfig = {};
  if (!isLegacy) {
    const value = (await readValue(source)) ?? {};
    const checked = validateUserConfig(value, source);
    if (!checked.config) throw configErrors(checked.diagnostics);
    user = checked.config;
  }

  const { plugins, diagnostics } = await resolvePlugins(user.plugins ?? [], source);
  if (diagnostics.length > 0) throw configErrors(diagnostics as Diagnostic[]);

  return resolveConfig({
    user,
    ...(legacy && { legacy }),
    root,
    configFile: source.file,
    configFormat: isLegacy ? 'reflekt_project.yml' : source.syntax,
    plugins,
    ...(options.outDir !== undefined && { outDir: path.resolve(cwd, options.outDir) }),
  });
}

/** The config's value: evaluated for TS/JS, parsed for JSON/YAML. */
async function readValue(source: ConfigSource): Promise<unknown> {
  switch (source.syntax) {
    case 'ts':
    case 'js':
      return evaluateModuleConfig(source);
    case 'json':
      return parseJsonConfig(source);
    case 'yaml':
      return parseYamlConfig(source);
  }
}

/** A `reflekt_project.yml` beside a Reflekt config: a project being migrated keeps its settings. */
function readSiblingLegacyProject(root: string, cwd: string): LegacyProject | undefined {
  const file = path.join(root, LEGACY_PROJECT_FILE);
  if (!existsSync(file)) return undefined;
  return readLegacyProject(ConfigSource.read(file, 'yaml', cwd));
}
