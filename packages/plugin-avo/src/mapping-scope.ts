import { type AvoExport, isObject } from './avo-model.js';
import type { MappingScope } from './convert/name-mapping.js';
import type { ResolvedAvoOptions } from './options.js';

/**
 * Which name mappings apply: `options.destination` matched against the export's destinations by
 * id or by name (a name may match several), and the workspace pulled from.
 */
export function mappingScope(plan: AvoExport, options: Pick<ResolvedAvoOptions, 'destination' | 'workspaceId'>): MappingScope {
  const labels = new Map<string, string>();
  const picked = new Set<string>();
  for (const [key, destination] of Object.entries(plan.destinations ?? {})) {
    if (!isObject(destination)) continue;
    const id = typeof destination.id === 'string' ? destination.id : key;
    const name = typeof destination.name === 'string' ? destination.name : id;
    // The webhook example keys a destination by one id and names another inside; both mean it.
    for (const alias of new Set([key, id])) {
      labels.set(alias, name);
      if (options.destination !== undefined && (options.destination === alias || options.destination === name)) picked.add(alias);
    }
  }
  if (options.destination !== undefined && picked.size === 0) picked.add(options.destination);
  return { destinationIds: picked, labels, ...(options.workspaceId !== undefined && { workspaceId: options.workspaceId }) };
}
