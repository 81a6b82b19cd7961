import { parseS3Uri, type S3Location } from '../runtime/s3-access.js';

/** One IAM policy statement (the subset the template uses). */
export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Action: readonly string[];
  readonly Resource: readonly unknown[];
}

/** `arn:<partition>:s3:::bucket/prefix/*` (or `bucket/*` for the bucket root) as a CloudFormation `Fn::Sub`. */
export function objectsArn(location: S3Location): { 'Fn::Sub': string } {
  const keys = location.prefix === '' ? '*' : `${location.prefix}/*`;
  return { 'Fn::Sub': `arn:\${AWS::Partition}:s3:::${location.bucket}/${keys}` };
}

/**
 * The least IAM permission a destination URI needs from the function, or `undefined` when it
 * needs none: an `s3://` destination gets `s3:PutObject` on its prefix only; HTTP, Segment and
 * stdout destinations need no AWS permission.
 */
export function destinationStatement(sid: string, uri: string): PolicyStatement | undefined {
  const location = uri.startsWith('s3://') ? parseS3Uri(uri) : undefined;
  return location && { Sid: sid, Effect: 'Allow', Action: ['s3:PutObject'], Resource: [objectsArn(location)] };
}
