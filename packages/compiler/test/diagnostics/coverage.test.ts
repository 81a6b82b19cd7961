import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/diagnostics/catalog/index.js';

/** Every test file's text, except this folder's (which lists codes without triggering them). */
function testSources(dir: string): string {
  let text = '';
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures' && entry.name !== '__golden__' && full !== import.meta.dirname) text += testSources(full);
    } else if (entry.name.endsWith('.test.ts')) text += readFileSync(full, 'utf8');
  }
  return text;
}

describe('diagnostic catalog coverage', () => {
  it('every code is asserted by at least one test that triggers it', () => {
    const tests = testSources(path.resolve(import.meta.dirname, '..'));
    const untested = Object.keys(catalog).filter((code) => !tests.includes(code));
    expect(untested).toEqual([]);
  });
});
