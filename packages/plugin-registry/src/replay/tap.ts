import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CommandContext } from '@reflekt/compiler';
import {
  createDestination,
  createSchemaStore,
  type Destination,
  joinKey,
  lazyS3,
  parseS3Uri,
  type RuntimeDeps,
  resolveLimits,
  resolveSettings,
  SchemaCache,
  SettingsError,
} from '../runtime/index.js';
import { explicitServeSettings, type ServeContextOptions, serveDeps } from '../serve/settings.js';
import { currentVersions } from './current-schemas.js';
import { REPLAY_CATALOG } from './diagnostics.js';
import { type DeadLetterInput, openDeadLetters } from './input.js';
import { revalidate } from './revalidate.js';

/** The `manifest.json` next to the validators, or `undefined` when there is none. */
async function readManifest(location: string, deps: RuntimeDeps): Promise<string | undefined> {
  if (location.startsWith('s3://')) {
    const parsed = parseS3Uri(location);
    return parsed ? lazyS3(deps.s3, deps.timeoutMs).getText(parsed.bucket, joinKey(parsed.prefix, 'manifest.json')) : undefined;
  }
  return readFile(path.join(location.replace(/^file:/, ''), 'manifest.json'), 'utf8').catch(() => undefined);
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * `reflekt replay <file|s3://…>`: reads dead-lettered invalid events, re-validates each against
 * `--schema` or the newest published version of its schema, forwards the now-valid ones with
 * their original `messageId` to the valid destination, and writes the still-invalid ones back
 * (to `--invalid` when given, else into the input, which is then rewritten so nothing is
 * forwarded twice). `--dry-run` changes nothing and counts outcomes per error category.
 * Settings (schemas, destinations) resolve exactly as for `reflekt serve`.
 */
export async function runReplay(ctx: CommandContext, options: ServeContextOptions): Promise<true | undefined> {
  if (ctx.command !== 'replay' || ctx.target !== 'registry') return undefined;
  const input = ctx.args[0];
  if (input === undefined) {
    ctx.diagnostics.reportWith('RK5161', REPLAY_CATALOG.RK5161, {
      detail: 'no input given: pass a dead-letter NDJSON file or s3://bucket/prefix.',
    });
    return true;
  }
  const deps = serveDeps(ctx, options);
  let settings: ReturnType<typeof resolveSettings>;
  let cache: SchemaCache;
  try {
    const { explicit, defaults } = explicitServeSettings(ctx, options);
    settings = resolveSettings(ctx.env, explicit, defaults);
    cache = new SchemaCache(createSchemaStore(settings.schemas, deps), 0);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    ctx.diagnostics.reportWith('RK5161', REPLAY_CATALOG.RK5161, { detail: error.message });
    return true;
  }
  let deadLetters: DeadLetterInput;
  try {
    deadLetters = await openDeadLetters(input, deps.s3);
  } catch (error) {
    ctx.diagnostics.reportWith('RK5160', REPLAY_CATALOG.RK5160, { input, detail: message(error) });
    return true;
  }
  try {
    await replay(ctx, input, deadLetters, settings, cache, deps);
  } finally {
    deadLetters.close();
  }
  return true;
}

async function replay(
  ctx: CommandContext,
  input: string,
  deadLetters: DeadLetterInput,
  settings: ReturnType<typeof resolveSettings>,
  cache: SchemaCache,
  deps: RuntimeDeps,
): Promise<void> {
  const records = deadLetters.batches.flatMap((batch) => batch.records);
  const otherLines = deadLetters.batches.flatMap((batch) => batch.otherLines);
  if (otherLines.length > 0) ctx.diagnostics.reportWith('RK5162', REPLAY_CATALOG.RK5162, { count: otherLines.length, input });
  const schema = typeof ctx.options.schema === 'string' && ctx.options.schema !== '' ? ctx.options.schema : undefined;
  let outcome: Awaited<ReturnType<typeof revalidate>>;
  try {
    const current = currentVersions(schema === undefined ? await readManifest(settings.schemas, deps) : undefined);
    outcome = await revalidate(records, {
      cache,
      maxErrors: resolveLimits(settings.limits).maxErrors,
      schema,
      current,
      eventSchemas: settings.eventSchemas,
    });
  } catch (error) {
    ctx.diagnostics.reportWith('RK5161', REPLAY_CATALOG.RK5161, {
      detail: `the schemas in ${settings.schemas} cannot be read: ${message(error)}`,
    });
    return;
  }
  const summary = {
    records: records.length,
    valid: outcome.valid.length,
    invalid: outcome.invalid.length,
    skipped: otherLines.length,
    categories: outcome.categories,
  };
  ctx.log(
    `${records.length} dead-lettered event(s): ${outcome.valid.length} now valid, ${outcome.invalid.length} still invalid${schema ? ` against ${schema}` : ''}`,
  );
  for (const [category, count] of Object.entries(outcome.categories).sort()) ctx.log(`  ${category.padEnd(22)} ${count}`);
  if (ctx.dryRun) {
    ctx.setResult({ ...summary, dryRun: true });
    return;
  }
  const explicitInvalid = typeof ctx.options.invalid === 'string' && ctx.options.invalid !== '';
  const forwarded = await handOver(ctx, createDestination(settings.valid, deps), outcome.valid);
  if (!forwarded) return;
  if (explicitInvalid && !(await handOver(ctx, createDestination(settings.invalid, deps), outcome.invalid))) return;
  const keep = explicitInvalid ? otherLines : [...otherLines, ...outcome.invalid.map((record) => JSON.stringify(record))];
  try {
    await deadLetters.replaceWith(keep);
  } catch (error) {
    ctx.diagnostics.reportWith('RK5160', REPLAY_CATALOG.RK5160, {
      input,
      detail: `the forwarded events could not be removed from it: ${message(error)}`,
    });
    return;
  }
  ctx.log(
    `Forwarded ${outcome.valid.length} event(s) to ${settings.valid}; ${outcome.invalid.length} written back to ${explicitInvalid ? settings.invalid : input}`,
  );
  ctx.setResult({ ...summary, forwardedTo: settings.valid, writtenBackTo: explicitInvalid ? settings.invalid : input });
}

/** Sends and flushes; reports RK5163 and answers `false` when the destination refused. */
async function handOver(ctx: CommandContext, destination: Destination, records: readonly object[]): Promise<boolean> {
  try {
    await destination.send(records);
    await destination.flush();
    return true;
  } catch (error) {
    ctx.diagnostics.reportWith('RK5163', REPLAY_CATALOG.RK5163, { destination: destination.name, detail: message(error) });
    return false;
  } finally {
    await destination.close().catch(() => {});
  }
}
