import { isObject } from './avo-model.js';

/** Avo's main branch: its id is its name. */
export const MAIN_BRANCH = 'main';

/**
 * Branch name → id, from a Python Reflekt `reflekt_project.yml` (`registry.avo.branches`), then
 * the plugin's `branches` option, which wins. Values that are not strings are ignored.
 */
export function branchIds(
  options: Readonly<Record<string, string>>,
  legacyProject: Readonly<Record<string, unknown>> | undefined,
): ReadonlyMap<string, string> {
  const ids = new Map<string, string>();
  const registry = legacyProject?.registry;
  const avo = isObject(registry) ? registry.avo : undefined;
  const legacy = isObject(avo) ? avo.branches : undefined;
  if (isObject(legacy)) for (const [name, id] of Object.entries(legacy)) if (typeof id === 'string' && id !== '') ids.set(name, id);
  for (const [name, id] of Object.entries(options)) ids.set(name, id);
  return ids;
}

/** The id of `branch`: configured ids first, then `main` itself; `undefined` when unknown. */
export function branchId(branch: string, ids: ReadonlyMap<string, string>): string | undefined {
  return ids.get(branch) ?? (branch === MAIN_BRANCH ? MAIN_BRANCH : undefined);
}
