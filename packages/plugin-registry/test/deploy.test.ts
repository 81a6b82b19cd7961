import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler, type Diagnostic, loadConfig } from '@reflekt/compiler';
import { runCli } from '@reflekt/compiler/testing';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AwsRecorder, startAwsRecorder } from './helpers/aws-recorder.js';
import { cleanupFixtures, writeFixture } from './helpers/registry-fixture.js';

interface Outcome {
  readonly code: number;
  readonly json: {
    ok: boolean;
    result?: Record<string, unknown>;
    diagnostics: Array<{ code: string; severity: string; message: string }>;
  };
  readonly stderr: string;
}

let recorder: AwsRecorder;

beforeAll(async () => {
  recorder = await startAwsRecorder({ inProgressPolls: 2 });
});
afterAll(async () => {
  await recorder.close();
  cleanupFixtures();
});

/** A fixture project whose registry plugin builds the Lambda with `lambda` options. */
function project(lambda: Record<string, unknown>): string {
  return writeFixture({
    registryOptions: JSON.stringify({
      s3: { bucket: 'acme-schemas', prefix: 'schemas', endpoint: recorder.endpoint, forcePathStyle: true },
      lambda: {
        writeKeysParameter: '/reflekt/write-keys',
        valid: 'https://hooks.example.com/valid',
        invalid: 's3://acme-dead-letters/invalid',
        ...lambda,
      },
    }),
  });
}

const ENV = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_REGION: 'us-east-1',
  REFLEKT_DEPLOY_POLL_MS: '5',
};

/** One compiler per project: loading a TypeScript config costs seconds on a busy machine. */
const compilers = new Map<string, { compiler: Compiler; plan: Awaited<ReturnType<Compiler['loadPlan']>> }>();

/**
 * The deploy step alone on a project built before, through a real Compiler (what the CLI does
 * after its build), so each case does not pay for another build.
 */
async function deployBuilt(
  dir: string,
  options: Record<string, unknown> = {},
  env: Record<string, string> = {},
): Promise<{ result: Record<string, unknown> | undefined; diagnostics: readonly Diagnostic[]; log: string }> {
  let loaded = compilers.get(dir);
  if (!loaded) {
    const compiler = new Compiler(await loadConfig({ cwd: dir }));
    loaded = { compiler, plan: await compiler.loadPlan() };
    compilers.set(dir, loaded);
  }
  const { compiler, plan } = loaded;
  const before = compiler.diagnostics.all.length;
  const lines: string[] = [];
  const outcome = await compiler.deploy(
    {
      command: 'deploy',
      target: 'registry',
      options,
      dryRun: options.dryRun === true,
      env: { ...ENV, AWS_ENDPOINT_URL: recorder.endpoint, ...env },
      log: (line) => lines.push(line),
    },
    plan,
  );
  expect(outcome.handled).toBe(true);
  return { result: outcome.result, diagnostics: compiler.diagnostics.all.slice(before), log: lines.join('\n') };
}

/** `reflekt deploy -C dir --format json …` through the real CLI (build, then deploy), AWS pointed at the recorder. */
async function deploy(dir: string, flags: string[] = []): Promise<Outcome> {
  const { code, stdout, stderr } = await runCli(['deploy', '-C', dir, '--format', 'json', ...flags], {
    cwd: dir,
    env: { ...ENV, AWS_ENDPOINT_URL: recorder.endpoint },
  });
  return { code, json: JSON.parse(stdout), stderr };
}

const since = (from: number) => recorder.calls.slice(from);

