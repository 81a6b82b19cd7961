import type { EventSchema } from '@reflekt/compiler';
import { describe, expect, it } from 'vitest';
import docs, { defaultDbtModel, defaultTypedFunction, resolveOptions } from '../src/index.js';

const event = (name: string, kind: EventSchema['kind'], major = 1): EventSchema =>
  ({ name, kind, plan: 'online_shop', version: { major, minor: 0 } }) as EventSchema;

describe('options', () => {
  it('defaults to docs/, Markdown and HTML, lenient diffs', () => {
    expect(resolveOptions(undefined)).toEqual({ outDir: 'docs', formats: ['markdown', 'html'], links: {}, mode: 'lenient' });
  });

  it('rejects unknown options and wrong values (RK7005)', () => {
    expect(() => docs({ outdir: 'x' } as never)).toThrow(/outdir|additional/i);
    expect(() => docs({ formats: ['pdf'] } as never)).toThrow();
    expect(() => docs({ links: { dbtModel: 'stg_x' } } as never)).toThrow(/links.dbtModel must be a function/);
  });
});

describe('default link names', () => {
  it("follow plugin-dbt's Segment model names", () => {
    expect(defaultDbtModel(event('Order Completed', 'track'))).toBe('stg_online_shop__order_completed');
    expect(defaultDbtModel(event('userID Changed', 'track'))).toBe('stg_online_shop__user_id_changed');
    expect(defaultDbtModel(event('Identify', 'identify'))).toBe('stg_online_shop__identifies');
    expect(defaultDbtModel(event('Page Viewed', 'page'))).toBe('stg_online_shop__pages');
  });

  it("follow plugin-types' function names", () => {
    expect(defaultTypedFunction(event('Order Completed', 'track'))).toBe('orderCompleted');
    expect(defaultTypedFunction(event('Order Completed', 'track', 2))).toBe('orderCompletedV2');
    expect(defaultTypedFunction(event('Group', 'group'))).toBe('group');
  });
});
