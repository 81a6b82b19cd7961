import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdkSnippets } from '../src/deploy/snippets.js';
import { emfLine } from '../src/lambda/emf.js';
import { loadWriteKeysText, writeKeysSetting, writeKeysSource, writeKeysText } from '../src/lambda/write-keys-source.js';
import { type AwsRecorder, startAwsRecorder } from './helpers/aws-recorder.js';

const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:reflekt/write-keys-AbCdEf';
let recorder: AwsRecorder;

beforeAll(async () => {
  recorder = await startAwsRecorder({ secrets: { [SECRET_ARN]: '{"wk_web":"web","wk_ios":"ios"}' }, parameters: { '/keys': 'wk_a=a' } });
});
afterAll(() => recorder.close());

const env = () => ({
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_ENDPOINT_URL: recorder.endpoint,
});

describe('REFLEKT_WRITE_KEYS', () => {
  it('tells the key list itself from an SSM parameter and a Secrets Manager secret', () => {
    expect(writeKeysSource('wk_web=web,wk_ios=ios')).toEqual({ kind: 'inline', text: 'wk_web=web,wk_ios=ios' });
    expect(writeKeysSource('/reflekt/write-keys')).toEqual({ kind: 'ssm', name: '/reflekt/write-keys' });
    expect(writeKeysSource('ssm:write-keys')).toEqual({ kind: 'ssm', name: 'write-keys' });
    expect(writeKeysSource('arn:aws:ssm:eu-west-1:123456789012:parameter/keys')).toEqual({
      kind: 'ssm',
      name: 'arn:aws:ssm:eu-west-1:123456789012:parameter/keys',
    });
    expect(writeKeysSource(SECRET_ARN)).toEqual({ kind: 'secretsmanager', id: SECRET_ARN });
    // What the template writes for a parameter name without a slash stays unambiguous.
    expect(writeKeysSource(writeKeysSetting('write-keys'))).toEqual({ kind: 'ssm', name: 'write-keys' });
    expect(writeKeysText('{"k1":"web","k2":"ios"}')).toBe('k1=web,k2=ios');
  });

  it('reads the list from Secrets Manager (JSON key/value) and from SSM, decrypted', async () => {
    expect(await loadWriteKeysText(SECRET_ARN, env())).toBe('wk_web=web,wk_ios=ios');
    expect(await loadWriteKeysText('/keys', env())).toBe('wk_a=a');
    expect(recorder.calls.map((c) => [c.service, c.action, c.params])).toEqual([
      ['secretsmanager', 'GetSecretValue', { SecretId: SECRET_ARN }],
      ['ssm', 'GetParameter', { Name: '/keys', WithDecryption: true }],
    ]);
    await expect(loadWriteKeysText('/missing', env())).rejects.toThrow(/not found/);
  });
});

describe('EMF line and SDK snippets', () => {
  it('writes one EMF document with the metric directive and the per-schema counts as properties', () => {
    const line = emfLine(
      'fn',
      {
        events: 3,
        valid: 2,
        invalid: 1,
        unknownSchema: 0,
        status: 200,
        durationMs: 1.23456,
        bySchema: { 'a/B/1-0.json': { valid: 2, invalid: 1 } },
      },
      1700000000000,
    );
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({
      _aws: {
        Timestamp: 1700000000000,
        CloudWatchMetrics: [
          {
            Namespace: 'Reflekt/Registry',
            Dimensions: [['FunctionName']],
            Metrics: [
              { Name: 'Events', Unit: 'Count' },
              { Name: 'ValidEvents', Unit: 'Count' },
              { Name: 'InvalidEvents', Unit: 'Count' },
              { Name: 'UnknownSchemaEvents', Unit: 'Count' },
              { Name: 'HandlerDuration', Unit: 'Milliseconds' },
            ],
          },
        ],
      },
      FunctionName: 'fn',
      Events: 3,
      ValidEvents: 2,
      InvalidEvents: 1,
      UnknownSchemaEvents: 0,
      HandlerDuration: 1.235,
      status: 200,
      schemas: { 'a/B/1-0.json': { valid: 2, invalid: 1 } },
    });
  });

  it('points analytics.js and analytics-node at an endpoint with a base path', () => {
    const { analyticsJs, analyticsNode } = sdkSnippets('https://events.example.com/collect/');
    expect(analyticsJs).toContain("apiHost: 'events.example.com/collect/v1', protocol: 'https'");
    expect(analyticsNode).toContain("host: 'https://events.example.com',");
    expect(analyticsNode).toContain("path: '/collect/v1/batch',");
  });
});
