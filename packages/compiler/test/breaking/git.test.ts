import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBatch } from '../../src/breaking/git.js';
import { reflekt } from '../helpers/cli.js';
import { changeLine, expectedChanges } from './expected.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/breaking');

let repo: string;
/** The project sits in a subfolder of the repository, so paths are mapped between the two. */
let project: string;
const commits: string[] = [];

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Reflekt Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull },
  }).trim();
}

function commit(message: string): void {
  git('add', '-A');
  git('commit', '-q', '-m', message);
  commits.push(git('rev-parse', 'HEAD'));
}

/** Replaces the project's `schemas/` with a fixture side's. */
function useSchemas(side: 'previous' | 'current'): void {
  rmSync(path.join(project, 'schemas'), { recursive: true, force: true });
  cpSync(path.join(fixtures, side, 'schemas'), path.join(project, 'schemas'), { recursive: true });
}

/** A temporary folder of this test file's own, to see that the command cleans up after itself. */
let scratch: string;
const savedTmpDir = process.env.TMPDIR;

beforeAll(() => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'reflekt-git-repo-'));
  scratch = mkdtempSync(path.join(os.tmpdir(), 'reflekt-git-tmp-'));
  process.env.TMPDIR = scratch;
  project = path.join(repo, 'tracking');
  mkdirSync(project);
  git('init', '-q');
  cpSync(path.join(fixtures, 'current', 'reflekt.config.json'), path.join(project, 'reflekt.config.json'));
  commit('config only, no plan yet');
  useSchemas('previous');
  mkdirSync(path.join(project, 'schemas/shop/Broken'));
  writeFileSync(path.join(project, 'schemas/shop/Broken/1-0.json'), '{ "$id": "shop/Broken/1-0.json",\n');
  commit('the previous plan, with one broken file');
  useSchemas('current');
  commit('the current plan');
});

afterAll(() => {
  if (savedTmpDir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpDir;
  rmSync(repo, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('reflekt breaking --against <git revision>', () => {
  it('reads the revision with git and classifies every change, naming old files `<ref>:<path>`', async () => {
    expect(os.tmpdir()).toBe(scratch);
    const run = await reflekt(project, 'breaking', '--against', 'HEAD~1', '--format', 'json');
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.ok).toBe(false);
    expect(out.against).toEqual({ kind: 'git', name: 'HEAD~1', commit: commits[1] });
    expect(out.changes.map(changeLine)).toEqual(expectedChanges('strict', 'HEAD~1:'));
    expect(out.changes[1]).toMatchObject({
      event: 'shop/Order_Completed/1-0.json',
      previousEvent: 'shop/Order_Completed/1-0.json',
      kind: 'maximum-tightened',
      compatibility: 'FORWARD',
      breaking: true,
      requiredBump: 'MAJOR',
      verdict: 'major-required',
      current: { file: 'schemas/shop/Order_Completed/1-0.json', pointer: '/properties/total/maximum' },
      previous: { file: 'HEAD~1:schemas/shop/Order_Completed/1-0.json', pointer: '/properties/total/maximum' },
    });
    expect(out.summary).toEqual({ error: 6, warning: 2, info: 10 });
    const warnings = out.diagnostics.filter((d: { severity: string }) => d.severity === 'warning');
    expect(warnings.map((d: { code: string; message: string }) => `${d.code} ${d.message}`)).toEqual([
      expect.stringMatching(
        /^RK3009 1 problem loading the plan in `HEAD~1` \(first: `HEAD~1:schemas\/shop\/Broken\/1-0\.json`: .+\); schemas that did not load were not compared\.$/,
      ),
      'RK3006 `shop/Checkout_Started/1-0.json` is in `HEAD~1` but no longer in the plan, and no other `1-*` version of `Checkout Started` is left: producers still sending MAJOR version 1 will fail validation.',
    ]);
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('prints GitHub annotations at the new position, naming the old one', async () => {
    const run = await reflekt(project, 'breaking', '--against', 'HEAD~1', '--format', 'github');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error file=schemas/shop/Order_Completed/1-0.json,line=24,col=7,endLine=24,endColumn=16,title=RK3001 maximum-tightened::Upper bound of `total` changed from `≤ 10000` to `≤ 1000`: data written with the old schema may fall outside it. Breaking (FORWARD, strict mode): it needs a new MAJOR version, which `shop/Order_Completed/1-0.json` is not. (Before: HEAD~1:schemas/shop/Order_Completed/1-0.json:24:7.)%0AMake the change in a new MAJOR version (`shop/Order_Completed/2-0.json`), or make it backward compatible.',
    );
    expect(run.stdout).toContain(
      '::notice file=schemas/shop/Signed_Up/2-0.json,line=31,col=5,endLine=31,endColumn=11,title=RK3002 required-added::',
    );
  });

  it('exits 0 when the breaking changes it finds come with MAJOR versions', async () => {
    const select = ['--select', 'Product Viewed', 'Signed Up'];
    expect((await reflekt(project, 'breaking', '--against', 'HEAD~1', ...select)).code).toBe(1);
    const lenient = await reflekt(project, 'breaking', '--against', commits[1] ?? '', '--mode', 'lenient', ...select, '--format', 'json');
    expect(lenient.code).toBe(0);
    expect(JSON.parse(lenient.stdout)).toMatchObject({ ok: true, mode: 'lenient', summary: { error: 0 } });
  });

  it('warns when the revision has no plan yet (every schema is new)', async () => {
    const run = await reflekt(project, 'breaking', '--against', 'HEAD~2', '--format', 'json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.changes).toEqual([]);
    expect(out.schemas.every((s: { status: string }) => s.status === 'added')).toBe(true);
    expect(out.diagnostics.map((d: { code: string; message: string }) => `${d.code} ${d.message}`)).toEqual([
      'RK3008 `HEAD~2` has no plan files under `schemas`, so every schema counts as new and nothing was compared.',
    ]);
  });

  it('reports an unknown revision as a usage error (exit 2)', async () => {
    const text = await reflekt(project, 'breaking', '--against', 'no-such-branch');
    expect(text.code).toBe(2);
    expect(text.stderr).toContain(
      'error Cannot read the plan to compare with, `--against no-such-branch`: it is not a folder, and git knows no commit `no-such-branch`. [RK3007] (reflekt)',
    );
    const json = await reflekt(project, 'breaking', '--against', 'no-such-branch', '--format', 'json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, diagnostics: [{ code: 'RK3007', severity: 'error' }] });
    expect((await reflekt(project, 'breaking', '--against', '--upload-pack=x')).code).toBe(2);
  });

  it('reports a project outside any git repository (exit 2)', async () => {
    const outside = mkdtempSync(path.join(savedTmpDir ?? os.tmpdir(), 'reflekt-nogit-'));
    try {
      cpSync(path.join(fixtures, 'current'), outside, { recursive: true });
      const run = await reflekt(outside, 'breaking', '--against', 'main');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('RK3007');
      expect(run.stderr).toContain('is not in a git repository');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('parseBatch', () => {
  it('splits `git cat-file --batch` output, skipping missing objects', () => {
    const out = Buffer.from('aaa blob 3\nabc\nbbb missing\nccc blob 0\n\n');
    const objects = parseBatch(out);
    expect([...objects.keys()]).toEqual(['aaa', 'ccc']);
    expect(objects.get('aaa')?.toString()).toBe('abc');
    expect(objects.get('ccc')?.toString()).toBe('');
  });
});
