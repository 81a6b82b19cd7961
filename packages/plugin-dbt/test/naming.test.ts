import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rudderstackName, segmentSnakecase } from '../src/index.js';
import { layoutFor } from '../src/warehouse/layout.js';
import { repoRoot } from './helpers/example.js';

// The test vectors of Segment's warehouse naming (16 from go-snakecase's own tests).
const vectors = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/specs/segment-warehouse/snakecase-vectors.json'), 'utf8')) as {
  input: string;
  output: string;
}[];

describe('segmentSnakecase', () => {
  it('has the shared test vectors', () => expect(vectors.length).toBeGreaterThanOrEqual(43));
  it.each(vectors.map((v) => [v.input, v.output]))('%j → %j', (input, output) => {
    expect(segmentSnakecase(input)).toBe(output);
  });
});

describe('rudderstackName', () => {
  // The examples RudderStack's warehouse transformer documents for its column names.
  it.each([
    ['omega', 'omega'],
    ['omega v2', 'omega_v_2'],
    ['9mega', '_9_mega'],
    ['mega&', 'mega'],
    ['ome$ga', 'ome_ga'],
    ['omega$', 'omega'],
    ['ome_ ga', 'ome_ga'],
    ['9mega________-________90', '_9_mega_90'],
    ['CamelCase123Key', 'camel_case_123_key'],
    ['1CComega', '_1_c_comega'],
    ['path to $1,00,000', 'path_to_1_00_000'],
    ['_timestamp', '_timestamp'],
    ['Order Completed', 'order_completed'],
    ['HTTPRequest', 'http_request'],
    ['userID', 'user_id'],
  ])('%j → %j', (input, output) => expect(rudderstackName(input)).toBe(output));

  it('cuts names at the Postgres limit', () => expect(rudderstackName('a'.repeat(70), 63)).toHaveLength(63));
});

describe('CDP layouts', () => {
  it('flattens nested properties: Segment snake-cases each key, RudderStack the joined key', () => {
    expect(layoutFor('segment', 'snowflake').column(['product', 'productId'])).toBe('product_product_id');
    expect(layoutFor('rudderstack', 'snowflake').column(['product', 'productId'])).toBe('product_product_id');
    expect(layoutFor('segment', 'snowflake').column(['iOS Version'])).toBe('i_os_version');
    expect(layoutFor('rudderstack', 'snowflake').column(['iOS Version'])).toBe('i_os_version');
  });

  it('RudderStack escapes reserved words with `_`, Segment keeps them', () => {
    expect(layoutFor('rudderstack', 'postgres').column(['from'])).toBe('_from');
    expect(layoutFor('rudderstack', 'postgres').eventTable('Group')).toBe('_group');
    expect(layoutFor('segment', 'postgres').column(['from'])).toBe('from');
  });

  it('cuts Postgres identifiers at 63 bytes', () => {
    expect(layoutFor('segment', 'postgres').column(['x'.repeat(80)])).toHaveLength(63);
    expect(layoutFor('segment', 'snowflake').column(['x'.repeat(80)])).toHaveLength(80);
  });

  it('knows the columns the CDP reserves', () => {
    const segment = layoutFor('segment', 'duckdb');
    for (const c of ['id', 'user_id', 'received_at', 'event', 'context_ip', 'uuid_ts']) expect(segment.isReserved(c, 'event')).toBe(true);
    expect(segment.isReserved('group_id', 'groups')).toBe(true);
    expect(segment.isReserved('group_id', 'event')).toBe(false);
    expect(segment.contextColumn('page.url')).toBe('context_page_url');
    expect(segment.contextColumn('ip')).toBe('context_ip');
    expect(segment.contextColumn('context_user_agent')).toBe('context_user_agent');
  });
});
