import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDbt, cleanupCopies, copyExample } from './helpers/example.js';

afterAll(cleanupCopies);

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Reflekt Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();

const tagFindings = (result: Awaited<ReturnType<typeof buildDbt>>) =>
  result.diagnostics.filter((d) => d.code === 'RK4220' || d.code === 'RK4221').map((d) => `${d.code} ${d.message}`);

describe('gitTag', () => {
  it('tags the commit that holds the package, once it is committed', async () => {
    const dir = copyExample();
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'plan');

    const first = await buildDbt(dir, { gitTag: true });
    expect(tagFindings(first)).toEqual([
      'RK4220 Git tag `v1.0.0__reflekt_online_shop`: not tagged yet, the package has uncommitted changes; commit it, then run `git tag v1.0.0__reflekt_online_shop`.',
    ]);
    expect(git(dir, 'tag', '--list')).toBe('');

    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'build: dbt package');
    const second = await buildDbt(dir, { gitTag: true });
    const head = git(dir, 'rev-parse', 'HEAD');
    expect(tagFindings(second)).toEqual([`RK4220 Git tag \`v1.0.0__reflekt_online_shop\`: created on commit ${head.slice(0, 12)}.`]);
    expect(git(dir, 'rev-parse', 'v1.0.0__reflekt_online_shop^{commit}')).toBe(head);

    // Already tagged here: nothing to say.
    expect(tagFindings(await buildDbt(dir, { gitTag: true }))).toEqual([]);
  });

  it('says so outside a git repository, and does nothing without the option', async () => {
    const dir = copyExample();
    expect(tagFindings(await buildDbt(dir, { gitTag: true }))).toEqual([
      'RK4220 Git tag `v1.0.0__reflekt_online_shop`: not tagged, the output folder is not in a git repository.',
    ]);
    expect(tagFindings(await buildDbt(dir))).toEqual([]);
  });
});
