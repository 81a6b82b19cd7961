import { describe, expect, it } from 'vitest';
import { combine, compatibilityOf, reverse } from '../../src/breaking/compatibility.js';
import { pairEvents } from '../../src/breaking/pair-events.js';
import type { Compatibility } from '../../src/breaking/types.js';
import { checkVersion, idWithVersion } from '../../src/breaking/version-check.js';
import type { EventSchema, SchemaVersion } from '../../src/ir/types.js';

const v = (text: string): SchemaVersion => {
  const [major = 0, minor = 0, addition] = text.split('-').map(Number);
  return addition === undefined ? { major, minor } : { major, minor, addition };
};

const event = (id: string, name = id.split('/')[1]?.replace(/_/g, ' ') ?? id): EventSchema => ({
  id,
  kind: 'track',
  name,
  vendor: 'com.test',
  plan: 'shop',
  version: v(id.split('/').at(-1)?.replace('.json', '') ?? '1-0'),
  description: '',
  metadata: {},
  format: 'reflekt-json',
  schema: { type: 'object' },
  source: { file: `schemas/${id}`, pointer: '' },
});

describe('compatibility algebra', () => {
  it('combines directions, and reverses', () => {
    expect(compatibilityOf(true, true)).toBe('FULL');
    expect(compatibilityOf(false, false)).toBe('NONE');
    expect(combine([])).toBe('FULL');
    expect(combine(['BACKWARD', 'FULL'])).toBe('BACKWARD');
    expect(combine(['BACKWARD', 'FORWARD'])).toBe('NONE');
    expect(reverse('BACKWARD')).toBe('FORWARD');
    expect(reverse('NONE')).toBe('NONE');
  });
});

describe('checkVersion', () => {
  const cases: [string, { given: [string, string, Compatibility[]]; want: string }][] = [
    ['no change in place', { given: ['1-0', '1-0', []], want: 'none - ok' }],
    ['compatible change in place (a MINOR may be edited in place)', { given: ['1-0', '1-0', ['BACKWARD', 'FULL']], want: 'none MINOR ok' }],
    ['breaking change in place', { given: ['1-0', '1-0', ['BACKWARD', 'FORWARD']], want: 'none MAJOR major-required' }],
    ['breaking change as a MINOR version', { given: ['1-0', '1-1', ['NONE']], want: 'minor MAJOR major-required' }],
    ['compatible change as a MINOR version', { given: ['1-0', '1-1', ['BACKWARD']], want: 'minor MINOR ok' }],
    ['breaking change as a MAJOR version', { given: ['1-3', '2-0', ['FORWARD']], want: 'major MAJOR ok' }],
    ['compatible change as a MAJOR version', { given: ['1-0', '2-0', ['BACKWARD']], want: 'major MINOR unneeded-major' }],
    ['MAJOR version without a change', { given: ['1-0', '2-0', []], want: 'major - unneeded-major' }],
    ['Iglu ADDITION counts as MINOR', { given: ['1-0-0', '1-0-1', ['FORWARD']], want: 'minor MAJOR major-required' }],
    ['Iglu MODEL counts as MAJOR', { given: ['1-0-1', '2-0-0', ['FORWARD']], want: 'major MAJOR ok' }],
  ];
  it.each(cases)('%s', (_, { given: [from, to, changes], want }) => {
    const r = checkVersion(
      v(from),
      v(to),
      changes.map((compatibility) => ({ compatibility })),
    );
    expect(`${r.bump} ${r.requiredBump ?? '-'} ${r.verdict}`).toBe(want);
  });
});

describe('idWithVersion', () => {
  it('replaces the version segment of Reflekt and Iglu ids', () => {
    expect(idWithVersion('shop/Order_Completed/1-3.json', { major: 2, minor: 0 })).toBe('shop/Order_Completed/2-0.json');
    expect(idWithVersion('com.acme/click/jsonschema/1-0-2', { major: 2, minor: 0, addition: 0 })).toBe('com.acme/click/jsonschema/2-0-0');
  });
});

describe('pairEvents', () => {
  it('pairs by id, else with the latest lower version of the same event', () => {
    const previous = ['shop/A/1-0.json', 'shop/A/1-1.json', 'shop/A/2-0.json', 'shop/B/1-0.json', 'shop/C/1-0.json', 'shop/D/2-0.json'].map(
      (id) => event(id),
    );
    const current = ['shop/A/1-1.json', 'shop/A/1-2.json', 'shop/A/3-0.json', 'shop/B/2-0.json', 'shop/D/1-0.json', 'shop/E/1-0.json'].map(
      (id) => event(id),
    );
    const { pairs, removed } = pairEvents(previous, current);
    expect(pairs.map((p) => `${p.current.id} ${p.how} ${p.previous?.id ?? '-'}`)).toEqual([
      'shop/A/1-1.json same-id shop/A/1-1.json',
      'shop/A/1-2.json new-version shop/A/1-1.json',
      'shop/A/3-0.json new-version shop/A/2-0.json',
      'shop/B/2-0.json new-version shop/B/1-0.json',
      'shop/D/1-0.json added -',
      'shop/E/1-0.json added -',
    ]);
    expect(removed.map((e) => e.id)).toEqual([
      'shop/A/1-0.json',
      'shop/A/2-0.json',
      'shop/B/1-0.json',
      'shop/C/1-0.json',
      'shop/D/2-0.json',
    ]);
  });

  it('reports an in-place rename of the event as a breaking change', async () => {
    const { compareEvents } = await import('../../src/breaking/compare-events.js');
    const before = event('shop/A/1-0.json', 'A');
    const after = { ...event('shop/A/1-0.json', 'A Renamed'), kind: 'page' as const };
    expect(compareEvents(before, after, 'strict').map((c) => `${c.kind} ${c.filePointer} ${c.compatibility}`)).toEqual([
      'event-renamed /self/name NONE',
      'event-kind-changed /self/kind NONE',
    ]);
  });
});
