import { describe, expect, it } from 'vitest';
import { LoadContextImpl } from '../../src/compiler/contexts.js';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { parseYaml } from '../../src/loaders/parse.js';
import { documentRange, pointAt } from '../../src/loaders/positions.js';
import { jsonError, jsonSyntaxErrorOffset } from '../../src/source/json-syntax.js';
import { SourceFiles } from '../../src/source/source-files.js';
import { testConfig } from './helpers.js';

/** Malformed documents, with the offset of the character at fault. */
const MALFORMED: readonly [string, number][] = [
  ['{"a": 1,}', 8],
  ['{"a": 1', 7],
  ['{"a" 1}', 5],
  ['{"a": tru}', 9],
  ['{"a": nul', 9],
  ['', 0],
  ['{"a": "x\n"}', 8],
  ['[1,2', 4],
  ['{"a":1}}', 7],
  ['{"a":1} x', 8],
  ['{"a": 01}', 7],
  ['{"a": -}', 7],
  ['{"a": "\\x"}', 8],
  ["{'a': 1}", 1],
  ['{"a": [1, 2,]}', 12],
  ['{\n  "a": 1\n  "b": 2\n}', 13],
];

describe('JSON syntax error positions', () => {
  it.each(MALFORMED)('%j fails at offset %i', (text, offset) => {
    let message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toBe('');
    // The scanner agrees with V8 wherever V8 states a position, so the fallback is exact too.
    expect(jsonSyntaxErrorOffset(text)).toBe(offset);
    const reported = jsonError(text, message).offset;
    // A misspelt word is reported where it starts, where the fix goes.
    expect(reported === offset || /^[A-Za-z_$]/.test(text.slice(reported))).toBe(true);
  });

  it('accepts valid JSON', () => {
    for (const text of ['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]}', ' 0 ', '"x"']) {
      expect(jsonSyntaxErrorOffset(text)).toBeUndefined();
    }
  });

  it('drops V8 position and snippet suffixes from the detail', () => {
    expect(jsonError('{"a": tru}', `Unexpected token '}', "{"a": tru}" is not valid JSON`)).toEqual({
      offset: 6,
      detail: 'unexpected `tru`, expected a value (a string in double quotes, a number, an object, an array, true, false or null)',
    });
    expect(jsonError('[1, 2,]', 'Unexpected token \']\', "[1, 2,]" is not valid JSON').detail).toBe(
      'unexpected `]` after `,` (JSON allows no trailing comma)',
    );
    expect(jsonError('{}}', `Unexpected token '}', ..."ault": tru}\n}" is not valid JSON`).detail).toBe("Unexpected token '}'");
    expect(jsonError('{"a": 1', "Expected ',' or '}' after property value in JSON at position 7 (line 1 column 8)").detail).toBe(
      "Expected ',' or '}' after property value",
    );
  });

  it('counts lines and columns as SourceFiles does', () => {
    const text = 'ab\r\ncd\n\nef';
    const sources = new SourceFiles('/');
    sources.set('x.json', text);
    for (let offset = 0; offset <= text.length; offset++) expect(pointAt(text, offset)).toEqual(sources.point('x.json', offset));
    expect(pointAt(text, 5)).toEqual({ line: 2, column: 2, offset: 5 });
    expect(pointAt(text, 8)).toEqual({ line: 4, column: 1, offset: 8 });
    expect(pointAt(text, 99)).toEqual({ line: 4, column: 3, offset: 10 });
  });
});

describe('documentRange', () => {
  it.each(['{}', '\n\n  {\n  "a": 1\n}\n\n', 'a: 1\r\nb: 2\r\n', '', '   ', '\n{}'])('spans the non-blank text of %j', (text) => {
    const start = text.length - text.trimStart().length;
    const end = Math.max(start, text.trimEnd().length);
    expect(documentRange(text)).toEqual({ start: pointAt(text, start), end: pointAt(text, end) });
  });
});

describe('parseYaml', () => {
  const context = () => {
    const config = testConfig('/project');
    const sources = new SourceFiles(config.root);
    const diagnostics = new Diagnostics(sources);
    return { ctx: new LoadContextImpl(config, sources, diagnostics, [], new Set()), diagnostics };
  };
  const file = (text: string) => ({ rel: 'x.yml', inFolder: 'x.yml', text });

  it('reads legacy files as YAML 1.1 (PyYAML) but keeps dates as the text written', () => {
    const { ctx } = context();
    const text = 'required: yes\nallow_null: off\ncreated: 2022-06-05\nname: Order Completed\n';
    expect(parseYaml(ctx, file(text), { version: '1.1' })?.value).toEqual({
      required: true,
      allow_null: false,
      created: '2022-06-05',
      name: 'Order Completed',
    });
    expect(parseYaml(ctx, file(text))?.value).toMatchObject({ required: 'yes', created: '2022-06-05' });
  });

  it('reports an unknown alias at the alias', () => {
    const { ctx, diagnostics } = context();
    expect(parseYaml(ctx, file('a: 1\nb: *missing\n'))).toBeUndefined();
    expect(diagnostics.all.map((d) => [d.code, d.range?.start.line, d.range?.start.column])).toEqual([['RK1002', 2, 4]]);
  });
});

describe('documentRange of a span', () => {
  it('trims blank lines that follow a list item', () => {
    const text = '- a: 1\n  b: 2\n\n- a: 3\n';
    expect(documentRange(text, 2, 15)).toEqual({ start: pointAt(text, 2), end: pointAt(text, 13) });
  });
});
