import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One AWS API call the recorder received. */
export interface RecordedCall {
  readonly service: 'cloudformation' | 's3' | 'ssm' | 'secretsmanager';
  /** CloudFormation `Action`, or `PutObject` / `GetObject` / `HeadObject` for S3. */
  readonly action: string;
  /** CloudFormation form parameters (flattened query-protocol keys such as `Parameters.member.1.ParameterKey`). */
  readonly params: Readonly<Record<string, string>>;
  /** S3 bucket and key. */
  readonly bucket?: string;
  readonly key?: string;
  readonly body?: Buffer;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

interface RecordedStack {
  readonly id: string;
  readonly name: string;
  status: string;
  reason: string | undefined;
  template: string;
  parameters: string;
  /** Statuses still to be reported by the following DescribeStacks calls before `status`. */
  pending: string[];
  changeSets: Map<string, { id: string; type: string; template: string; describes: number }>;
}

/** Behaviour switches of the recorder. */
export interface AwsRecorderOptions {
  /** `DescribeStacks` calls a create/update stays `*_IN_PROGRESS` for (default 1). */
  readonly inProgressPolls?: number;
  /** The next CreateStack/UpdateStack fails and rolls back with this reason. */
  failNextDeployment?: string | undefined;
  /** Answer every call of this action with HTTP 500 (retried by the SDK, then reported). */
  failAction?: string | undefined;
  /** SSM parameters by name, answered to `GetParameter` (AWS JSON 1.1 protocol). */
  readonly parameters?: Readonly<Record<string, string>>;
  /** Secrets Manager secrets by id, answered to `GetSecretValue`. */
  readonly secrets?: Readonly<Record<string, string>>;
}

/** A running recorder. */
export interface AwsRecorder {
  /** `http://127.0.0.1:<port>`: the endpoint for both the CloudFormation and the S3 client. */
  readonly endpoint: string;
  readonly calls: RecordedCall[];
  /** Objects stored through PutObject, by `bucket/key`. */
  readonly objects: Map<string, Buffer>;
  readonly options: AwsRecorderOptions;
  /** The function URL the stacks report as their `FunctionUrl` output. */
  readonly functionUrl: string;
  /** Actions of the CloudFormation calls, in order. */
  actions(): string[];
  close(): Promise<void>;
}

const NS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';
const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

/**
 * A local HTTP endpoint standing in for CloudFormation (query protocol: form-encoded POST, XML
 * answers, `ValidationError` for a missing stack or an empty update) and S3 (path-style
 * PutObject/GetObject/HeadObject). It records every call and keeps a small stack state machine:
 * create/update report `*_IN_PROGRESS` for a configurable number of polls, then complete (or
 * roll back when told to fail); change sets are computed from the templates' resources.
 */
export async function startAwsRecorder(options: AwsRecorderOptions = {}): Promise<AwsRecorder> {
  const calls: RecordedCall[] = [];
  const objects = new Map<string, Buffer>();
  const stacks = new Map<string, RecordedStack>();
  const functionUrl = 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws/';
  let counter = 0;

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      try {
        const target = req.headers['x-amz-target'];
        if (typeof target === 'string') return jsonProtocol(target, body, req, res);
        if (req.method === 'POST' && (req.url === '/' || req.url?.startsWith('/?'))) {
          const params = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
          const action = params.Action ?? '';
          calls.push({ service: 'cloudformation', action, params, headers: req.headers });
          if (options.failAction === action) return sendXml(res, 500, errorXml('Receiver', 'InternalFailure', 'injected failure'));
          return cloudFormation(action, params, res);
        }
        return s3(req, body, res);
      } catch (error) {
        sendXml(res, 500, errorXml('Receiver', 'InternalFailure', String(error)));
      }
    });
  });

  function cloudFormation(action: string, p: Record<string, string>, res: ServerResponse) {
    const name = p.StackName ?? '';
    const stack = findStack(name);
    switch (action) {
      case 'DescribeStacks': {
        if (!stack) return missingStack(res, name);
        const status = stack.pending.shift() ?? stack.status;
        return sendXml(res, 200, wrap(action, `<Stacks><member>${stackXml(stack, status)}</member></Stacks>`));
      }
      case 'CreateStack': {
        if (stack && stack.status !== 'REVIEW_IN_PROGRESS') return validation(res, `Stack [${name}] already exists`);
        const created = newStack(name, p);
        deploy(created, 'CREATE');
        return sendXml(res, 200, wrap(action, `<StackId>${created.id}</StackId>`));
      }
      case 'UpdateStack': {
        if (!stack) return missingStack(res, name);
        if (stack.template === p.TemplateBody && stack.parameters === parametersOf(p))
          return validation(res, 'No updates are to be performed.');
        stack.template = p.TemplateBody ?? '';
        stack.parameters = parametersOf(p);
        deploy(stack, 'UPDATE');
        return sendXml(res, 200, wrap(action, `<StackId>${stack.id}</StackId>`));
      }
      case 'CreateChangeSet': {
        const type = p.ChangeSetType ?? 'UPDATE';
        if (type === 'UPDATE' && !stack) return missingStack(res, name);
        const target = stack ?? newStack(name, p, 'REVIEW_IN_PROGRESS');
        const id = `arn:aws:cloudformation:${REGION}:${ACCOUNT}:changeSet/${p.ChangeSetName}/${++counter}`;
        target.changeSets.set(id, { id, type, template: p.TemplateBody ?? '', describes: 0 });
        return sendXml(res, 200, wrap(action, `<Id>${id}</Id><StackId>${target.id}</StackId>`));
      }
      case 'DescribeChangeSet': {
        const changeSet = stack?.changeSets.get(p.ChangeSetName ?? '');
        if (!stack || !changeSet)
          return sendXml(res, 404, errorXml('Sender', 'ChangeSetNotFound', `ChangeSet [${p.ChangeSetName}] does not exist`));
        changeSet.describes += 1;
        if (changeSet.describes === 1)
          return sendXml(res, 200, wrap(action, `<ChangeSetId>${changeSet.id}</ChangeSetId><Status>CREATE_PENDING</Status>`));
        const before = changeSet.type === 'CREATE' ? {} : resourcesOf(stack.template);
        const changes = diffResources(before, resourcesOf(changeSet.template));
        if (changes.length === 0) {
          return sendXml(
            res,
            200,
            wrap(
              action,
              `<ChangeSetId>${changeSet.id}</ChangeSetId><Status>FAILED</Status><StatusReason>The submitted information didn't contain changes. Submit different information to create a change set.</StatusReason><Changes/>`,
            ),
          );
        }
        const members = changes.map((c) => `<member><Type>Resource</Type><ResourceChange>${fields(c)}</ResourceChange></member>`).join('');
        return sendXml(
          res,
          200,
          wrap(
            action,
            `<ChangeSetId>${changeSet.id}</ChangeSetId><Status>CREATE_COMPLETE</Status><ExecutionStatus>AVAILABLE</ExecutionStatus><Changes>${members}</Changes>`,
          ),
        );
      }
      case 'DeleteChangeSet': {
        for (const s of stacks.values()) s.changeSets.delete(p.ChangeSetName ?? '');
        return sendXml(res, 200, wrap(action, ''));
      }
      case 'DeleteStack': {
        if (stack) stacks.delete(stack.name);
        return sendXml(res, 200, wrap(action, ''));
      }
      default:
        return sendXml(res, 400, errorXml('Sender', 'InvalidAction', `Could not find operation ${action}`));
    }
  }

  /** SSM and Secrets Manager speak AWS JSON 1.1: `X-Amz-Target: <service>.<Action>`, a JSON body. */
  function jsonProtocol(target: string, body: Buffer, req: IncomingMessage, res: ServerResponse) {
    const [prefix = '', action = ''] = target.split('.');
    const service = prefix === 'AmazonSSM' ? 'ssm' : 'secretsmanager';
    const input = JSON.parse(body.toString('utf8') || '{}') as Record<string, string>;
    calls.push({ service, action, params: input, headers: req.headers });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/x-amz-json-1.1' }).end(JSON.stringify(payload));
    };
    if (options.failAction === action) return send(500, { __type: 'InternalServerError', message: 'injected failure' });
    if (service === 'ssm' && action === 'GetParameter') {
      const value = options.parameters?.[input.Name ?? ''];
      if (value === undefined) return send(400, { __type: 'ParameterNotFound', message: `Parameter ${input.Name} not found.` });
      return send(200, { Parameter: { Name: input.Name, Type: 'SecureString', Value: value, Version: 1 } });
    }
    if (service === 'secretsmanager' && action === 'GetSecretValue') {
      const value = options.secrets?.[input.SecretId ?? ''];
      if (value === undefined)
        return send(400, { __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." });
      return send(200, { ARN: input.SecretId, Name: 'write-keys', SecretString: value, VersionId: 'v1' });
    }
    return send(400, { __type: 'UnknownOperationException', message: `Unknown operation ${target}` });
  }

  function s3(req: IncomingMessage, body: Buffer, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, bucket = '', ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const action = req.method === 'PUT' ? 'PutObject' : req.method === 'HEAD' ? 'HeadObject' : 'GetObject';
    calls.push({ service: 's3', action, params: {}, bucket, key, body, headers: req.headers });
    if (options.failAction === action)
      return sendXml(res, 500, '<Error><Code>InternalError</Code><Message>injected failure</Message></Error>');
    if (action === 'PutObject') {
      objects.set(`${bucket}/${key}`, body);
      res.writeHead(200, { ETag: `"${createHash('md5').update(body).digest('hex')}"` }).end();
      return;
    }
    const stored = objects.get(`${bucket}/${key}`);
    if (!stored)
      return sendXml(
        res,
        404,
        `<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${key}</Key></Error>`,
      );
    res
      .writeHead(200, { 'Content-Length': String(stored.byteLength), 'Content-Type': 'application/octet-stream' })
      .end(action === 'HeadObject' ? undefined : stored);
  }

  function findStack(nameOrId: string): RecordedStack | undefined {
    for (const s of stacks.values()) if (s.name === nameOrId || s.id === nameOrId) return s;
    return undefined;
  }

  function newStack(name: string, p: Record<string, string>, status = 'CREATE_IN_PROGRESS'): RecordedStack {
    const stack: RecordedStack = {
      id: `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${name}/${++counter}`,
      name,
      status,
      reason: undefined,
      template: p.TemplateBody ?? '',
      parameters: parametersOf(p),
      pending: [],
      changeSets: new Map(),
    };
    stacks.set(name, stack);
    return stack;
  }

  function deploy(stack: RecordedStack, kind: 'CREATE' | 'UPDATE'): void {
    const polls = options.inProgressPolls ?? 1;
    stack.pending = Array.from({ length: polls }, () => `${kind}_IN_PROGRESS`);
    if (options.failNextDeployment) {
      stack.reason = options.failNextDeployment;
      stack.status = kind === 'CREATE' ? 'ROLLBACK_COMPLETE' : 'UPDATE_ROLLBACK_COMPLETE';
      options.failNextDeployment = undefined;
    } else {
      stack.reason = undefined;
      stack.status = `${kind}_COMPLETE`;
    }
  }

  function stackXml(stack: RecordedStack, status: string): string {
    const resources = resourcesOf(stack.template);
    const outputs: string[] = [];
    if (status.endsWith('_COMPLETE') && !status.includes('ROLLBACK')) {
      if ('FunctionUrl' in resources) outputs.push(output('FunctionUrl', functionUrl), output('FunctionName', 'registry-function'));
      if ('HttpApi' in resources) outputs.push(output('HttpApiUrl', `https://a1b2c3d4e5.execute-api.${REGION}.amazonaws.com/`));
    }
    return [
      `<StackId>${stack.id}</StackId><StackName>${stack.name}</StackName>`,
      `<CreationTime>2026-01-01T00:00:00.000Z</CreationTime><StackStatus>${status}</StackStatus>`,
      stack.reason && !status.endsWith('_IN_PROGRESS') ? `<StackStatusReason>${escapeXml(stack.reason)}</StackStatusReason>` : '',
      `<Outputs>${outputs.join('')}</Outputs>`,
    ].join('');
  }

  function missingStack(res: ServerResponse, name: string) {
    validation(res, `Stack with id ${name} does not exist`);
  }

  function validation(res: ServerResponse, message: string) {
    sendXml(res, 400, errorXml('Sender', 'ValidationError', message));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    objects,
    options,
    functionUrl,
    actions: () => calls.filter((c) => c.service === 'cloudformation').map((c) => c.action),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function wrap(action: string, result: string): string {
  return `<?xml version="1.0"?>\n<${action}Response xmlns="${NS}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ResponseMetadata></${action}Response>`;
}

function errorXml(type: string, code: string, message: string): string {
  return `<?xml version="1.0"?>\n<ErrorResponse xmlns="${NS}"><Error><Type>${type}</Type><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ErrorResponse>`;
}

function output(key: string, value: string): string {
  return `<member><OutputKey>${key}</OutputKey><OutputValue>${escapeXml(value)}</OutputValue></member>`;
}

function fields(record: Record<string, string>): string {
  return Object.entries(record)
    .map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`)
    .join('');
}

function parametersOf(p: Record<string, string>): string {
  return Object.entries(p)
    .filter(([k]) => k.startsWith('Parameters.'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

function resourcesOf(template: string): Record<string, { Type: string; Properties?: unknown }> {
  if (!template) return {};
  return (JSON.parse(template) as { Resources?: Record<string, { Type: string; Properties?: unknown }> }).Resources ?? {};
}

function diffResources(
  before: Record<string, { Type: string; Properties?: unknown }>,
  after: Record<string, { Type: string; Properties?: unknown }>,
): Record<string, string>[] {
  const changes: Record<string, string>[] = [];
  for (const [id, resource] of Object.entries(after)) {
    const old = before[id];
    if (!old) changes.push({ Action: 'Add', LogicalResourceId: id, ResourceType: resource.Type });
    else if (JSON.stringify(old) !== JSON.stringify(resource)) {
      changes.push({ Action: 'Modify', LogicalResourceId: id, ResourceType: resource.Type, Replacement: 'False' });
    }
  }
  for (const [id, resource] of Object.entries(before)) {
    if (!(id in after)) changes.push({ Action: 'Remove', LogicalResourceId: id, ResourceType: resource.Type });
  }
  return changes;
}

function sendXml(res: ServerResponse, status: number, xml: string): void {
  res.writeHead(status, { 'Content-Type': 'text/xml', 'x-amzn-RequestId': '00000000-0000-0000-0000-000000000000' }).end(xml);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
