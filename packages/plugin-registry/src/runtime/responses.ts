import type { RegistryResponse } from './types.js';

/**
 * CORS headers for every answer: analytics.js posts `text/plain` from any page origin, so the
 * origin is echoed back (with `Vary`) and pre-flights for `application/json`,
 * `Authorization` and `Content-Encoding` are allowed.
 */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    'access-control-allow-origin': origin ?? '*',
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'POST, GET, OPTIONS',
    'access-control-allow-headers': 'Content-Type, Authorization, Content-Encoding, X-Retry-Count',
    'access-control-max-age': '86400',
    vary: 'Origin',
  };
}

/** The one success body; SDKs read only the status. */
const SUCCESS_BODY = '{"success":true}';

const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'application/json' });
const SUCCESS: RegistryResponse = Object.freeze({ status: 200, headers: JSON_HEADERS, body: SUCCESS_BODY });

/**
 * A JSON answer. CORS headers are added when the request came from a browser (it sends
 * `Origin` on every cross-origin request); server SDKs get a lean answer.
 */
export function jsonResponse(status: number, body: string, origin: string | undefined, extra?: Record<string, string>): RegistryResponse {
  return {
    status,
    headers:
      origin === undefined && extra === undefined
        ? JSON_HEADERS
        : { ...JSON_HEADERS, ...(origin === undefined ? {} : corsHeaders(origin)), ...extra },
    body,
  };
}

/** 200 `{"success":true}`. */
export const success = (origin: string | undefined): RegistryResponse =>
  origin === undefined ? SUCCESS : jsonResponse(200, SUCCESS_BODY, origin);

/** An error answer with Segment's `{code, message}` body (what analytics-python parses). */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  origin: string | undefined,
  extra?: Record<string, string>,
): RegistryResponse {
  return jsonResponse(status, JSON.stringify({ success: false, code, message }), origin, extra);
}
