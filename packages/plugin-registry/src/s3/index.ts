export { createS3Client, describeS3Error, type Env, type S3ClientTuning, s3ClientConfig, s3ErrorCode, s3Key } from './client.js';
export { type S3Settings, s3SettingsSchema } from './settings.js';
