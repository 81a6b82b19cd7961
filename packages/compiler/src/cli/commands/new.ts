import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { loadConfig } from '../../config/load-config.js';
import type { ResolvedConfig } from '../../config/types.js';
import { createDiagnostic } from '../../diagnostics/diagnostics.js';
import { ExitCode, ReflektError } from '../../diagnostics/reflekt-error.js';
import { EVENT_KINDS, type EventKind } from '../../ir/types.js';
import { handleError } from '../errors.js';
import type { CliIO } from '../io.js';
import type { ExitBox } from '../main.js';
import { type CommonOptions, runOptions, withCommonOptions } from '../options.js';
import { CliReporter } from '../reporter.js';
import { eventSchemaDocument } from '../scaffold/event-schema.js';
import { eventFolderName } from '../scaffold/names.js';
import { writeNewFiles } from '../scaffold/write-new-files.js';

interface NewOptions extends CommonOptions {
  readonly plan?: string;
  readonly kind?: EventKind;
  readonly description?: string;
  readonly major?: boolean;
  readonly minor?: boolean;
}

const VERSION_FILE = /^([1-9][0-9]*)-(0|[1-9][0-9]*)\.json$/;

/** `reflekt new <name>`: a new event schema, or with --major/--minor a new version of an existing one. */
export function registerNew(program: Command, io: CliIO, exit: ExitBox): void {
  withCommonOptions(
    program
      .command('new')
      .description('add an event schema file, or a new version of an existing event')
      .argument('<name>', 'event name as the CDP receives it, e.g. "Order Completed"')
      .option('--plan <plan>', 'plan folder under schemas/ (default: the only plan, or the project name)')
      .addOption(new Option('--kind <kind>', 'Segment call the schema describes').choices([...EVENT_KINDS]))
      .option('--description <text>', 'event description')
      .addOption(new Option('--major', 'new MAJOR version (breaking change) of an existing event').conflicts('minor'))
      .option('--minor', 'new MINOR version (compatible change) of an existing event'),
  ).action(async (name: string, options: NewOptions) => {
    const reporter = new CliReporter(io, options);
    let config: ResolvedConfig | undefined;
    try {
      const cfg = await loadConfig(runOptions(options, io));
      config = cfg;
      const schemasDir = cfg.schemas[0] ?? path.join(cfg.root, 'schemas');
      const plan = options.plan ?? defaultPlan(schemasDir, cfg.name);
      const folder = path.join(schemasDir, plan, eventFolderName(name));
      const versions = existingVersions(folder);
      const latest = versions.at(-1);
      const rel = (f: string) => path.relative(cfg.root, f).split(path.sep).join('/');
      if (latest && !options.major && !options.minor) {
        throw new ReflektError([createDiagnostic('RK7008', { path: rel(folder) }, { file: rel(folder) })], ExitCode.usage);
      }
      if (!latest && (options.major || options.minor)) {
        throw new ReflektError(
          [
            createDiagnostic('RK7007', {
              detail: `\`${name}\` has no schema yet in \`${rel(folder)}\`; drop --major/--minor to create version 1-0.`,
            }),
          ],
          ExitCode.usage,
        );
      }
      const version = !latest ? '1-0' : options.major ? `${latest.major + 1}-0` : `${latest.major}-${latest.minor + 1}`;
      const id = `${plan}/${eventFolderName(name)}/${version}.json`;
      const document = latest
        ? nextVersionOf(JSON.parse(readFileSync(path.join(folder, latest.file), 'utf8')) as Record<string, unknown>, id, version)
        : eventSchemaDocument({
            id,
            vendor: cfg.vendor,
            name,
            version,
            ...(options.kind && { kind: options.kind }),
            description: options.description ?? `Describe when "${name}" is sent and what it means.`,
            metadata: {},
            properties: {},
            required: [],
          });
      const file = rel(path.join(folder, `${version}.json`));
      await writeNewFiles(cfg.root, { [file]: `${JSON.stringify(document, null, 2)}\n` }, [file]);
      if (options.format === 'json') reporter.json({ ok: true, file, id, version });
      else reporter.info(`created ${file}${latest ? ` (from ${latest.file})` : ''}`);
      exit.code = ExitCode.ok;
    } catch (error) {
      exit.code = handleError(error, reporter, {
        ...(config?.configFile !== undefined && { configFile: config.configFile }),
        ...(config && { root: config.root }),
      });
    }
  });
}

function defaultPlan(schemasDir: string, projectName: string): string {
  try {
    const plans = readdirSync(schemasDir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.'));
    if (plans.length === 1 && plans[0]) return plans[0].name;
  } catch {
    // No schemas folder yet: the project name becomes the first plan.
  }
  return projectName;
}

function existingVersions(folder: string): { major: number; minor: number; file: string }[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .map((file) => {
      const m = VERSION_FILE.exec(file);
      return m ? { major: Number(m[1]), minor: Number(m[2]), file } : undefined;
    })
    .filter((v): v is { major: number; minor: number; file: string } => v !== undefined)
    .sort((a, b) => a.major - b.major || a.minor - b.minor);
}

function nextVersionOf(previous: Record<string, unknown>, id: string, version: string): Record<string, unknown> {
  const self = typeof previous.self === 'object' && previous.self !== null ? previous.self : {};
  return { ...previous, $id: id, self: { ...self, version } };
}
