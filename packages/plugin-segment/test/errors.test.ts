import { withTempDir } from '@reflekt/compiler/testing';
import { describe, expect, it } from 'vitest';
import { pullWith, pushWith } from './helpers/compiler.js';
import { jsonProject, segmentCodes } from './helpers/json-project.js';
import { makeProject, reflekt, removeProject } from './helpers/project.js';
import { schemaFile, text } from './helpers/schemas.js';
import { useSegmentServer } from './helpers/use-server.js';

const api = useSegmentServer();
const env = { SEGMENT_API_TOKEN: 'test-token' };
const fast = () => ({ baseUrl: api.server.url, retries: 2, retryDelayMs: 1 });
const schemas = () => Object.fromEntries([schemaFile('web_shop', 'Signed Up', '1-0', { plan: text('Plan.') })]);

describe('error diagnostics', () => {
  it('without a token: RK5201 through the CLI, exit 1, no request sent', async () => {
    const dir = await makeProject({ baseUrl: api.server.url });
    try {
      const result = await reflekt(dir, ['pull', 'segment', '--plan', 'Web Shop'], {});
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('No Segment Public API token: the environment variable `SEGMENT_API_TOKEN` is not set. [RK5201]');
      expect(api.server.requests).toEqual([]);
    } finally {
      await removeProject(dir);
    }
  });

  it('names the failure of each kind of API error', async () => {
    api.server.addPlan('Web Shop');
    api.server.addPlan('Web Shop Copy').name = 'Web Shop';
    const cases: [string, () => Promise<readonly { code: string; message: string }[]>, string, string][] = [
      [
        'bad token',
        async () => (await pullWith(dir, fast(), { plan: 'x' }, { SEGMENT_API_TOKEN: 'nope' })).diagnostics,
        'RK5202',
        'refused the token (HTTP 401)',
      ],
      ['unknown plan', async () => (await pullWith(dir, fast(), { plan: 'Nope' }, env)).diagnostics, 'RK5203', 'No tracking plan `Nope`'],
      ['no plan named', async () => (await pullWith(dir, fast(), {}, env)).diagnostics, 'RK5204', 'Which tracking plan?'],
      [
        'two plans named alike',
        async () => (await pullWith(dir, fast(), { plan: 'Web Shop' }, env)).diagnostics,
        'RK5204',
        'Several tracking plans match `Web Shop`',
      ],
      [
        'unknown plan id on push',
        async () => (await pushWith(dir, fast(), { plan: 'tp_nope' }, env)).diagnostics,
        'RK5203',
        'No tracking plan `tp_nope`',
      ],
      [
        'bad --mode',
        async () => (await pushWith(dir, fast(), { plan: 'New', mode: 'merge' }, env)).diagnostics,
        'RK5217',
        '`--mode merge`',
      ],
      [
        'bad --region',
        async () => (await pushWith(dir, fast(), { plan: 'New', region: 'ap' }, env)).diagnostics,
        'RK5217',
        '`--region ap`',
      ],
      [
        'no plan folder',
        async () => (await pushWith(dir, { ...fast(), folder: 'other' }, { plan: 'New' }, env)).diagnostics,
        'RK5214',
        'nothing under `other/`',
      ],
    ];
    let dir = '';
    await withTempDir(async (tmp) => {
      dir = tmp;
      await jsonProject(dir, schemas());
      for (const [label, act, code, text] of cases) {
        const diagnostics = await act();
        const own = diagnostics.filter((d) => d.code.startsWith('RK52'));
        expect(
          own.map((d) => d.code),
          label,
        ).toEqual([code]);
        expect(own[0]?.message, label).toContain(text);
      }
    });
    expect(api.server.writes).toEqual([]);
  });

  it('reports a plan that disappears between finding it and reading its rules (RK5216)', async () => {
    const plan = api.server.addPlan('Web Shop');
    api.server.inject({ status: 404, when: (r) => r.method === 'GET' && r.path.endsWith(`/tracking-plans/${plan.id}/rules`) });
    await withTempDir(async (dir) => {
      await jsonProject(dir, schemas());
      const own = (await pullWith(dir, fast(), { plan: 'Web Shop' }, env)).diagnostics.filter((d) => d.code.startsWith('RK52'));
      expect(own.map((d) => d.code)).toEqual(['RK5216']);
      expect(own[0]?.message).toContain('Segment answered 404');
    });
  });

  it('reports a rejected rule with the field Segment names, and an outage after the retries', async () => {
    await withTempDir(async (dir) => {
      await jsonProject(dir, schemas());
      api.server.inject({ status: 422, when: (r) => r.method === 'PATCH' });
      const rejected = await pushWith(dir, fast(), { plan: 'Web Shop' }, env);
      expect(segmentCodes(rejected.diagnostics)).toEqual(['RK5205']);
      expect(rejected.diagnostics.at(-1)?.message).toMatch(
        /^Segment rejected `PATCH \/tracking-plans\/tp_\w+\/rules` \(HTTP 422\): input-validation: "id" is required \(field `id`\)$/,
      );

      api.server.inject(
        ...Array.from({ length: 3 }, () => ({ status: 503, when: (r: { method: string; path: string }) => r.path.endsWith('/rules') })),
      );
      const down = await pushWith(dir, fast(), { plan: 'Web Shop' }, env);
      expect(segmentCodes(down.diagnostics)).toEqual(['RK5206']);
      expect(down.diagnostics.at(-1)?.message).toMatch(
        /did not answer `GET \/tracking-plans\/tp_\w+\/rules\?pagination.count=200` after 3 attempts: HTTP 503/,
      );
      expect(down.logs.filter((l) => l.includes('answered HTTP 503'))).toHaveLength(2);
    });
  });
});
