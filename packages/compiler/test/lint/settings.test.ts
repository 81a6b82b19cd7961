import { describe, expect, it } from 'vitest';
import type { RuleSetting } from '../../src/config/types.js';
import { resolveRuleSetting } from '../../src/lint/settings.js';

describe('resolveRuleSetting', () => {
  const cases: [string, { given: RuleSetting | undefined; want: ReturnType<typeof resolveRuleSetting> }][] = [
    ['unset keeps the default', { given: undefined, want: { severity: 'error', options: {} } }],
    ['error', { given: 'error', want: { severity: 'error', options: {} } }],
    ['warn means warning', { given: 'warn', want: { severity: 'warning', options: {} } }],
    ['warning', { given: 'warning', want: { severity: 'warning', options: {} } }],
    ['info', { given: 'info', want: { severity: 'info', options: {} } }],
    ['off', { given: 'off', want: null }],
    ['[severity, options]', { given: ['warn', { max: 3 }], want: { severity: 'warning', options: { max: 3 } } }],
    ['[off, options]', { given: ['off', { max: 3 }], want: null }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(resolveRuleSetting(given, 'error')).toEqual(want);
  });

  it('keeps a rule that is off by default off until config gives it a severity', () => {
    expect(resolveRuleSetting(undefined, 'off')).toBeNull();
    expect(resolveRuleSetting('warn', 'off')).toEqual({ severity: 'warning', options: {} });
    expect(resolveRuleSetting(['error', { x: 1 }], 'off')).toEqual({ severity: 'error', options: { x: 1 } });
  });
});
