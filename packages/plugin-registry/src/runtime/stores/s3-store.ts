import { joinKey, type S3Access, type S3Location } from '../s3-access.js';
import { validatorPath } from '../schema-id.js';
import { type SchemaStore, SchemaStoreUnavailableError } from '../types.js';
import { loadValidatorSource } from './load-module.js';

/**
 * Validators from S3, as `reflekt push registry` uploads them: `<prefix>/<id minus
 * .json>.validate.js`. A missing key is an unknown schema; every other failure (network,
 * permissions, throttling) makes the store unavailable, so the request is retried by the SDK.
 */
export function createS3Store(location: S3Location, s3: S3Access): SchemaStore {
  const description = `s3://${location.bucket}${location.prefix === '' ? '' : `/${location.prefix}`}`;
  return {
    description,
    async get(id) {
      const key = joinKey(location.prefix, validatorPath(id));
      let source: string | undefined;
      try {
        source = await s3.getText(location.bucket, key);
      } catch (error) {
        throw new SchemaStoreUnavailableError(`Cannot read s3://${location.bucket}/${key}: ${(error as Error).message}`);
      }
      return source === undefined ? undefined : loadValidatorSource(id, source);
    },
  };
}
