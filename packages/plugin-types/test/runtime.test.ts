import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  $group,
  $identify,
  $page,
  $screen,
  $track,
  type Adapter,
  analyticsNext,
  analyticsNode,
  createTracker,
  genericClient,
  type Message,
  type Tracker,
  TrackingPlanViolation,
  type ValidateFunction,
  type Validators,
} from '../templates/runtime.js';

let tracker: Tracker | undefined;
afterEach(() => {
  tracker?.close();
  tracker = undefined;
  vi.restoreAllMocks();
});

function recorder(): { adapter: Adapter; sent: Message[] } {
  const sent: Message[] = [];
  return { adapter: (m) => sent.push(m), sent };
}

/** A validator that accepts payloads whose `ok` is true, with Ajv's error shape otherwise. */
const okValidator: ValidateFunction = Object.assign(
  (data: unknown): boolean => {
    const ok = (data as { ok?: unknown }).ok === true;
    okValidator.errors = ok
      ? null
      : [{ instancePath: '/ok', schemaPath: '#/properties/ok/const', keyword: 'const', params: {}, message: 'must be equal to constant' }];
    return ok;
  },
  { errors: null },
);
const validators = (mode: Validators['mode']): Validators => ({ mode, byId: { 's/E/1-0.json': okValidator } });

describe('runtime: sending', () => {
  it('throws a clear error before createTracker', () => {
    expect(() => $track('E', 's/E/1-0.json', {}, undefined)).toThrow('Reflekt: call createTracker() before tracking');
  });

  it('copies the payload (Dates become ISO strings, undefined members go) and adds schema_id', () => {
    const { adapter, sent } = recorder();
    tracker = createTracker(adapter);
    const payload = { at: new Date(Date.UTC(2024, 0, 2)), list: [new Date(0)], nested: { gone: undefined, kept: null } };
    $track('Thing Happened', 's/Thing_Happened/1-0.json', payload, {
      userId: 'u1',
      context: { ip: '1.2.3.4' },
      integrations: { All: false },
    });
    payload.nested.kept = 'changed later' as never;
    expect(sent).toEqual([
      {
        type: 'track',
        event: 'Thing Happened',
        userId: 'u1',
        context: { ip: '1.2.3.4' },
        integrations: { All: false },
        properties: {
          at: '2024-01-02T00:00:00.000Z',
          list: ['1970-01-01T00:00:00.000Z'],
          nested: { kept: null },
          schema_id: 's/Thing_Happened/1-0.json',
        },
      },
    ]);
  });

  it('puts traits on identify and group, name/category on page and screen, groupId on group', () => {
    const { adapter, sent } = recorder();
    tracker = createTracker(adapter);
    $identify('s/Identify/1-0.json', { plan: 'free' }, { anonymousId: 'a1', timestamp: '2024-01-01T00:00:00Z', messageId: 'm1' });
    $page('s/Page/1-0.json', undefined, { name: 'Home', category: 'Shop' });
    $screen('s/Screen/1-0.json', { x: 1 }, { name: 'Start' });
    $group('s/Group/1-0.json', { name: 'Acme' }, { groupId: 'g1' });
    expect(sent).toEqual([
      {
        type: 'identify',
        anonymousId: 'a1',
        timestamp: '2024-01-01T00:00:00Z',
        messageId: 'm1',
        traits: { plan: 'free', schema_id: 's/Identify/1-0.json' },
      },
      { type: 'page', name: 'Home', category: 'Shop', properties: { schema_id: 's/Page/1-0.json' } },
      { type: 'screen', name: 'Start', properties: { x: 1, schema_id: 's/Screen/1-0.json' } },
      { type: 'group', groupId: 'g1', traits: { name: 'Acme', schema_id: 's/Group/1-0.json' } },
    ]);
  });

  it('schemaIdIn: "context" keeps the payload as given and merges into the caller context', () => {
    const { adapter, sent } = recorder();
    tracker = createTracker(adapter, { schemaIdIn: 'context' });
    $track('E', 's/E/1-0.json', { a: 1 }, { context: { ip: '1.2.3.4' } });
    expect(sent).toEqual([{ type: 'track', event: 'E', context: { ip: '1.2.3.4', schema_id: 's/E/1-0.json' }, properties: { a: 1 } }]);
  });

  it('fans out to several adapters, passes the callback, and close() uninstalls', () => {
    const a = recorder();
    const b = recorder();
    const callback = vi.fn();
    tracker = createTracker(
      [
        a.adapter,
        (m, cb) => {
          b.adapter(m);
          cb?.();
        },
      ],
      {},
    );
    $track('E', 's/E/1-0.json', {}, { callback });
    expect(a.sent).toHaveLength(1);
    expect(b.sent).toHaveLength(1);
    expect(callback).toHaveBeenCalledOnce();
    tracker.close();
    expect(() => $track('E', 's/E/1-0.json', {}, undefined)).toThrow(/createTracker/);
  });
});

