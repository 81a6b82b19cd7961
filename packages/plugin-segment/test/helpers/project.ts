import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliRun, runCli } from '@reflekt/compiler/testing';

const PLUGIN_ENTRY = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/** A temporary Reflekt project whose config uses this plugin (from source) with `options`. */
export async function makeProject(options: Record<string, unknown>, files: Record<string, unknown> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'reflekt-segment-'));
  const config = `import segment from ${JSON.stringify(PLUGIN_ENTRY)};
export default { name: 'shop', vendor: 'com.example', schemas: ['schemas'], outDir: 'artifacts', plugins: [segment(${JSON.stringify(options)})] };
`;
  await writeFile(path.join(dir, 'reflekt.config.ts'), config);
  await mkdir(path.join(dir, 'schemas'), { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  return dir;
}

/** Removes a project made by {@link makeProject}. */
export function removeProject(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/** Runs the real `reflekt` CLI in-process in `dir`, with `env` as the environment. */
export async function reflekt(dir: string, args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCli([...args, '-C', dir], { cwd: dir, env });
}
