/**
 * Where the registry's schemas live in S3. Shared by `reflekt push registry` (writes), the
 * registry runtime (reads) and the Lambda deploy (IAM policy for the prefix).
 */
export interface S3Settings {
  /** The bucket name. */
  readonly bucket: string;
  /**
   * Key prefix of every object, without leading or trailing `/`; empty for the bucket root.
   * @default 'schemas'
   */
  readonly prefix?: string;
  /** AWS region; default: the standard chain (`AWS_REGION`, profile), else `us-east-1`. */
  readonly region?: string;
  /** A custom endpoint (MinIO, LocalStack, s3rver), e.g. `http://127.0.0.1:4568`. */
  readonly endpoint?: string;
  /** Path-style URLs (`<endpoint>/<bucket>/<key>`), needed by most S3-compatible servers. */
  readonly forcePathStyle?: boolean;
}

/** The JSON Schema of {@link S3Settings}, used inside the plugin's options schema. */
export const s3SettingsSchema = {
  type: 'object',
  properties: {
    bucket: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$' },
    prefix: { type: 'string', pattern: '^(?:[^/].*[^/]|[^/])?$', default: 'schemas' },
    region: { type: 'string', minLength: 1 },
    endpoint: { type: 'string', pattern: '^https?://' },
    forcePathStyle: { type: 'boolean' },
  },
  required: ['bucket'],
  additionalProperties: false,
} as const;
