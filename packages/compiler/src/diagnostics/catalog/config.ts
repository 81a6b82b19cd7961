import { entry } from './entry.js';

/** Whether a plugin name is a file path rather than a package name. */
const isPath = (name: string): boolean => /^\.{1,2}[\\/]|^[\\/]|^[A-Za-z]:[\\/]/.test(name);

/** The package a short plugin name (`dbt`) stands for (`@reflekt/plugin-dbt`). */
const packageOf = (name: string): string =>
  name.startsWith('@') || name.startsWith('reflekt-plugin-') || name.includes('/') ? name : `@reflekt/plugin-${name}`;

/** Diagnostics of the config area (7xxx). */
export const configCatalog = {
  RK7001: entry<{ detail: string }>({
    title: 'config-syntax',
    severity: 'error',
    message: (p) => `The config file could not be loaded: ${p.detail}.`,
    hint: 'Fix the error at the position shown; `reflekt init` writes a valid config to compare with.',
    docs: 'The config file could not be parsed or evaluated.',
  }),
  RK7002: entry<{ detail: string }>({
    title: 'config-invalid',
    severity: 'error',
    message: (p) => `The config is invalid: ${p.detail}.`,
    hint: 'See the README section "Config" for every option and its type.',
    docs: 'A config option has the wrong type or an unknown name.',
  }),
  RK7003: entry<{ name: string; tried: string }>({
    title: 'unknown-plugin',
    severity: 'error',
    message: (p) => `Plugin \`${p.name}\` could not be found (tried ${p.tried}).`,
    hint: (p) =>
      isPath(p.name)
        ? 'Check the path: it is relative to the config file.'
        : `Install it with \`npm install --save-dev ${packageOf(p.name)}\`, or check the spelling in the config.`,
    docs: 'A plugin named in the config is not installed or does not export a plugin factory.',
  }),
  RK7004: entry<{ name: string; detail: string }>({
    title: 'invalid-plugin',
    severity: 'error',
    message: (p) => `\`${p.name}\` is not a Reflekt plugin: ${p.detail}.`,
    hint: 'A plugin is an object `{ name, apply(compiler) }`, usually returned by a factory: `plugins: [dbt({...})]`.',
    docs: 'A config entry under `plugins` does not have the plugin shape.',
  }),
  RK7005: entry<{ plugin: string; detail: string }>({
    title: 'invalid-plugin-options',
    severity: 'error',
    message: (p) => `Invalid options for \`${p.plugin}\`: ${p.detail}.`,
    hint: "See the plugin's README for its options.",
    docs: "A plugin's options failed its JSON Schema.",
  }),
  RK7006: entry<{ dir: string }>({
    title: 'no-config',
    severity: 'error',
    message: (p) => `No Reflekt project was found in \`${p.dir}\` or its parents.`,
    hint: 'Run `reflekt init` to create one, or pass `-C <dir>` / `--config <file>`.',
    docs: 'No `reflekt.config.*`, `.reflektrc*` or `reflekt_project.yml` was found.',
  }),
  RK7007: entry<{ detail: string }>({
    title: 'usage',
    severity: 'error',
    message: (p) => p.detail,
    hint: 'Run `reflekt --help` for the commands and their options.',
    docs: 'The command line could not be understood.',
  }),
  RK7008: entry<{ path: string }>({
    title: 'target-exists',
    severity: 'error',
    message: (p) => `\`${p.path}\` already exists; nothing was overwritten.`,
    hint: 'Choose another name or folder, or add a new version with `reflekt new --version`.',
    docs: '`init` or `new` would overwrite an existing file.',
  }),
  RK7009: entry<{ path: string; detail: string }>({
    title: 'config-file-not-found',
    severity: 'error',
    message: (p) => `The config file \`${p.path}\` cannot be used: ${p.detail}.`,
    hint: 'Pass an existing `reflekt.config.*`, `.reflektrc*` or `reflekt_project.yml` to `--config`, or leave it out to search for one.',
    docs: 'The file given with `-c/--config` does not exist or is not a supported config format.',
  }),
  RK7010: entry<{ name: string; detail: string }>({
    title: 'plugin-load-failed',
    severity: 'error',
    message: (p) => `Plugin \`${p.name}\` was found but could not be loaded: ${p.detail}.`,
    hint: "Check the plugin's version against `@reflekt/compiler`, and its options in the config.",
    docs: 'Importing a plugin module, or calling its factory, threw an error.',
  }),
} as const;
