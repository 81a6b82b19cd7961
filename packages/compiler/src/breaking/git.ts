import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What one git process printed, and how it ended. */
export interface GitOutput {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** A git invocation that could not start (git not installed) or failed; `detail` is git's own words. */
export class GitError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'GitError';
  }
}

/** Runs `git <args>` in `cwd`, feeding `input` on stdin; never throws for a non-zero exit. */
export function runGit(cwd: string, args: readonly string[], input?: string): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(new GitError(error.code === 'ENOENT' ? 'git is not installed or not on PATH' : error.message)),
    );
    child.on('close', (code) =>
      resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() }),
    );
    child.stdin.on('error', () => {
      // git exited before reading all of stdin; its exit code and stderr tell why.
    });
    child.stdin.end(input ?? '');
  });
}

/** The top folder of the git work tree `cwd` is in; `undefined` outside a repository. */
export async function gitTopLevel(cwd: string): Promise<string | undefined> {
  const result = await runGit(cwd, ['rev-parse', '--show-toplevel']);
  return result.code === 0 ? path.resolve(result.stdout.toString('utf8').trim()) : undefined;
}

/** The commit a revision (`main`, `HEAD~1`, `origin/main`, a sha) names; throws {@link GitError} when it names none. */
export async function resolveCommit(repo: string, revision: string): Promise<string> {
  if (revision.startsWith('-')) throw new GitError(`\`${revision}\` is not a revision name`);
  const result = await runGit(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  const sha = result.stdout.toString('utf8').trim();
  if (result.code !== 0 || sha === '')
    throw new GitError(`git knows no commit \`${revision}\`${result.stderr ? ` (${result.stderr})` : ''}`);
  return sha;
}

/** One file of a git tree. */
interface TreeBlob {
  readonly oid: string;
  /** Path from the repository root, `/`-separated. */
  readonly path: string;
}

/**
 * Writes the files under `paths` (folders relative to the repository root) as they are in
 * `commit` into `into`, at the same relative paths, and returns how many there were.
 *
 * Two git processes whatever the number of files: `git ls-tree -r` lists the blobs, and one
 * `git cat-file --batch` streams their contents. Symbolic links and submodules are skipped.
 */
export async function materializeTree(repo: string, commit: string, paths: readonly string[], into: string): Promise<number> {
  const listed = await runGit(repo, ['ls-tree', '-r', '-z', commit, '--', ...paths.map((p) => (p === '' ? '.' : p))]);
  if (listed.code !== 0) throw new GitError(listed.stderr || `git ls-tree failed for \`${commit}\``);
  const blobs: TreeBlob[] = [];
  for (const entry of listed.stdout.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const [mode, type, oid] = entry.slice(0, tab).split(' ');
    if (type !== 'blob' || mode === '120000' || oid === undefined) continue;
    blobs.push({ oid, path: entry.slice(tab + 1) });
  }
  if (blobs.length === 0) return 0;
  const batch = await runGit(repo, ['cat-file', '--batch'], `${blobs.map((b) => b.oid).join('\n')}\n`);
  if (batch.code !== 0) throw new GitError(batch.stderr || 'git cat-file failed');
  const contents = parseBatch(batch.stdout);
  // Synchronous on purpose, as the loaders read: for thousands of small files a plain loop is
  // many times faster than promises queued on libuv's small thread pool.
  const folders = new Set<string>();
  for (const blob of blobs) {
    const data = contents.get(blob.oid);
    if (data === undefined) continue;
    const file = path.join(into, blob.path);
    const folder = path.dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(file, data);
  }
  return blobs.length;
}

/** Splits `git cat-file --batch` output (`<oid> <type> <size>\n<bytes>\n`, repeated) by object id. */
export function parseBatch(out: Buffer): Map<string, Buffer> {
  const objects = new Map<string, Buffer>();
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol === -1) break;
    const [oid, type, size] = out.subarray(at, eol).toString('utf8').split(' ');
    at = eol + 1;
    if (oid === undefined || type === 'missing' || size === undefined) continue;
    const length = Number(size);
    objects.set(oid, out.subarray(at, at + length));
    at += length + 1;
  }
  return objects;
}
