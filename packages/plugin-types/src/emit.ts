import { readFileSync } from 'node:fs';
import type { TrackingPlan } from '@reflekt/compiler';
import { type Entry, newerMajors, selectEntries } from './entries.js';
import { toJsModules } from './js-emit.js';
import { assignNames, type NameCollision } from './naming.js';
import type { ResolvedTypesOptions } from './options.js';
import { header, type RenderedEntry, renderIndex } from './render.js';
import { prepareSchema } from './schema-prep.js';
import { generateTypesAll } from './typegen-pool.js';
import { renderValidators, validatorsTs } from './validators.js';

/** A file to emit, relative to the build's output root. */
export interface EmittedFile {
  readonly path: string;
  readonly contents: string;
}

/** Something the plugin reports instead of throwing: a name collision, an unsupported `$ref`, a failed schema. */
export type EmitProblem =
  | { readonly kind: 'collision'; readonly collision: NameCollision }
  | { readonly kind: 'external-ref'; readonly entry: Entry; readonly ref: string }
  | { readonly kind: 'types-failed'; readonly entry: Entry; readonly detail: string }
  | { readonly kind: 'validator-failed'; readonly entry: Entry; readonly detail: string };

/** What {@link emitTypes} returns. */
export interface EmitResult {
  readonly files: readonly EmittedFile[];
  readonly problems: readonly EmitProblem[];
  /** How many functions were generated. */
  readonly functions: number;
}

let runtimeSource: string | undefined;

/** The runtime template, read once from the package's `templates/` folder. */
export function runtimeTemplate(): string {
  runtimeSource ??= readFileSync(new URL('../templates/runtime.ts', import.meta.url), 'utf8');
  return runtimeSource;
}

/**
 * The emitter: a plan in, files out (nothing is written). Deterministic: the same plan and options
 * give byte-identical files, with no dates or machine-specific text.
 */
export async function emitTypes(plan: TrackingPlan, options: ResolvedTypesOptions): Promise<EmitResult> {
  const problems: EmitProblem[] = [];
  const entries = selectEntries(plan.events, options.plans);
  const { names, collisions, types } = assignNames(entries, options);
  for (const collision of collisions) problems.push({ kind: 'collision', collision });
  const newer = newerMajors(entries);

  const jobs = entries.map((entry) => {
    const entryNames = names.get(entry);
    if (!entryNames) throw new Error(`No names for ${entry.event.id}`);
    const prepared = prepareSchema(entry.event.schema, entryNames.type, entryNames.typeBase, types);
    for (const ref of prepared.externalRefs) problems.push({ kind: 'external-ref', entry, ref });
    return { entry, names: entryNames, prepared };
  });
  const generated = await generateTypesAll(
    jobs.map((j) => ({ schema: j.prepared.schema, name: j.names.type })),
    options.workers,
  );

  const rendered: RenderedEntry[] = [];
  jobs.forEach((job, i) => {
    const result = generated[i];
    if (!result || 'error' in result) {
      problems.push({ kind: 'types-failed', entry: job.entry, detail: result?.error ?? 'no output' });
      return;
    }
    const top = newer.get(job.entry);
    const topNames = top && names.get(top);
    rendered.push({
      ...job,
      types: result.types,
      newer: top && topNames ? { fn: topNames.fn, version: `${top.event.version.major}-${top.event.version.minor}` } : undefined,
    });
  });

  const indexTs = renderIndex(plan.name, rendered, options);
  const runtimeTs = `${header(plan.name)}\n\n${runtimeTemplate()}`;
  const out = (file: string): string => `${options.outDir}/${file}`;
  const files: EmittedFile[] = [];

  let validators: Awaited<ReturnType<typeof renderValidators>> | undefined;
  if (options.validate !== 'off') {
    validators = await renderValidators(
      plan.name,
      rendered.map((r) => r.entry),
      options,
    );
    for (const p of validators.problems) problems.push({ kind: 'validator-failed', entry: p.entry, detail: p.detail });
  }

  if (options.emit === 'ts') {
    files.push({ path: out('index.ts'), contents: indexTs }, { path: out('runtime.ts'), contents: runtimeTs });
    if (validators) files.push({ path: out('validators.ts'), contents: validatorsTs(validators, options) });
  } else {
    const js = await toJsModules(
      [
        ['index', indexTs],
        ['runtime', runtimeTs],
      ],
      options.moduleFormat,
    );
    for (const [name, module] of js) {
      files.push({ path: out(`${name}.js`), contents: module.js }, { path: out(`${name}.d.ts`), contents: module.dts });
    }
    if (validators) {
      files.push({ path: out('validators.js'), contents: validators.js }, { path: out('validators.d.ts'), contents: validators.dts });
    }
    const pkg = { type: options.moduleFormat === 'esm' ? 'module' : 'commonjs', sideEffects: false };
    files.push({ path: out('package.json'), contents: `${JSON.stringify(pkg, null, 2)}\n` });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems, functions: rendered.length };
}