describe('runtime: validation', () => {
  it('is off without validators, and off when asked even with them', () => {
    const { adapter, sent } = recorder();
    tracker = createTracker(adapter);
    $track('E', 's/E/1-0.json', { ok: false });
    tracker = createTracker(adapter, { validators: validators('throw'), validate: 'off' });
    $track('E', 's/E/1-0.json', { ok: false });
    expect(sent).toHaveLength(2);
  });

  it("'warn' (the build's default mode here) logs one line and still sends", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { adapter, sent } = recorder();
    tracker = createTracker(adapter, { validators: validators('warn') });
    $track('E', 's/E/1-0.json', { ok: false });
    $track('E', 's/E/1-0.json', { ok: true });
    expect(warn.mock.calls).toEqual([['Reflekt: track "E" does not match s/E/1-0.json: /ok must be equal to constant']]);
    expect(sent).toHaveLength(2);
  });

  it("'throw' throws a TrackingPlanViolation with the errors and sends nothing", () => {
    const { adapter, sent } = recorder();
    tracker = createTracker(adapter, { validators: validators('warn'), validate: 'throw' });
    let caught: unknown;
    try {
      $identify('s/E/1-0.json', { ok: 'no' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TrackingPlanViolation);
    expect((caught as TrackingPlanViolation).violation).toEqual({
      schemaId: 's/E/1-0.json',
      type: 'identify',
      errors: okValidator.errors,
      message: 'identify does not match s/E/1-0.json: /ok must be equal to constant',
    });
    expect(sent).toEqual([]);
  });

  it('onViolation replaces warn and throw; the message is sent afterwards', () => {
    const seen: string[] = [];
    const { adapter, sent } = recorder();
    tracker = createTracker(adapter, { validators: validators('throw'), onViolation: (v) => seen.push(v.message) });
    $track('E', 's/E/1-0.json', { ok: false });
    expect(seen).toEqual(['track "E" does not match s/E/1-0.json: /ok must be equal to constant']);
    expect(sent).toHaveLength(1);
  });

  it('validates the payload before schema_id is added, with Dates already serialised', () => {
    const seen: unknown[] = [];
    const spy: ValidateFunction = (data) => {
      seen.push({ ...(data as object) });
      return true;
    };
    tracker = createTracker(() => {}, { validators: { mode: 'throw', byId: { 's/E/1-0.json': spy } } });
    $track('E', 's/E/1-0.json', { at: new Date(0) });
    expect(seen).toEqual([{ at: '1970-01-01T00:00:00.000Z' }]);
  });
});

describe('runtime: adapters', () => {
  it('analyticsNode: one message object per call, without `type`, and the callback', () => {
    const calls: unknown[][] = [];
    const method =
      (name: string) =>
      (...args: unknown[]): void => {
        calls.push([name, ...args]);
      };
    const client = {
      track: method('track'),
      identify: method('identify'),
      page: method('page'),
      screen: method('screen'),
      group: method('group'),
    };
    const done = vi.fn();
    tracker = createTracker(analyticsNode(client));
    $track('E', 's/E/1-0.json', { a: 1 }, { userId: 'u1', callback: done });
    $screen('s/S/1-0.json', {}, { anonymousId: 'a1', name: 'Home' });
    expect(calls[0]?.slice(0, 2)).toEqual(['track', { event: 'E', userId: 'u1', properties: { a: 1, schema_id: 's/E/1-0.json' } }]);
    const callback = calls[0]?.[2] as (e?: unknown) => void;
    callback('boom');
    expect(done).toHaveBeenCalledWith('boom');
    expect(calls[1]).toEqual(['screen', { anonymousId: 'a1', name: 'Home', properties: { schema_id: 's/S/1-0.json' } }]);
  });

  it("analyticsNext: analytics.js's positional arguments; screen falls back to page", () => {
    const calls: unknown[][] = [];
    const method =
      (name: string) =>
      (...args: unknown[]): void => {
        calls.push([name, ...args]);
      };
    tracker = createTracker(
      analyticsNext({ track: method('track'), identify: method('identify'), page: method('page'), group: method('group') }),
    );
    $track('E', 's/E/1-0.json', { a: 1 }, { context: { ip: 'x' }, anonymousId: 'a1', userId: 'ignored-by-analytics-js' });
    $identify('s/I/1-0.json', { plan: 'free' }, { userId: 'u1' });
    $page('s/P/1-0.json', {}, { name: 'Home' });
    $screen('s/S/1-0.json', {}, {});
    $group('s/G/1-0.json', {}, { groupId: 'g1', integrations: { All: true } });
    expect(calls).toEqual([
      ['track', 'E', { a: 1, schema_id: 's/E/1-0.json' }, { context: { ip: 'x' }, anonymousId: 'a1' }, undefined],
      ['identify', 'u1', { plan: 'free', schema_id: 's/I/1-0.json' }, {}, undefined],
      ['page', null, 'Home', { schema_id: 's/P/1-0.json' }, {}, undefined],
      ['page', null, null, { schema_id: 's/S/1-0.json' }, {}, undefined],
      ['group', 'g1', { schema_id: 's/G/1-0.json' }, { integrations: { All: true } }, undefined],
    ]);
  });

  it('genericClient: the whole message to the method of its type', () => {
    const got: Message[] = [];
    const push = (m: Message): void => {
      got.push(m);
    };
    tracker = createTracker(
      genericClient({ track: push, identify: push, page: push, group: push, screen: (m) => got.push({ ...m, name: 'via screen' }) }),
    );
    $track('E', 's/E/1-0.json', {});
    $screen('s/S/1-0.json', {}, {});
    expect(got.map((m) => [m.type, 'name' in m ? m.name : undefined])).toEqual([
      ['track', undefined],
      ['screen', 'via screen'],
    ]);
  });
});
