import type { EventKind, EventSchema } from '@reflekt/compiler';
import { describe, expect, it } from 'vitest';
import { type Entry, selectEntries } from '../src/entries.js';
import { assignNames, camelCase, pascalCase, safeIdentifier, TypeNamer, words } from '../src/naming.js';

function event(plan: string, name: string, version: string, kind: EventKind = 'track'): EventSchema {
  const [major = 1, minor = 0] = version.split('-').map(Number);
  return {
    id: `${plan}/${name.replace(/ /g, '_')}/${version}.json`,
    kind,
    name,
    vendor: 'com.test',
    plan,
    version: { major, minor },
    description: '',
    metadata: {},
    format: 'reflekt-json',
    schema: { type: 'object' },
    source: { file: `schemas/${plan}/${name}/${version}.json`, pointer: '' },
  };
}

function fnNames(events: EventSchema[], options: { functionPrefix?: string; names?: { [k: string]: string } } = {}): string[] {
  const entries = selectEntries(events);
  const { names } = assignNames(entries, { functionPrefix: options.functionPrefix ?? '', names: options.names ?? {} });
  return entries.map((e: Entry) => `${e.event.id} ${names.get(e)?.fn} ${names.get(e)?.type}`);
}

describe('words and cases', () => {
  const cases: Array<[string, string[], string, string]> = [
    ['Order Completed', ['Order', 'Completed'], 'orderCompleted', 'OrderCompleted'],
    ['order_completed', ['order', 'completed'], 'orderCompleted', 'OrderCompleted'],
    ['orderCompleted', ['order', 'Completed'], 'orderCompleted', 'OrderCompleted'],
    ['Order-Completed!', ['Order', 'Completed'], 'orderCompleted', 'OrderCompleted'],
    ['URL Opened', ['URL', 'Opened'], 'urlOpened', 'URLOpened'],
    ['HTTPServer Started', ['HTTP', 'Server', 'Started'], 'httpServerStarted', 'HTTPServerStarted'],
    ['Café Visited', ['Cafe', 'Visited'], 'cafeVisited', 'CafeVisited'],
    ['42 starts with digit', ['42', 'starts', 'with', 'digit'], '42StartsWithDigit', '42StartsWithDigit'],
    ['注文', [], '', ''],
  ];
  for (const [given, list, camel, pascal] of cases) {
    it(`${JSON.stringify(given)} → ${camel || '(no words)'}`, () => {
      expect(words(given)).toEqual(list);
      expect(camelCase(list)).toBe(camel);
      expect(pascalCase(list)).toBe(pascal);
    });
  }

  it('safeIdentifier: reserved words and runtime exports get `_` after, a leading digit `_` before', () => {
    expect(['delete', 'new', 'await', 'default', 'createTracker', '42go', 'orderCompleted'].map(safeIdentifier)).toEqual([
      'delete_',
      'new_',
      'await_',
      'default_',
      'createTracker_',
      '_42go',
      'orderCompleted',
    ]);
  });

  it('TypeNamer hands out Name, Name2, Name3 and never a reserved one', () => {
    const namer = new TypeNamer(['Date']);
    expect([namer.take('Date'), namer.take('Money'), namer.take('Money'), namer.take('9Lives')]).toEqual([
      'Date2',
      'Money',
      'Money2',
      '_9Lives',
    ]);
  });
});

describe('assignNames', () => {
  it('one function per major, from its latest minor; V<major> from 2 on', () => {
    const events = [event('p', 'Order Completed', '1-0'), event('p', 'Order Completed', '2-0'), event('p', 'Order Completed', '2-1')];
    expect(fnNames(events)).toEqual([
      'p/Order_Completed/1-0.json orderCompleted OrderCompletedProperties',
      'p/Order_Completed/2-1.json orderCompletedV2 OrderCompletedV2Properties',
    ]);
  });

  it('identify/group/page/screen take the call name when their plan has one such event, else the event name', () => {
    const events = [
      event('p', 'Identify', '1-0', 'identify'),
      event('p', 'Group', '1-0', 'group'),
      event('p', 'Home Viewed', '1-0', 'page'),
      event('p', 'Cart Viewed', '1-0', 'page'),
      event('p', 'App Opened', '1-0', 'screen'),
    ];
    expect(fnNames(events)).toEqual([
      'p/App_Opened/1-0.json screen ScreenProperties',
      'p/Cart_Viewed/1-0.json cartViewed CartViewedProperties',
      'p/Group/1-0.json group GroupTraits',
      'p/Home_Viewed/1-0.json homeViewed HomeViewedProperties',
      'p/Identify/1-0.json identify IdentifyTraits',
    ]);
  });

  it('a prefix applies to track function names only, not to types; `names` renames by event or by plan/event', () => {
    const events = [
      event('p', 'Order Completed', '1-0'),
      event('p', 'Order Completed', '2-0'),
      event('p', 'Signed Up', '1-0'),
      event('p', 'Identify', '1-0', 'identify'),
    ];
    expect(fnNames(events, { functionPrefix: 'track', names: { 'p/Signed Up': 'register' } })).toEqual([
      'p/Identify/1-0.json identify IdentifyTraits',
      'p/Order_Completed/1-0.json trackOrderCompleted OrderCompletedProperties',
      'p/Order_Completed/2-0.json trackOrderCompletedV2 OrderCompletedV2Properties',
      'p/Signed_Up/1-0.json register RegisterProperties',
    ]);
  });

  it('a name derived in several plans gets the plan in front; one plan keeps the plain name', () => {
    const events = [event('web', 'Signed Up', '1-0'), event('ios', 'Signed Up', '1-0'), event('web', 'Clicked', '1-0')];
    expect(fnNames(events)).toEqual([
      'ios/Signed_Up/1-0.json iosSignedUp IosSignedUpProperties',
      'web/Clicked/1-0.json clicked ClickedProperties',
      'web/Signed_Up/1-0.json webSignedUp WebSignedUpProperties',
    ]);
  });

  it('a clash inside one plan: `_2` in schema id order, reported once', () => {
    const entries = selectEntries([event('p', 'Order Completed', '1-0'), event('p', 'order completed', '1-0')]);
    const { names, collisions } = assignNames(entries, { functionPrefix: '', names: {} });
    expect(entries.map((e) => names.get(e)?.fn)).toEqual(['orderCompleted', 'orderCompleted_2']);
    expect(collisions.map((c) => [c.name, c.entries.map((e) => e.event.id)])).toEqual([
      ['orderCompleted', ['p/Order_Completed/1-0.json', 'p/order_completed/1-0.json']],
    ]);
  });

  it('names that are not identifiers: reserved words, leading digits, no ASCII words at all', () => {
    const events = [event('p', 'delete', '1-0'), event('p', '3D View', '1-0'), event('p', '注文', '1-0')];
    expect(fnNames(events)).toEqual([
      'p/3D_View/1-0.json _3DView _3DViewProperties',
      'p/delete/1-0.json delete_ DeleteProperties',
      'p/注文/1-0.json event EventProperties',
    ]);
  });

  it('plans filters what is generated', () => {
    expect(selectEntries([event('web', 'A', '1-0'), event('ios', 'B', '1-0')], ['ios']).map((e) => e.event.id)).toEqual(['ios/B/1-0.json']);
  });
});
