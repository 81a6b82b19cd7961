import type { DeployContext } from '@reflekt/compiler';
import { defaultCacheDir } from '../emit/cache.js';
import { reportCompileProblems } from '../emit/diagnostics.js';
import { emitRegistry } from '../emit/emit-registry.js';
import type { ResolvedRegistryOptions } from '../options.js';
import { createS3Client, describeS3Error, s3ErrorCode, s3Key } from '../s3/client.js';
import { type Change, planChanges } from './changes.js';
import { PUSH_CATALOG } from './diagnostics.js';
import { mapLimit } from './map-limit.js';
import { listObjects, putFile, remoteSha256, S3RequestError } from './remote.js';

/** Uploads at once; S3 takes thousands of requests per second per prefix. */
const UPLOAD_CONCURRENCY = 8;

const SYMBOL: Readonly<Record<Change['action'], string>> = { new: '+', update: '~', forced: '!', conflict: '✗', unchanged: '=' };

/**
 * `reflekt push registry`: compiles the plan's schemas, validators and manifest in memory (no
 * prior build needed), compares them with what is under the S3 prefix, and uploads what is new
 * or changed, the manifest last. Published versions are immutable: a changed schema under an
 * existing id is refused (RK5133) unless `--force`. `--dry-run` reports without uploading.
 * S3 failures (after the SDK's retries) become RK5131/RK5132.
 */
export async function pushRegistry(ctx: DeployContext, options: ResolvedRegistryOptions): Promise<void> {
  const settings = options.s3;
  if (settings === undefined) {
    ctx.diagnostics.reportWith('RK5130', PUSH_CATALOG.RK5130, {});
    return;
  }
  const { bucket, prefix } = settings;
  const artifacts = await emitRegistry(ctx.plan, options.cache ? { cacheDir: defaultCacheDir(ctx.config.root) } : {});
  reportCompileProblems(ctx.diagnostics, artifacts.problems);
  if (artifacts.problems.some((p) => p.severity === 'error')) return;

  const force = ctx.options.force === true;
  const location = `s3://${bucket}${prefix === '' ? '' : `/${prefix}`}`;
  const client = await createS3Client(settings, ctx.env);
  try {
    const remote = await listObjects(client, bucket, prefix);
    const changes = await planChanges(
      artifacts.files,
      (file) => s3Key(prefix, file.path),
      remote,
      (key) => remoteSha256(client, bucket, key),
      force,
    );
    const conflicts = changes.filter((c) => c.action === 'conflict');
    // One diagnostic per version: its schema and its validator conflict together.
    for (const c of conflicts)
      if (c.file.role === 'schema') ctx.diagnostics.reportWith('RK5133', PUSH_CATALOG.RK5133, { id: c.file.id ?? c.file.path, key: c.key });
    const uploads = conflicts.length > 0 ? [] : changes.filter((c) => c.action !== 'unchanged');
    for (const c of uploads) ctx.log(`  ${SYMBOL[c.action]} ${c.file.path} (${c.action})`);
    if (!ctx.dryRun && uploads.length > 0) await upload(ctx, client, bucket, uploads);
    for (const c of uploads) {
      if (c.action === 'forced' && c.file.role === 'schema' && !ctx.dryRun)
        ctx.diagnostics.reportWith('RK5134', PUSH_CATALOG.RK5134, { id: c.file.id ?? c.file.path, key: c.key });
    }
    summarize(ctx, location, changes, conflicts.length > 0);
  } catch (error) {
    if (!(error instanceof S3RequestError)) throw error;
    if (s3ErrorCode(error.cause) === 'NoSuchBucket') ctx.diagnostics.reportWith('RK5132', PUSH_CATALOG.RK5132, { bucket });
    else
      ctx.diagnostics.reportWith('RK5131', PUSH_CATALOG.RK5131, {
        operation: error.operation,
        target: error.target,
        detail: describeS3Error(error.cause),
      });
  } finally {
    client.destroy();
  }
}

/** Uploads schemas and validators, then the manifest, so a reader never sees it name a missing file. */
async function upload(
  ctx: DeployContext,
  client: Awaited<ReturnType<typeof createS3Client>>,
  bucket: string,
  uploads: readonly Change[],
): Promise<void> {
  const files = uploads.filter((c) => c.file.role !== 'manifest');
  const manifests = uploads.filter((c) => c.file.role === 'manifest');
  let done = 0;
  ctx.progress('Uploading to S3', done, uploads.length);
  const put = async (c: Change): Promise<void> => {
    await putFile(client, bucket, c.key, c.file);
    ctx.progress('Uploading to S3', ++done, uploads.length);
  };
  await mapLimit(files, UPLOAD_CONCURRENCY, put);
  for (const c of manifests) await put(c);
}

function summarize(ctx: DeployContext, location: string, changes: readonly Change[], refused: boolean): void {
  const count = (action: Change['action']): number => changes.filter((c) => c.action === action).length;
  const uploaded = refused ? [] : changes.filter((c) => c.action !== 'unchanged' && c.action !== 'conflict').map((c) => c.file.path);
  const counts = {
    new: count('new'),
    updated: count('update'),
    forced: count('forced'),
    unchanged: count('unchanged'),
    refused: count('conflict'),
  };
  const verb = refused ? 'Refused to push' : ctx.dryRun ? 'Would upload' : 'Uploaded';
  const what = refused
    ? `to ${location}: ${counts.refused} published file${counts.refused === 1 ? '' : 's'} would change`
    : `${uploaded.length} file${uploaded.length === 1 ? '' : 's'} to ${location} (${counts.new} new, ${counts.updated} updated, ${counts.forced} forced, ${counts.unchanged} unchanged)`;
  ctx.log(`${verb} ${what}.`);
  ctx.setResult({
    location,
    dryRun: ctx.dryRun,
    uploaded: ctx.dryRun ? [] : uploaded,
    ...(ctx.dryRun ? { wouldUpload: uploaded } : {}),
    refused: changes.filter((c) => c.action === 'conflict').map((c) => c.file.path),
    counts,
  });
}
