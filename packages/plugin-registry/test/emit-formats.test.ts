import { Compiler, loadConfig } from '@reflekt/compiler';
import { afterAll, expect, test } from 'vitest';
import { emitRegistry, type ValidatorModule } from '../src/index.js';
import { cleanupFixtures, writeFixture } from './helpers/registry-fixture.js';

afterAll(cleanupFixtures);

test('formats implemented by functions (int32, regex) bundle ajv-formats and check values', async () => {
  const dir = writeFixture({
    edit: (schemas) => {
      const identify = schemas['shop/Identify/1-0.json'] as { properties: Record<string, object> };
      identify.properties.visits = { type: 'integer', format: 'int32', description: 'Visits.' };
      identify.properties.filter = { type: 'string', format: 'regex', description: 'Saved search pattern.' };
      identify.properties.birthday = { type: 'string', format: 'date', description: 'Birthday.' };
    },
  });
  const plan = await new Compiler({ ...(await loadConfig({ cwd: dir })), plugins: [] }).loadPlan();
  const artifacts = await emitRegistry(plan);
  expect(artifacts.problems).toEqual([]);
  const code = artifacts.files.find((f) => f.path === 'shop/Identify/1-0.validate.js')?.contents ?? '';
  const { default: validate }: ValidatorModule = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  expect(validate({ plan: 'free', visits: 2 ** 31 - 1, filter: '^a+$', birthday: '2000-02-29' })).toBe(true);
  expect(validate({ plan: 'free', visits: 2 ** 31 })).toBe(false);
  expect(validate({ plan: 'free', filter: '(unclosed' })).toBe(false);
  // Fast mode: the date format is a regular expression, so the shape is checked, not the calendar.
  expect(validate({ plan: 'free', birthday: '2000-1-01' })).toBe(false);
  expect(validate({ plan: 'free', birthday: '2000-13-01' })).toBe(true);
});
