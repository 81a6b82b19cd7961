import { describe, expect, it } from 'vitest';
import { batchItemSources, rawBatchItems, rawLine } from '../src/runtime/raw-batch.js';

/** A small deterministic generator, so a failure names a reproducible seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const NASTY = ['plain', 'with "quotes"', 'back\\slash', 'ends with \\', '{[}]', 'ünïcödé ✓', 'line\nbreak', 'tab\t', '\\"', '', ',:'];

function value(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * (depth > 3 ? 5 : 7));
  if (pick === 0) return NASTY[Math.floor(next() * NASTY.length)];
  if (pick === 1) return Math.round(next() * 1e6) / 100;
  if (pick === 2) return next() < 0.5;
  if (pick === 3) return null;
  if (pick === 4) return -Math.floor(next() * 1000);
  if (pick === 5) return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
  const out: Record<string, unknown> = {};
  for (let i = 0; i < Math.floor(next() * 5); i++) out[NASTY[Math.floor(next() * NASTY.length)] ?? 'k'] = value(next, depth + 1);
  return out;
}

describe('batchItemSources', () => {
  it('finds the exact text of every batch item, whatever the strings and layout hold', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = random(seed);
      const batch = Array.from({ length: Math.floor(next() * 6) }, () => value(next, 0));
      const body = { sentAt: 'x', before: value(next, 0), batch, after: value(next, 0) };
      for (const text of [JSON.stringify(body), JSON.stringify(body, null, 2), JSON.stringify(body, null, '\t')]) {
        const sources = batchItemSources(text);
        expect(
          sources?.map((s) => JSON.parse(s)),
          `seed ${seed}`,
        ).toEqual(batch);
      }
    }
  });

  it('refuses what JSON.parse could map differently: a repeated or escaped key, a batch that is not an array', () => {
    expect(batchItemSources('{"batch":[{"a":1}],"batch":[{"b":2}]}')).toBeUndefined();
    expect(batchItemSources('{"batch":[{"a":1}],"\\u0062atch":[{"b":2}]}')).toBeUndefined();
    expect(batchItemSources('{"batch":{"a":1}}')).toBeUndefined();
    expect(batchItemSources('[{"batch":[]}]')).toBeUndefined();
    expect(batchItemSources('{"other":1}')).toBeUndefined();
    expect(batchItemSources('{"batch":[]}')).toEqual([]);
  });
});

describe('rawBatchItems and rawLine', () => {
  const receivedAt = '2026-01-02T03:04:05.000Z';

  it('writes an item as sent, with receivedAt and the envelope sentAt in front', () => {
    const text = '{"batch":[{"type":"track","properties":{"a":"}"}},{ }],"sentAt":"2026-01-01T00:00:00.000Z"}';
    const body = JSON.parse(text);
    const raw = rawBatchItems(body, text);
    expect(raw).toHaveLength(2);
    const lines = raw?.map((item) => (item === undefined ? undefined : rawLine(item, receivedAt)));
    expect(lines?.map((line) => (line === undefined ? undefined : JSON.parse(line)))).toEqual([
      { receivedAt, sentAt: '2026-01-01T00:00:00.000Z', type: 'track', properties: { a: '}' } },
      { receivedAt, sentAt: '2026-01-01T00:00:00.000Z' },
    ]);
    expect(lines?.[0]).not.toContain('\n');
  });

  it('keeps an item’s own sentAt', () => {
    const text = '{"batch":[{"type":"track","sentAt":"own"}],"sentAt":"envelope"}';
    const [item] = rawBatchItems(JSON.parse(text), text) ?? [];
    expect(JSON.parse(rawLine(item as NonNullable<typeof item>, receivedAt))).toEqual({ receivedAt, type: 'track', sentAt: 'own' });
  });

  it('leaves items to serialisation when their text cannot be forwarded as it is', () => {
    const text = JSON.stringify({
      batch: [{ type: 'track', writeKey: 'secret' }, { type: 'track', receivedAt: 'forged' }, 'not an object', { type: 'track' }],
    });
    expect(rawBatchItems(JSON.parse(text), text)).toEqual([
      undefined,
      undefined,
      undefined,
      { source: '{"type":"track"}', sentAt: undefined },
    ]);
    const pretty = JSON.stringify({ batch: [{ type: 'track', properties: { a: 1 } }] }, null, 2);
    expect(rawBatchItems(JSON.parse(pretty), pretty)).toEqual([undefined]);
    const withContext = JSON.stringify({ batch: [{ type: 'track' }], context: { ip: '1.2.3.4' } });
    expect(rawBatchItems(JSON.parse(withContext), withContext)).toBeUndefined();
  });
});
