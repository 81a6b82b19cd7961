import { METRIC_NAMES, METRICS_NAMESPACE } from '../lambda/emf.js';
import type { ResolvedLambdaOptions } from '../lambda/options.js';
import { writeKeysSetting } from '../lambda/write-keys-source.js';
import { destinationStatement, objectsArn, type PolicyStatement } from './destination-policy.js';

/** A CloudFormation template as plain JSON. */
export interface CloudFormationTemplate {
  readonly AWSTemplateFormatVersion: '2010-09-09';
  readonly Description: string;
  readonly Parameters: Record<string, { Type: string; Description: string; Default?: string }>;
  readonly Resources: Record<string, { Type: string; Properties: Record<string, unknown>; DependsOn?: string | string[] }>;
  readonly Outputs: Record<string, { Description: string; Value: unknown }>;
}

/** Logical ids the deploy command reads back from the stack. */
export const OUTPUTS = { functionUrl: 'FunctionUrl', httpApiUrl: 'HttpApiUrl', functionName: 'FunctionName' } as const;

/** The `REFLEKT_SCHEMAS` value: the S3 location, or `embedded` when the validators are in the bundle. */
export function schemasSetting(options: ResolvedLambdaOptions): string | undefined {
  if (options.embedSchemas) return 'embedded';
  return options.schemas ? `s3://${options.schemas.bucket}${options.schemas.prefix === '' ? '' : `/${options.schemas.prefix}`}` : undefined;
}

/**
 * The stack of the registry Lambda: function (Node.js, arm64 by default) with a public Function
 * URL, optional HTTP API, an IAM role limited to what the function touches (its log group,
 * `s3:GetObject` on the schema prefix, the write-key parameter, the destinations), a log group
 * with retention, and alarms on the invalid and unknown-schema rates read from the EMF metrics.
 * The zip's location comes in as parameters so one template serves every upload; write keys
 * never appear in it, only the name of the parameter that holds them. Deterministic: the same
 * options give the same bytes.
 */
