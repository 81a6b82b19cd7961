import { describe, expect, it } from 'vitest';
import { type CloudFormationTemplate, registryTemplate } from '../src/deploy/template.js';
import registry from '../src/index.js';
import { resolveLambdaOptions } from '../src/lambda/options.js';

/** `arn:${AWS::Partition}` written without tripping the template-literal lint: these are CloudFormation `Fn::Sub` strings. */
const sub = (text: string) => ({ 'Fn::Sub': text.replaceAll('$(', '${').replaceAll(')', '}') });

/** Pseudo parameters CloudFormation defines in every template. */
const PSEUDO = new Set([
  'AWS::AccountId',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackName',
  'AWS::StackId',
  'AWS::URLSuffix',
  'AWS::NoValue',
]);

/** Attributes `Fn::GetAtt` may read, per resource type the template uses. */
const ATTRIBUTES: Record<string, readonly string[]> = {
  'AWS::Lambda::Function': ['Arn'],
  'AWS::Lambda::Url': ['FunctionUrl', 'FunctionArn'],
  'AWS::Logs::LogGroup': ['Arn'],
  'AWS::IAM::Role': ['Arn', 'RoleId'],
  'AWS::ApiGatewayV2::Api': ['ApiEndpoint', 'ApiId'],
};

/** Properties each resource type must have (the ones CloudFormation rejects a template without). */
const REQUIRED: Record<string, readonly string[]> = {
  'AWS::Lambda::Function': ['Code', 'Role', 'Runtime', 'Handler'],
  'AWS::Lambda::Url': ['TargetFunctionArn', 'AuthType'],
  'AWS::Lambda::Permission': ['Action', 'FunctionName', 'Principal'],
  'AWS::Logs::LogGroup': [],
  'AWS::IAM::Role': ['AssumeRolePolicyDocument'],
  'AWS::CloudWatch::Alarm': ['ComparisonOperator', 'EvaluationPeriods'],
  'AWS::ApiGatewayV2::Api': ['Name', 'ProtocolType'],
  'AWS::ApiGatewayV2::Integration': ['ApiId', 'IntegrationType'],
  'AWS::ApiGatewayV2::Route': ['ApiId', 'RouteKey'],
  'AWS::ApiGatewayV2::Stage': ['ApiId', 'StageName'],
};

/** Every problem of a template: structure, dangling references, unknown attributes. */
function templateProblems(template: CloudFormationTemplate): string[] {
  const problems: string[] = [];
  const resources = template.Resources;
  const names = new Set([...Object.keys(resources), ...Object.keys(template.Parameters)]);
  if (template.AWSTemplateFormatVersion !== '2010-09-09') problems.push('format version');
  for (const [id, resource] of Object.entries(resources)) {
    if (!/^[A-Za-z0-9]+$/.test(id)) problems.push(`${id}: logical id must be alphanumeric`);
    const required = REQUIRED[resource.Type];
    if (!required) problems.push(`${id}: unexpected type ${resource.Type}`);
    for (const property of required ?? []) if (!(property in resource.Properties)) problems.push(`${id}: ${property} missing`);
    for (const dependency of [resource.DependsOn ?? []].flat())
      if (!(dependency in resources)) problems.push(`${id}: DependsOn ${dependency} does not exist`);
  }
  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, `${where}[${i}]`);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    if (typeof object.Ref === 'string' && !names.has(object.Ref) && !PSEUDO.has(object.Ref))
      problems.push(`${where}: Ref ${object.Ref} does not exist`);
    const getAtt = object['Fn::GetAtt'];
    if (Array.isArray(getAtt)) {
      const [target, attribute] = getAtt as [string, string];
      const type = resources[target]?.Type;
      if (!type) problems.push(`${where}: GetAtt target ${target} does not exist`);
      else if (!ATTRIBUTES[type]?.includes(attribute)) problems.push(`${where}: ${type} has no attribute ${attribute}`);
    }
    const sub = object['Fn::Sub'];
    if (typeof sub === 'string') {
      for (const [, name] of sub.matchAll(/\$\{([^}!]+)\}/g)) {
        if (name && !names.has(name) && !PSEUDO.has(name)) problems.push(`${where}: Fn::Sub \${${name}} does not exist`);
      }
    }
    for (const [key, inner] of Object.entries(object)) walk(inner, `${where}.${key}`);
  };
  walk(template.Resources, 'Resources');
  walk(template.Outputs, 'Outputs');
  return problems;
}

