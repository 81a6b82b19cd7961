/** Where `REFLEKT_WRITE_KEYS` points: the keys themselves, an SSM parameter, or a Secrets Manager secret. */
export type WriteKeysSource =
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'ssm'; readonly name: string }
  | { readonly kind: 'secretsmanager'; readonly id: string };

/**
 * Reads `REFLEKT_WRITE_KEYS`: `ssm:<name>`, an SSM parameter path (`/reflekt/write-keys`) or ARN,
 * a Secrets Manager ARN (or `secretsmanager:<name>`), else the `key=source,…` list itself.
 */
export function writeKeysSource(value: string): WriteKeysSource {
  const text = value.trim();
  if (text.startsWith('ssm:')) return { kind: 'ssm', name: text.slice('ssm:'.length) };
  if (text.startsWith('secretsmanager:')) return { kind: 'secretsmanager', id: text.slice('secretsmanager:'.length) };
  if (/^arn:aws[a-z-]*:secretsmanager:/.test(text)) return { kind: 'secretsmanager', id: text };
  if (/^arn:aws[a-z-]*:ssm:/.test(text) || /^\/[A-Za-z0-9_./-]+$/.test(text)) return { kind: 'ssm', name: text };
  return { kind: 'inline', text };
}

/** The value the template gives `REFLEKT_WRITE_KEYS` for the `writeKeysParameter` option: unambiguous for {@link writeKeysSource}. */
export function writeKeysSetting(parameter: string): string {
  if (parameter.startsWith('arn:') || parameter.startsWith('/')) return parameter;
  return `ssm:${parameter}`;
}

/**
 * A secret's text as the write-key list: either `key=source,…` as is, or a JSON object
 * `{"<key>": "<source>"}` (the shape the Secrets Manager console's key/value editor stores).
 */
export function writeKeysText(secret: string): string {
  const trimmed = secret.trim();
  if (!trimmed.startsWith('{')) return trimmed;
  const parsed = JSON.parse(trimmed) as Record<string, unknown>;
  return Object.entries(parsed)
    .map(([key, source]) => `${key}=${String(source)}`)
    .join(',');
}

/** Region, endpoint and credentials of the SSM / Secrets Manager client. */
interface ClientSettings {
  readonly region?: string;
  readonly endpoint?: string;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
}

/**
 * The client settings from the given environment (in Lambda: the role's credentials and region
 * that the runtime sets); `AWS_ENDPOINT_URL_<SERVICE>` / `AWS_ENDPOINT_URL` point at a local endpoint.
 */
function clientSettings(env: Readonly<Record<string, string | undefined>>, service: 'SSM' | 'SECRETS_MANAGER'): ClientSettings {
  const endpoint = env[`AWS_ENDPOINT_URL_${service}`] ?? env.AWS_ENDPOINT_URL;
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = env;
  return {
    ...(region ? { region } : {}),
    ...(endpoint ? { endpoint } : {}),
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) } } : {}),
  };
}

/**
 * Resolves the write-key list. SSM and Secrets Manager clients are `import()`ed only here (the
 * Lambda runtime provides them; the bundle keeps `@aws-sdk/*` external), once per cold start.
 */
export async function loadWriteKeysText(value: string, env: Readonly<Record<string, string | undefined>>): Promise<string> {
  const source = writeKeysSource(value);
  if (source.kind === 'inline') return source.text;
  if (source.kind === 'ssm') {
    const { SSMClient, GetParameterCommand } = await import('@aws-sdk/client-ssm');
    const client = new SSMClient(clientSettings(env, 'SSM'));
    try {
      const answer = await client.send(new GetParameterCommand({ Name: source.name, WithDecryption: true }));
      return writeKeysText(answer.Parameter?.Value ?? '');
    } finally {
      client.destroy();
    }
  }
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const client = new SecretsManagerClient(clientSettings(env, 'SECRETS_MANAGER'));
  try {
    const answer = await client.send(new GetSecretValueCommand({ SecretId: source.id }));
    return writeKeysText(answer.SecretString ?? '');
  } finally {
    client.destroy();
  }
}
