import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reflekt } from '../helpers/cli.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'reflekt-init-git-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Reflekt Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull },
  });
}

/** Adds a required `plan` property to a schema file. */
function addRequiredPlan(file: string): void {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  doc.properties.plan = { type: 'string', description: 'Subscription plan chosen at sign-up.' };
  doc.required = [...doc.required, 'plan'];
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
}

describe('reflekt breaking in a project made by `reflekt init`', () => {
  it('runs in the scaffolded pull-request workflow, against the base branch', async () => {
    expect((await reflekt(dir, 'init', '--name', 'shop')).code).toBe(0);
    const workflow = readFileSync(path.join(dir, '.github/workflows/reflekt-lint.yml'), 'utf8');
    expect(workflow).toContain('      - uses: actions/checkout@v4\n        with:\n          fetch-depth: 0');
    expect(workflow).toContain(`run: npx reflekt breaking --against origin/\${{ github.base_ref }} --format github`);
  });

  it('fails a breaking change edited in place, and passes it as a new MAJOR version', async () => {
    await reflekt(dir, 'init', '--name', 'shop');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'init');
    expect((await reflekt(dir, 'breaking', '--against', 'HEAD')).code).toBe(0);

    const v1 = path.join(dir, 'schemas/shop/Signed_Up/1-0.json');
    const original = readFileSync(v1, 'utf8');
    addRequiredPlan(v1);
    const inPlace = await reflekt(dir, 'breaking', '--against', 'HEAD');
    expect(inPlace.code).toBe(1);
    expect(inPlace.stderr).toContain('[RK3001 required-added]');
    expect(inPlace.stderr).toContain('but it was edited in place; a breaking change needs a new MAJOR version. [RK3004]');

    writeFileSync(v1, original);
    expect((await reflekt(dir, 'new', 'Signed Up', '--major')).code).toBe(0);
    addRequiredPlan(path.join(dir, 'schemas/shop/Signed_Up/2-0.json'));
    const major = await reflekt(dir, 'breaking', '--against', 'HEAD');
    expect(major.stderr).toContain('[RK3002 required-added]');
    expect(major.code).toBe(0);
  });
});