describe('reflekt deploy against a recording AWS endpoint', () => {
  let dir: string;
  beforeAll(() => {
    dir = project({});
  });

  it('uploads the built zip under a content-addressed key, creates the stack from the built template, waits, and prints the endpoint', async () => {
    const compiler = new Compiler(await loadConfig({ cwd: dir }));
    const build = await compiler.build();
    expect(compiler.diagnostics.all).toEqual([]);
    compilers.set(dir, { compiler, plan: build.plan });
    const from = recorder.calls.length;
    const outcome = await deployBuilt(dir);
    expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const zip = readFileSync(path.join(dir, 'artifacts/registry/handler.zip'));
    const template = readFileSync(path.join(dir, 'artifacts/registry/template.json'), 'utf8');
    // The build emitted the bundle, a zip holding exactly it, and the template.
    expect(Object.keys(unzipSync(zip))).toEqual(['handler.mjs']);
    expect(Buffer.from(unzipSync(zip)['handler.mjs'] ?? []).equals(readFileSync(path.join(dir, 'artifacts/registry/handler.mjs')))).toBe(
      true,
    );
    expect(JSON.parse(template).Resources.Function.Properties.Environment.Variables).toEqual({
      REFLEKT_SCHEMAS: 's3://acme-schemas/schemas',
      REFLEKT_VALID: 'https://hooks.example.com/valid',
      REFLEKT_INVALID: 's3://acme-dead-letters/invalid',
      REFLEKT_WRITE_KEYS: '/reflekt/write-keys',
    });
    const calls = since(from);
    const put = calls.find((c) => c.service === 's3');
    expect(put).toMatchObject({ action: 'PutObject', bucket: 'acme-schemas' });
    expect(put?.key).toMatch(/^reflekt\/lambda\/shop-registry-[0-9a-f]{16}\.zip$/);
    expect(put?.body?.equals(zip)).toBe(true);
    expect(calls.filter((c) => c.service === 'cloudformation').map((c) => c.action)).toEqual([
      'DescribeStacks',
      'CreateStack',
      'DescribeStacks',
      'DescribeStacks',
      'DescribeStacks',
    ]);
    const create = calls.find((c) => c.action === 'CreateStack');
    expect(create?.params).toMatchObject({
      StackName: 'shop-registry',
      TemplateBody: template,
      'Capabilities.member.1': 'CAPABILITY_IAM',
      'Parameters.member.1.ParameterKey': 'CodeBucket',
      'Parameters.member.1.ParameterValue': 'acme-schemas',
      'Parameters.member.2.ParameterKey': 'CodeKey',
      'Parameters.member.2.ParameterValue': put?.key,
    });
    expect(outcome.result).toMatchObject({
      stack: 'shop-registry',
      action: 'created',
      status: 'CREATE_COMPLETE',
      endpoint: recorder.functionUrl,
    });
    const snippets = outcome.result?.snippets as { analyticsJs: string; analyticsNode: string };
    expect(snippets.analyticsNode).toContain("host: 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws'");
    expect(snippets.analyticsNode).toContain("path: '/v1/batch'");
    expect(snippets.analyticsJs).toContain("apiHost: 'abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws/v1'");
  });

  it('a second deploy of the same build changes nothing', async () => {
    const from = recorder.calls.length;
    const outcome = await deployBuilt(dir);
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.result).toMatchObject({ action: 'unchanged' });
    expect(outcome.log).toContain(`Endpoint: ${recorder.functionUrl}`);
    expect(
      since(from)
        .filter((c) => c.service === 'cloudformation')
        .map((c) => c.action),
    ).toEqual(['DescribeStacks', 'UpdateStack']);
  });

  it('reflekt deploy --dry-run (real CLI: build, then deploy) uploads nothing and prints the change set, then deletes it', async () => {
    const changed = project({ memorySize: 1024, valid: undefined });
    const from = recorder.calls.length;
    const outcome = await deploy(changed, ['--dry-run']);
    expect(outcome.code).toBe(0);
    const calls = since(from);
    expect(calls.some((c) => c.service === 's3')).toBe(false);
    // The build warned that the function would have no valid destination.
    expect(outcome.json.diagnostics.map((d) => [d.code, d.severity])).toEqual([['RK4354', 'warning']]);
    expect(outcome.json.diagnostics[0]?.message).toContain('`lambda.valid` destination');
    expect(calls.map((c) => c.action)).toEqual([
      'DescribeStacks',
      'CreateChangeSet',
      'DescribeChangeSet',
      'DescribeChangeSet',
      'DeleteChangeSet',
    ]);
    expect(outcome.json.result).toMatchObject({
      dryRun: true,
      changeSetType: 'UPDATE',
      changes: [{ action: 'Modify', logicalId: 'Function', type: 'AWS::Lambda::Function' }],
    });
  });

  it('--dry-run for a stack that does not exist lists every resource as added and leaves no stack behind', async () => {
    const from = recorder.calls.length;
    const outcome = await deployBuilt(dir, { dryRun: true, stack: 'shop-registry-eu' });
    expect(outcome.diagnostics).toEqual([]);
    expect(since(from).map((c) => c.action)).toEqual([
      'DescribeStacks',
      'CreateChangeSet',
      'DescribeChangeSet',
      'DescribeChangeSet',
      'DeleteChangeSet',
      'DeleteStack',
    ]);
    expect(since(from)[1]).toMatchObject({ params: { ChangeSetType: 'CREATE', StackName: 'shop-registry-eu' } });
    const changes = outcome.result?.changes as { action: string; logicalId: string }[];
    expect(changes.every((c) => c.action === 'Add')).toBe(true);
    expect(changes.map((c) => c.logicalId)).toEqual(
      expect.arrayContaining(['Function', 'FunctionUrl', 'FunctionRole', 'LogGroup', 'InvalidRateAlarm']),
    );
    expect(outcome.log).toMatch(/Add\s+FunctionUrl AWS::Lambda::Url/);
  });

  it('reports a rolled-back stack with CloudFormation’s reason', async () => {
    recorder.options.failNextDeployment = 'Resource handler returned message: "Memory size exceeds the account limit"';
    const outcome = await deployBuilt(dir, { stack: 'shop-registry-broken' });
    expect(outcome.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'RK5153',
          severity: 'error',
          message: expect.stringContaining('ROLLBACK_COMPLETE: Resource handler returned message'),
        }),
      ]),
    );
  });

  it('reports an AWS call that keeps failing after the SDK retries, naming what it was doing', async () => {
    recorder.options.failAction = 'PutObject';
    try {
      const from = recorder.calls.length;
      const outcome = await deployBuilt(dir);
      expect(outcome.diagnostics.map((d) => d.code)).toEqual(['RK5152']);
      expect(outcome.diagnostics[0]?.message).toMatch(
        /the upload of s3:\/\/acme-schemas\/reflekt\/lambda\/shop-registry-[0-9a-f]{16}\.zip/,
      );
      expect(since(from).filter((c) => c.action === 'PutObject')).toHaveLength(3);
      expect(since(from).some((c) => c.service === 'cloudformation')).toBe(false);
    } finally {
      recorder.options.failAction = undefined;
    }
  });

  it('needs a region', async () => {
    const outcome = await deployBuilt(dir, {}, { AWS_REGION: '' });
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(['RK5151']);
  });
});