export function registryTemplate(options: ResolvedLambdaOptions): CloudFormationTemplate {
  const resources: CloudFormationTemplate['Resources'] = {};
  const outputs: CloudFormationTemplate['Outputs'] = {};
  resources.LogGroup = {
    Type: 'AWS::Logs::LogGroup',
    Properties: { LogGroupName: `/aws/lambda/${options.functionName}`, RetentionInDays: options.logRetentionDays },
  };
  resources.FunctionRole = {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      },
      Policies: [{ PolicyName: 'registry', PolicyDocument: { Version: '2012-10-17', Statement: roleStatements(options) } }],
    },
  };
  resources.Function = {
    Type: 'AWS::Lambda::Function',
    DependsOn: 'LogGroup',
    Properties: {
      FunctionName: options.functionName,
      Description: 'Reflekt registry: validates Segment events against the tracking plan and routes them',
      Runtime: options.runtime,
      Architectures: [options.architecture],
      Handler: 'handler.handler',
      MemorySize: options.memorySize,
      Timeout: options.timeout,
      Role: { 'Fn::GetAtt': ['FunctionRole', 'Arn'] },
      Code: { S3Bucket: { Ref: 'CodeBucket' }, S3Key: { Ref: 'CodeKey' } },
      LoggingConfig: { LogGroup: { Ref: 'LogGroup' }, LogFormat: 'Text' },
      Environment: { Variables: environment(options) },
    },
  };
  resources.FunctionUrl = {
    Type: 'AWS::Lambda::Url',
    Properties: { TargetFunctionArn: { 'Fn::GetAtt': ['Function', 'Arn'] }, AuthType: 'NONE', InvokeMode: 'BUFFERED' },
  };
  // A public Function URL needs both statements since October 2025: InvokeFunctionUrl, and
  // InvokeFunction restricted to calls that come through the URL.
  resources.FunctionUrlPermission = {
    Type: 'AWS::Lambda::Permission',
    Properties: { Action: 'lambda:InvokeFunctionUrl', FunctionName: { Ref: 'Function' }, Principal: '*', FunctionUrlAuthType: 'NONE' },
  };
  resources.FunctionUrlInvokePermission = {
    Type: 'AWS::Lambda::Permission',
    Properties: { Action: 'lambda:InvokeFunction', FunctionName: { Ref: 'Function' }, Principal: '*', InvokedViaFunctionUrl: true },
  };
  outputs[OUTPUTS.functionUrl] = {
    Description: 'The registry endpoint (Function URL)',
    Value: { 'Fn::GetAtt': ['FunctionUrl', 'FunctionUrl'] },
  };
  outputs[OUTPUTS.functionName] = { Description: 'The function name', Value: { Ref: 'Function' } };
  if (options.httpApi) {
    Object.assign(resources, httpApiResources(options));
    outputs[OUTPUTS.httpApiUrl] = {
      Description: 'The registry endpoint (API Gateway HTTP API)',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub placeholders
      Value: { 'Fn::Sub': 'https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/' },
    };
  }
  resources.InvalidRateAlarm = rateAlarm(options, 'invalid', METRIC_NAMES.invalid, options.alarms.invalidRate);
  resources.UnknownSchemaRateAlarm = rateAlarm(options, 'unknown', METRIC_NAMES.unknownSchema, options.alarms.unknownSchemaRate);
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Reflekt registry ${options.stackName}`,
    Parameters: {
      CodeBucket: { Type: 'String', Description: 'Bucket holding the function zip (set by reflekt deploy)' },
      CodeKey: { Type: 'String', Description: 'Key of the function zip; changes with its content (set by reflekt deploy)' },
    },
    Resources: resources,
    Outputs: outputs,
  };
}

/** Environment of the function: locations and parameter names only, never secrets. */
function environment(options: ResolvedLambdaOptions): Record<string, string> {
  const variables: Record<string, string> = {};
  const schemas = schemasSetting(options);
  if (schemas) variables.REFLEKT_SCHEMAS = schemas;
  if (options.valid) variables.REFLEKT_VALID = options.valid;
  if (options.invalid) variables.REFLEKT_INVALID = options.invalid;
  if (options.writeKeysParameter) variables.REFLEKT_WRITE_KEYS = writeKeysSetting(options.writeKeysParameter);
  return variables;
}

/** Every statement of the function's role, each scoped to one resource. */
export function roleStatements(options: ResolvedLambdaOptions): PolicyStatement[] {
  const statements: PolicyStatement[] = [
    {
      Sid: 'Logs',
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: [{ 'Fn::GetAtt': ['LogGroup', 'Arn'] }],
    },
  ];
  if (!options.embedSchemas && options.schemas) {
    statements.push({
      Sid: 'ReadSchemas',
      Effect: 'Allow',
      Action: ['s3:GetObject'],
      Resource: [objectsArn(options.schemas)],
    });
  }
  if (options.writeKeysParameter) statements.push(writeKeysStatement(options.writeKeysParameter));
  for (const [sid, uri] of [
    ['ValidDestination', options.valid],
    ['InvalidDestination', options.invalid],
  ] as const) {
    const destination = uri === undefined ? undefined : destinationStatement(sid, uri);
    if (destination) statements.push(destination);
  }
  return statements;
}

/** Read access to the one SSM parameter or Secrets Manager secret that holds the write keys. */
function writeKeysStatement(parameter: string): PolicyStatement {
  if (parameter.startsWith('arn:') && parameter.includes(':secretsmanager:')) {
    // Secret ARNs end in a random 6-character suffix; allow it when the option names the secret without one.
    const resource = /-[A-Za-z0-9]{6}$/.test(parameter) ? parameter : `${parameter}-??????`;
    return { Sid: 'ReadWriteKeys', Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: [resource] };
  }
  const resource = parameter.startsWith('arn:')
    ? parameter
    : {
        'Fn::Sub': `arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter${parameter.startsWith('/') ? '' : '/'}${parameter}`,
      };
  return { Sid: 'ReadWriteKeys', Effect: 'Allow', Action: ['ssm:GetParameter'], Resource: [resource] };
}

/** An HTTP API with one `$default` route to the function (payload format 2.0) and an auto-deployed `$default` stage. */
function httpApiResources(options: ResolvedLambdaOptions): CloudFormationTemplate['Resources'] {
  return {
    HttpApi: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: options.stackName, ProtocolType: 'HTTP' } },
    HttpApiIntegration: {
      Type: 'AWS::ApiGatewayV2::Integration',
      Properties: {
        ApiId: { Ref: 'HttpApi' },
        IntegrationType: 'AWS_PROXY',
        IntegrationUri: { 'Fn::GetAtt': ['Function', 'Arn'] },
        PayloadFormatVersion: '2.0',
      },
    },
    HttpApiRoute: {
      Type: 'AWS::ApiGatewayV2::Route',
      Properties: {
        ApiId: { Ref: 'HttpApi' },
        RouteKey: '$default',
        Target: { 'Fn::Join': ['/', ['integrations', { Ref: 'HttpApiIntegration' }]] },
      },
    },
    HttpApiStage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: { Ref: 'HttpApi' }, StageName: '$default', AutoDeploy: true } },
    HttpApiPermission: {
      Type: 'AWS::Lambda::Permission',
      Properties: {
        Action: 'lambda:InvokeFunction',
        FunctionName: { Ref: 'Function' },
        Principal: 'apigateway.amazonaws.com',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub placeholders
        SourceArn: { 'Fn::Sub': 'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${HttpApi}/*' },
      },
    },
  };
}

/** An alarm on `metric / Events` over the period (metric math over the EMF metrics), quiet while there is no traffic. */
function rateAlarm(
  options: ResolvedLambdaOptions,
  id: string,
  metric: string,
  threshold: number,
): CloudFormationTemplate['Resources'][string] {
  const stat = (queryId: string, name: string) => ({
    Id: queryId,
    ReturnData: false,
    MetricStat: {
      Metric: { Namespace: METRICS_NAMESPACE, MetricName: name, Dimensions: [{ Name: 'FunctionName', Value: { Ref: 'Function' } }] },
      Period: options.alarms.periodSeconds,
      Stat: 'Sum',
    },
  });
  return {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      AlarmDescription: `Share of ${metric} among all events of ${options.functionName} above ${threshold}`,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: threshold,
      EvaluationPeriods: options.alarms.evaluationPeriods,
      TreatMissingData: 'notBreaching',
      Metrics: [
        stat('events', METRIC_NAMES.events),
        stat(id, metric),
        { Id: 'rate', Expression: `IF(events > 0, ${id} / events, 0)`, Label: `${metric} rate`, ReturnData: true },
      ],
      ...(options.alarms.topicArn ? { AlarmActions: [options.alarms.topicArn] } : {}),
    },
  };
}
