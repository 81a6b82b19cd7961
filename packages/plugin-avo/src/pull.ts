import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PullContext } from '@reflekt/compiler';
import { type ExportFailure, exportUrl, fetchExport } from './api/export-client.js';
import { branchId, branchIds } from './branches.js';
import { type Conversion, convertExport } from './convert/plan.js';
import { type AvoFinding, finding, reportFindings } from './diagnostics.js';
import { mappingScope } from './mapping-scope.js';
import { ENV_ACCOUNT_NAME, ENV_ACCOUNT_SECRET, type ResolvedAvoOptions } from './options.js';
import { parseExport, type ReadExport } from './read-export.js';

/** A plan folder name: one path segment. */
const SEGMENT = /^(?!\.{1,2}$)[^/\\]+$/;

/** Where the export came from, for messages and the JSON result. */
interface Origin {
  readonly label: string;
  readonly result: Readonly<Record<string, unknown>>;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * `reflekt pull avo`: reads the export (the API, or `--file`), converts it and queues every
 * schema with `ctx.addSchema` under the plan folder, which it owns. Problems are diagnostics;
 * after an error nothing is queued, so the CLI writes nothing and marks nothing stale.
 */
export async function pullAvo(ctx: PullContext, options: ResolvedAvoOptions): Promise<void> {
  const vendor = options.vendor ?? ctx.config.vendor;
  const folder = text(ctx.options.plan) ?? options.folder ?? ctx.config.name;
  const setup: AvoFinding[] = [];
  if (vendor === '') setup.push(finding('RK5309', {}));
  if (!SEGMENT.test(folder)) setup.push(finding('RK5314', { folder }));
  if (setup.length > 0) return reportFindings(ctx.diagnostics, setup);

  const file = text(ctx.options.file);
  const read = file === undefined ? await readFromApi(ctx, options) : await readFromFile(path.resolve(ctx.config.root, file));
  reportFindings(ctx.diagnostics, read.findings);
  if (!read.plan) return;

  const conversion = convertExport(read.plan, {
    folder,
    vendor,
    scope: mappingScope(read.plan, options),
    onEvent: (done, total) => ctx.progress('Converting Avo events', done, total),
  });
  const schemasFolder = path.relative(ctx.config.root, ctx.schemasDir).split(path.sep).join('/');
  reportFindings(ctx.diagnostics, conversion.findings, (schema, pointer) => ({
    file: schemasFolder === '' ? schema : `${schemasFolder}/${schema}`,
    ...(pointer !== undefined && pointer !== '' && { pointer }),
  }));
  queue(ctx, folder, conversion);
  ctx.setResult({ ...read.origin.result, folder, schemas: conversion.schemas.size, skipped: conversion.skipped, dryRun: ctx.dryRun });
  ctx.log(
    `Avo ${read.origin.label}: ${conversion.schemas.size} schemas for \`${folder}\`${conversion.skipped ? `, ${conversion.skipped} events skipped` : ''}.`,
  );
}

function queue(ctx: PullContext, folder: string, conversion: Conversion): void {
  ctx.ownFolder(folder);
  const paths = [...conversion.schemas.keys()].sort();
  for (const schemaPath of paths) ctx.addSchema(schemaPath, conversion.schemas.get(schemaPath));
}

type Read = ReadExport & { readonly origin: Origin };

async function readFromFile(file: string): Promise<Read> {
  const origin: Origin = { label: `export file ${path.basename(file)}`, result: { source: 'file', file } };
  let contents: string;
  try {
    contents = await readFile(file, 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { findings: [finding('RK5310', { file, detail })], origin };
  }
  return { ...parseExport(contents, `The file \`${file}\``), origin };
}

async function readFromApi(ctx: PullContext, options: ResolvedAvoOptions): Promise<Read> {
  const branch = text(ctx.options.branch) ?? options.branch;
  const origin: Origin = { label: `branch ${branch}`, result: { source: 'api', workspaceId: options.workspaceId, branch } };
  const fail = (f: AvoFinding): Read => ({ findings: [f], origin });
  const ids = branchIds(options.branches, ctx.config.legacyProject);
  const id = branchId(branch, ids);
  if (id === undefined) return fail(finding('RK5308', { branch, known: ['main', ...ids.keys()].map((b) => `\`${b}\``).join(', ') }));
  if (options.workspaceId === undefined) return fail(finding('RK5311', {}));
  const accountName = text(ctx.env[ENV_ACCOUNT_NAME]);
  const accountSecret = text(ctx.env[ENV_ACCOUNT_SECRET]);
  if (accountName === undefined || accountSecret === undefined) {
    const missing = [accountName ? '' : ENV_ACCOUNT_NAME, accountSecret ? '' : ENV_ACCOUNT_SECRET].filter(Boolean).join(' and ');
    return fail(finding('RK5301', { missing }));
  }

  ctx.progress(`Fetching Avo branch ${branch}`, 0, 1);
  const withId = { ...origin, result: { ...origin.result, branchId: id } };
  let result: Awaited<ReturnType<typeof fetchExport>>;
  try {
    result = await fetchExport({
      ...options,
      workspaceId: options.workspaceId,
      branchId: id,
      accountName,
      accountSecret,
      signal: ctx.signal,
      onRetry: (attempt, waitMs, reason) => ctx.log(`Avo answered ${reason}; retry ${attempt} of ${options.retries} in ${waitMs} ms.`),
    });
  } catch (error) {
    // Only a stop of the command gets here (fetchExport reports HTTP and network trouble itself).
    if (!ctx.signal.aborted) throw error;
    const url = exportUrl(options.baseUrl, options.workspaceId, id);
    return { findings: [finding('RK5306', { url, attempts: 1, detail: 'the command was stopped before Avo answered' })], origin: withId };
  }
  ctx.progress(`Fetching Avo branch ${branch}`, 1, 1);
  if (!result.ok) return { findings: [failureFinding(result.failure, options.workspaceId, branch, id)], origin: withId };
  return { ...parseExport(result.text, `The answer for branch \`${branch}\``), origin: withId };
}

function failureFinding(failure: ExportFailure, workspaceId: string, branch: string, id: string): AvoFinding {
  switch (failure.kind) {
    case 'unauthorized':
      return finding('RK5302', { status: failure.status, detail: failure.detail });
    case 'not-found':
      return finding('RK5303', { workspaceId, branch, branchId: id, detail: failure.detail });
    case 'rate-limited':
      return finding('RK5304', { attempts: failure.attempts });
    case 'server':
      return finding('RK5305', { status: failure.status, attempts: failure.attempts, detail: failure.detail });
    case 'network':
      return finding('RK5306', { url: failure.url, attempts: failure.attempts, detail: failure.detail });
    case 'rejected':
      return finding('RK5312', { origin: `branch \`${branch}\` (HTTP ${failure.status})`, detail: failure.detail });
  }
}
