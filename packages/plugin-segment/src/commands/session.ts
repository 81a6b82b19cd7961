import type { CommandContext } from '@reflekt/compiler';
import { SegmentClient } from '../api/client.js';
import { report } from '../diagnostics.js';
import { PLUGIN_NAME, REGION_HOSTS, type ResolvedSegmentOptions } from '../options.js';

/** The plugin version sent in the User-Agent. */
const USER_AGENT = 'reflekt-plugin-segment/0.1.0';

/**
 * A Public API client for one command, or `undefined` after reporting why there is none (no
 * token, a bad `--region`). Retries are logged, so a slow run says why it is slow.
 */
export function openClient(ctx: CommandContext, options: ResolvedSegmentOptions): SegmentClient | undefined {
  const token = ctx.env[options.tokenEnv];
  if (token === undefined || token.trim() === '') {
    report(ctx.diagnostics, 'RK5201', { env: options.tokenEnv });
    return undefined;
  }
  const region = ctx.options.region ?? options.region;
  if (region !== 'us' && region !== 'eu') {
    report(ctx.diagnostics, 'RK5217', { flag: 'region', value: String(region), allowed: '`us` or `eu`' });
    return undefined;
  }
  const baseUrl = options.baseUrl ?? REGION_HOSTS[region];
  return new SegmentClient(
    {
      baseUrl,
      token: token.trim(),
      fetch: options.fetch ?? globalThis.fetch,
      retries: options.retries,
      retryDelayMs: options.retryDelayMs,
      maxRetryAfterSeconds: options.maxRetryAfterSeconds,
      timeoutMs: options.timeoutMs,
      userAgent: USER_AGENT,
      signal: ctx.signal,
      onRetry: (info) =>
        ctx.log(
          `${PLUGIN_NAME}: ${info.method} ${info.path} answered ${info.reason}; retry ${info.attempt} of ${options.retries} in ${(info.delayMs / 1000).toFixed(1)} s`,
        ),
    },
    options.pageSize,
  );
}
