import { entry } from '@reflekt/compiler';

/**
 * `reflekt push registry`'s diagnostic codes (RK513x). Listed in the package README.
 */
export const PUSH_CATALOG = {
  RK5130: entry<Record<string, never>>({
    title: 'registry-push-no-bucket',
    severity: 'error',
    message: () => '`reflekt push registry` needs an S3 bucket, and the registry plugin has no `s3` option.',
    hint: 'Add `s3: { bucket: "<bucket>", prefix: "schemas", region: "<region>" }` to the registry plugin options in the config.',
    docs: 'The push has nowhere to upload to.',
  }),
  RK5131: entry<{ operation: string; target: string; detail: string }>({
    title: 'registry-push-s3-failed',
    severity: 'error',
    message: (p) => `S3 ${p.operation} ${p.target} failed: ${p.detail}`,
    hint: 'Check the network, the `s3.endpoint`/`s3.region` options and the credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or an AWS profile); requests were retried before giving up. Run the push again: unchanged files are skipped.',
    docs: 'An S3 request failed after the SDK retried it. Files uploaded before the failure stay; the manifest is uploaded only after every other file, so readers never see a manifest naming missing files.',
  }),
  RK5132: entry<{ bucket: string }>({
    title: 'registry-push-bucket-missing',
    severity: 'error',
    message: (p) => `The S3 bucket \`${p.bucket}\` does not exist (or is not visible with these credentials).`,
    hint: 'Create the bucket (for example `aws s3 mb s3://<bucket>`) or fix `s3.bucket` in the registry plugin options.',
    docs: 'The push does not create buckets: their region, encryption and access policy are decisions of their own.',
  }),
  RK5133: entry<{ id: string; key: string }>({
    title: 'registry-push-immutable-version',
    severity: 'error',
    message: (p) =>
      `\`${p.id}\` is already published with different content (s3 object \`${p.key}\`), and published versions are immutable.`,
    hint: 'Publish the change as a new version (`reflekt breaking` tells which bump it needs), or overwrite on purpose with `reflekt push registry --force`.',
    docs: 'Registries cache schemas by id forever, so changing a published version would validate the same events differently in different places. Nothing is uploaded when any version conflicts.',
  }),
  RK5134: entry<{ id: string; key: string }>({
    title: 'registry-push-forced-overwrite',
    severity: 'warning',
    message: (p) => `Overwrote the published \`${p.id}\` (s3 object \`${p.key}\`) with different content (--force).`,
    hint: 'Registries that cached the old version keep it until they restart or purge their cache.',
    docs: 'A published version was replaced because `--force` was given.',
  }),
} as const;
