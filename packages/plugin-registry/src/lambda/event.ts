import { Buffer } from 'node:buffer';
import type { RegistryRequest, RegistryResponse } from '../runtime/types.js';

/**
 * The fields the registry reads from a Lambda HTTP event. One shape covers a Function URL and an
 * API Gateway HTTP API with payload format 2.0 (`rawPath`, `requestContext.http`) and payload
 * format 1.0 (`path`, `httpMethod`, `multiValueHeaders`, header names in any case).
 */
export interface LambdaHttpEvent {
  readonly version?: string;
  /** Format 2.0 / Function URL: the path as sent, with the stage prefix when the stage has a name. */
  readonly rawPath?: string;
  /** Format 1.0: the request path. */
  readonly path?: string;
  /** Format 1.0: the method. */
  readonly httpMethod?: string;
  readonly headers?: Readonly<Record<string, string | undefined>> | null;
  /** Format 1.0: every value of repeated headers. */
  readonly multiValueHeaders?: Readonly<Record<string, readonly string[] | undefined>> | null;
  readonly body?: string | null;
  readonly isBase64Encoded?: boolean;
  readonly requestContext?: {
    readonly stage?: string;
    readonly http?: { readonly method?: string; readonly path?: string };
    readonly httpMethod?: string;
    /** Format 2.0: arrival time in ms. */
    readonly timeEpoch?: number;
    /** Format 1.0: arrival time in ms. */
    readonly requestTimeEpoch?: number;
  };
}

/** What a Lambda HTTP integration (Function URL, HTTP API 1.0 and 2.0) expects back. */
export interface LambdaHttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: false;
}

/** Turns a Lambda HTTP event into the transport-free request the registry core handles. */
export function toRegistryRequest(event: LambdaHttpEvent): RegistryRequest {
  const context = event.requestContext ?? {};
  const method = (context.http?.method ?? event.httpMethod ?? context.httpMethod ?? 'GET').toUpperCase();
  const received = context.timeEpoch ?? context.requestTimeEpoch;
  return {
    method,
    path: withoutStage(event.rawPath ?? event.path ?? context.http?.path ?? '/', context.stage),
    headers: lowerCaseHeaders(event),
    body: decodeBody(event),
    ...(typeof received === 'number' ? { receivedAt: received } : {}),
  };
}

/** Turns the registry's answer into the Lambda result shape (identical for both payload formats). */
export function toLambdaResult(response: RegistryResponse): LambdaHttpResult {
  return { statusCode: response.status, headers: { ...response.headers }, body: response.body, isBase64Encoded: false };
}

/**
 * Removes a named stage (`/prod/v1/batch` → `/v1/batch`). The core accepts any base path, but
 * dropping the stage keeps logs and metrics identical across stages. `$default` has no prefix.
 */
function withoutStage(path: string, stage: string | undefined): string {
  if (!stage || stage === '$default') return path;
  const prefix = `/${stage}`;
  if (path === prefix) return '/';
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}

/** Header names in lower case; repeated headers (format 1.0) joined with `, ` as HTTP allows. */
function lowerCaseHeaders(event: LambdaHttpEvent): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined && value !== null) headers[name.toLowerCase()] = value;
  }
  for (const [name, values] of Object.entries(event.multiValueHeaders ?? {})) {
    if (values && values.length > 1) headers[name.toLowerCase()] = values.join(', ');
  }
  return headers;
}

/** The raw body bytes; Lambda base64-encodes bodies it does not consider text (gzip, binary types). */
function decodeBody(event: LambdaHttpEvent): Uint8Array {
  const body = event.body ?? '';
  return event.isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8');
}
