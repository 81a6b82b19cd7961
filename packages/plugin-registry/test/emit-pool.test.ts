import { expect, test } from 'vitest';
import { compileInPool, type PoolJob, type StandaloneResult } from '../src/emit/index.js';

/** Schemas that exercise formats, enums, patterns, nested objects and a broken `$ref`, all different. */
function jobs(count: number): PoolJob[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `bench/Event_${i}/1-0.json`;
    const schema = {
      $id: id,
      type: 'object',
      properties: {
        [`field_${i}`]: { type: 'string', format: i % 2 === 0 ? 'date-time' : 'email' },
        level: { enum: ['a', 'b', `c${i}`] },
        code: { type: 'string', pattern: `^[A-Z]{${1 + (i % 4)}}$`, minLength: 1 },
        nested: { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' }, uniqueItems: true } } },
        ...(i === 7 ? { broken: { $ref: '#/definitions/missing' } } : {}),
      },
      required: ['level'],
      additionalProperties: false,
    };
    return { id, json: JSON.stringify(schema) };
  });
}

test('worker threads give byte-identical sources in the order of the jobs, errors included', async () => {
  const all = jobs(60);
  const local: StandaloneResult[] = [];
  await compileInPool(
    all,
    (index, result) => {
      local[index] = result;
    },
    0,
  );
  const pooled: StandaloneResult[] = [];
  let calls = 0;
  await compileInPool(
    all,
    (index, result) => {
      expect(pooled[index]).toBeUndefined();
      pooled[index] = result;
      calls++;
    },
    2,
  );
  expect(calls).toBe(all.length);
  expect(pooled).toEqual(local);
  const broken = local[7] as { error?: string };
  expect(broken.error).toMatch(/missing/);
  const ok = local[0] as { firstError: string; allErrors: string };
  expect(ok.firstError).toContain('fastFormats');
  expect(ok.allErrors).toContain('must match format');
});
