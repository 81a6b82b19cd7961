import { withTempDir } from '@reflekt/compiler/testing';
import { describe, expect, it } from 'vitest';
import segment, { planSlug, resolveOptions } from '../src/index.js';
import { pullWith } from './helpers/compiler.js';
import { jsonProject } from './helpers/json-project.js';

describe('options', () => {
  it('fills in the defaults', () => {
    expect(resolveOptions(undefined)).toEqual({
      region: 'us',
      mode: 'upsert',
      tokenEnv: 'SEGMENT_API_TOKEN',
      retries: 4,
      retryDelayMs: 500,
      maxRetryAfterSeconds: 120,
      timeoutMs: 30000,
      pageSize: 200,
      batchSize: 100,
      planType: 'LIVE',
    });
  });

  it('rejects a wrong option with RK7005, naming it', () => {
    for (const [options, field] of [
      [{ region: 'ap' }, 'region'],
      [{ pageSize: 500 }, 'pageSize'],
      [{ baseUrl: 'api.segmentapis.com' }, 'baseUrl'],
      [{ folder: 'a/b' }, 'folder'],
      [{ token: 'secret' }, 'token'],
    ] as const) {
      let error: unknown;
      try {
        segment(options as never);
      } catch (e) {
        error = e;
      }
      const diagnostics = (error as { diagnostics?: { code: string; message: string; pointer?: string }[] }).diagnostics ?? [];
      expect(
        diagnostics.map((d) => d.code),
        field,
      ).toEqual(['RK7005']);
      expect(`${diagnostics[0]?.message} ${diagnostics[0]?.pointer}`, field).toContain(field);
    }
    expect(() => segment({ fetch: 'nope' as never })).toThrow(/fetch must be a function/);
  });

  it('talks to the EU host with region eu, sending the token from the environment', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    // Stands in for the network: the plugin's whole request path runs, nothing leaves the machine.
    const fetch: typeof globalThis.fetch = async (input, init) => {
      seen.push({ url: String(input), auth: new Headers(init?.headers).get('authorization') });
      return new Response(JSON.stringify({ data: { trackingPlans: [], pagination: { current: 'MA==' } } }));
    };
    await withTempDir(async (dir) => {
      await jsonProject(dir);
      const { diagnostics } = await pullWith(dir, { region: 'eu', fetch, tokenEnv: 'MY_TOKEN' }, {}, { MY_TOKEN: 'eu-token' });
      expect(diagnostics.map((d) => d.message)).toEqual(['The workspace has no tracking plan.']);
    });
    expect(seen).toEqual([{ url: 'https://eu1.api.segmentapis.com/tracking-plans?pagination.count=200', auth: 'Bearer eu-token' }]);
  });

  it('slugs plan names into folder names', () => {
    expect(['Online Shop', 'Web + iOS', 'Café Plan', '---', 'tp_ABC'].map(planSlug)).toEqual([
      'online_shop',
      'web_ios',
      'cafe_plan',
      'segment',
      'tp_abc',
    ]);
  });
});
