/**
 * Copy-paste configuration that points the Segment SDKs at a deployed registry. analytics.js
 * takes a host without scheme (it appends `/t`, `/b`, … to `apiHost`); analytics-node takes a
 * full origin and a path. The settings are passed inline so the browser never asks Segment's CDN.
 */
export function sdkSnippets(endpointUrl: string): { readonly analyticsJs: string; readonly analyticsNode: string } {
  const url = new URL(endpointUrl);
  const base = url.pathname.replace(/\/+$/, '');
  const apiHost = `${url.host}${base}/v1`;
  const protocol = url.protocol.replace(':', '');
  const analyticsJs = [
    "import { AnalyticsBrowser } from '@segment/analytics-next';",
    '',
    `const segmentIo = { apiHost: '${apiHost}', protocol: '${protocol}' };`,
    'export const analytics = AnalyticsBrowser.load(',
    "  { writeKey: '<WRITE_KEY>', cdnSettings: { integrations: { 'Segment.io': { apiKey: '<WRITE_KEY>', ...segmentIo } } } },",
    "  { integrations: { 'Segment.io': segmentIo } },",
    ');',
  ].join('\n');
  const analyticsNode = [
    "import { Analytics } from '@segment/analytics-node';",
    '',
    'export const analytics = new Analytics({',
    '  writeKey: process.env.SEGMENT_WRITE_KEY,',
    `  host: '${url.origin}',`,
    `  path: '${base}/v1/batch',`,
    '});',
  ].join('\n');
  return { analyticsJs, analyticsNode };
}