interface Statement {
  Sid: string;
  Effect: string;
  Action: string[];
  Resource: unknown[];
}

const statementsOf = (template: CloudFormationTemplate): Statement[] =>
  ((template.Resources.FunctionRole?.Properties.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]).flatMap(
    (p) => p.PolicyDocument.Statement,
  );

const full = resolveLambdaOptions(
  {
    httpApi: true,
    writeKeysParameter: '/reflekt/write-keys',
    valid: 'https://hooks.example.com/valid',
    invalid: 's3://acme-dead-letters/registry/invalid',
    memorySize: 1024,
    logRetentionDays: 90,
    alarms: { invalidRate: 0.1, unknownSchemaRate: 0.02, topicArn: 'arn:aws:sns:eu-west-1:123456789012:alerts' },
  },
  'online_shop',
  's3://acme-schemas/schemas',
);

describe('CloudFormation template', () => {
  it('matches the golden file (deterministic) for the full option set and for the defaults', async () => {
    const text = `${JSON.stringify(registryTemplate(full), null, 2)}\n`;
    expect(`${JSON.stringify(registryTemplate(full), null, 2)}\n`).toBe(text);
    await expect(text).toMatchFileSnapshot('__golden__/lambda/template-full.json');
    const defaults = registryTemplate(resolveLambdaOptions({}, 'online_shop', 's3://acme-schemas/schemas'));
    await expect(`${JSON.stringify(defaults, null, 2)}\n`).toMatchFileSnapshot('__golden__/lambda/template-defaults.json');
  });

  it('is well formed: every Ref, GetAtt and Fn::Sub name points at a resource, parameter or pseudo parameter', () => {
    expect(templateProblems(registryTemplate(full))).toEqual([]);
    expect(templateProblems(registryTemplate(resolveLambdaOptions({ embedSchemas: true }, 'shop')))).toEqual([]);
  });

  it('the checker itself catches dangling references and missing properties', () => {
    const broken = structuredClone(registryTemplate(full)) as CloudFormationTemplate;
    delete (broken.Resources as Record<string, unknown>).LogGroup;
    delete broken.Resources.Function?.Properties.Role;
    expect(templateProblems(broken)).toEqual(
      expect.arrayContaining([
        'Function: Role missing',
        'Function: DependsOn LogGroup does not exist',
        expect.stringContaining('GetAtt target LogGroup does not exist'),
        expect.stringContaining('Ref LogGroup does not exist'),
      ]),
    );
  });

  it('runs Node.js 20 on arm64 from the uploaded zip, with settings but no secret in its environment', () => {
    const fn = registryTemplate(full).Resources.Function?.Properties ?? {};
    expect(fn).toMatchObject({ Runtime: 'nodejs20.x', Architectures: ['arm64'], Handler: 'handler.handler', MemorySize: 1024 });
    expect(fn.Code).toEqual({ S3Bucket: { Ref: 'CodeBucket' }, S3Key: { Ref: 'CodeKey' } });
    expect((fn.Environment as { Variables: Record<string, string> }).Variables).toEqual({
      REFLEKT_SCHEMAS: 's3://acme-schemas/schemas',
      REFLEKT_VALID: 'https://hooks.example.com/valid',
      REFLEKT_INVALID: 's3://acme-dead-letters/registry/invalid',
      REFLEKT_WRITE_KEYS: '/reflekt/write-keys',
    });
    const embedded = registryTemplate(resolveLambdaOptions({ embedSchemas: true, writeKeysParameter: 'write-keys' }, 'shop'));
    expect(((embedded.Resources.Function?.Properties.Environment ?? {}) as { Variables: Record<string, string> }).Variables).toEqual({
      REFLEKT_SCHEMAS: 'embedded',
      REFLEKT_WRITE_KEYS: 'ssm:write-keys',
    });
  });

  it('grants least privilege: one action per need, each on exactly its resource, nothing on *', () => {
    const statements = statementsOf(registryTemplate(full));
    expect(statements.map((s) => [s.Sid, s.Action])).toEqual([
      ['Logs', ['logs:CreateLogStream', 'logs:PutLogEvents']],
      ['ReadSchemas', ['s3:GetObject']],
      ['ReadWriteKeys', ['ssm:GetParameter']],
      ['InvalidDestination', ['s3:PutObject']],
    ]);
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      for (const action of statement.Action) expect(action).not.toContain('*');
      for (const resource of statement.Resource) expect(JSON.stringify(resource)).not.toMatch(/^"\*"$|:::\*"/);
    }
    const byId = Object.fromEntries(statements.map((s) => [s.Sid, s.Resource]));
    expect(byId.Logs).toEqual([{ 'Fn::GetAtt': ['LogGroup', 'Arn'] }]);
    expect(byId.ReadSchemas).toEqual([sub('arn:$(AWS::Partition):s3:::acme-schemas/schemas/*')]);
    expect(byId.ReadWriteKeys).toEqual([sub('arn:$(AWS::Partition):ssm:$(AWS::Region):$(AWS::AccountId):parameter/reflekt/write-keys')]);
    expect(byId.InvalidDestination).toEqual([sub('arn:$(AWS::Partition):s3:::acme-dead-letters/registry/invalid/*')]);
    const role = registryTemplate(full).Resources.FunctionRole?.Properties ?? {};
    expect(role.ManagedPolicyArns).toBeUndefined();
    expect(JSON.stringify(role.AssumeRolePolicyDocument)).toBe(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      }),
    );
  });

  it('reads no S3 at all with embedded validators, and reads a Secrets Manager secret when named', () => {
    const statements = statementsOf(
      registryTemplate(
        resolveLambdaOptions(
          { embedSchemas: true, writeKeysParameter: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:keys' },
          'shop',
          's3://acme-schemas/schemas',
        ),
      ),
    );
    expect(statements.map((s) => s.Sid)).toEqual(['Logs', 'ReadWriteKeys']);
    expect(statements[1]).toMatchObject({
      Action: ['secretsmanager:GetSecretValue'],
      Resource: ['arn:aws:secretsmanager:eu-west-1:123456789012:secret:keys-??????'],
    });
  });

  it('exposes a public Function URL (and the HTTP API when asked) and alarms on the invalid and unknown-schema rates', () => {
    const template = registryTemplate(full);
    const permissions = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Lambda::Permission');
    expect(permissions.map((p) => p.Properties.Action)).toEqual([
      'lambda:InvokeFunctionUrl',
      'lambda:InvokeFunction',
      'lambda:InvokeFunction',
    ]);
    expect(template.Resources.HttpApiIntegration?.Properties.PayloadFormatVersion).toBe('2.0');
    expect(Object.keys(template.Outputs)).toEqual(['FunctionUrl', 'FunctionName', 'HttpApiUrl']);
    const alarm = template.Resources.InvalidRateAlarm?.Properties ?? {};
    expect(alarm).toMatchObject({
      Threshold: 0.1,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: ['arn:aws:sns:eu-west-1:123456789012:alerts'],
    });
    expect((alarm.Metrics as { Expression?: string }[]).at(-1)?.Expression).toBe('IF(events > 0, invalid / events, 0)');
    expect(template.Resources.UnknownSchemaRateAlarm?.Properties.Threshold).toBe(0.02);
    expect(template.Resources.LogGroup?.Properties).toEqual({ LogGroupName: '/aws/lambda/online-shop-registry', RetentionInDays: 90 });
    const plain = registryTemplate(resolveLambdaOptions({}, 'shop'));
    expect(Object.keys(plain.Resources).some((id) => id.startsWith('HttpApi'))).toBe(false);
  });
});

describe('lambda options', () => {
  it('are checked when the plugin is made: a wrong value names the option', () => {
    expect(() => registry({ lambda: { memorySize: 64 } })).toThrow(/memorySize/);
    expect(() => registry({ lambda: { architecture: 'sparc' as 'arm64' } })).toThrow(/architecture/);
    expect(() => registry({ lambda: { writeKeysParameter: 'not a parameter name' } })).toThrow(/writeKeysParameter/);
    expect(() => registry({ lambda: { embedSchemas: true, httpApi: true, alarms: { invalidRate: 0.2 } } })).not.toThrow();
  });
});
