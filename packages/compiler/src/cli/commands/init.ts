import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Command } from 'commander';
import { ExitCode } from '../../diagnostics/reflekt-error.js';
import { handleError } from '../errors.js';
import type { CliIO } from '../io.js';
import type { ExitBox } from '../main.js';
import { type CommonOptions, withCommonOptions } from '../options.js';
import { CliReporter } from '../reporter.js';
import { projectSlug } from '../scaffold/names.js';
import { projectFiles } from '../scaffold/project-files.js';
import { writeNewFiles } from '../scaffold/write-new-files.js';

const pkg = createRequire(import.meta.url)('../../../package.json') as { version: string };

const CONFIG_NAMES = [
  'reflekt.config.ts',
  'reflekt.config.mts',
  'reflekt.config.js',
  'reflekt.config.mjs',
  'reflekt.config.json',
  'reflekt.config.yaml',
  '.reflektrc',
  '.reflektrc.json',
  '.reflektrc.yaml',
  'reflekt_project.yml',
];

interface InitOptions extends CommonOptions {
  readonly name?: string;
  readonly vendor?: string;
}

/** `reflekt init [dir]`: scaffold a project that `reflekt lint && reflekt build` accept at once. */
export function registerInit(program: Command, io: CliIO, exit: ExitBox): void {
  withCommonOptions(
    program
      .command('init')
      .description('scaffold a tracking-plan project: config, meta-schema, an example event, CI workflows')
      .argument('[dir]', 'folder to create the project in', '.')
      .option('--name <name>', 'project name (default: the folder name)')
      .option('--vendor <vendor>', 'schema vendor, e.g. com.example', 'com.example'),
  ).action(async (dir: string, options: InitOptions) => {
    const reporter = new CliReporter(io, options);
    try {
      const root = path.resolve(io.cwd, options.cwd ?? '.', dir);
      const name = projectSlug(options.name ?? path.basename(root));
      const existing = CONFIG_NAMES.filter((f) => existsSync(path.join(root, f)));
      const files = projectFiles({
        name,
        vendor: options.vendor ?? 'com.example',
        runtimeImport: canResolveCompiler(root),
        compilerVersion: pkg.version,
        withPackageJson: !existsSync(path.join(root, 'package.json')),
      });
      const { written, skipped } = await writeNewFiles(root, files, existing.length ? [existing[0] as string] : []);
      if (options.format === 'json') reporter.json({ ok: true, root, written, skipped });
      else {
        for (const f of written) reporter.info(`  created ${f}`);
        for (const f of skipped) reporter.info(`  kept existing ${f}`);
        reporter.info(
          `Initialized Reflekt project "${name}" in ${reporter.relative(io.cwd, root)}. Next: npx reflekt lint && npx reflekt build`,
        );
      }
      exit.code = ExitCode.ok;
    } catch (error) {
      exit.code = handleError(error, reporter, {});
    }
  });
}

/** Whether a config in `root` could import `@reflekt/compiler` at run time. */
function canResolveCompiler(root: string): boolean {
  try {
    createRequire(path.join(root, 'noop.js')).resolve('@reflekt/compiler/package.json');
    return true;
  } catch {
    return false;
  }
}
