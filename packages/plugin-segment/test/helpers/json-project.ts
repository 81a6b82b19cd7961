import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes a project without plugins (`reflekt.config.json`) and the given files into `dir`. */
export async function jsonProject(dir: string, files: Record<string, unknown> = {}): Promise<void> {
  await writeFile(path.join(dir, 'reflekt.config.json'), JSON.stringify({ name: 'shop', vendor: 'com.example', schemas: ['schemas'] }));
  await mkdir(path.join(dir, 'schemas'), { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
}

/** The plugin's own diagnostic codes among `diagnostics`, in report order. */
export function segmentCodes(diagnostics: readonly { code: string }[]): string[] {
  return diagnostics.map((d) => d.code).filter((code) => code.startsWith('RK52'));
}
