import { isObject } from '../avo-model.js';

/**
 * Which Avo name mappings apply: those for `all` destinations (or workspaces), and those for the
 * destination the user picked (or the workspace pulled from, in an organization's global
 * workspace). `labels` names destinations in messages.
 */
export interface MappingScope {
  /** Ids of the picked destination; empty when none was picked. */
  readonly destinationIds: ReadonlySet<string>;
  readonly workspaceId?: string;
  /** Destination id → its name, for messages. */
  readonly labels: ReadonlyMap<string, string>;
}

/** The name a rule is sent under, and the mappings for other targets that could not be applied. */
export interface MappedName {
  readonly name: string;
  /** `Other Name (for Mixpanel)` per mapping that does not apply. */
  readonly notApplied: readonly string[];
}

const ALL = 'all';

/**
 * Applies Avo's `nameMapping` list to `original`: a mapping for the picked destination or
 * workspace wins over one for `all`; mappings for other targets are returned in `notApplied`.
 * Entries without a string `name` are ignored (Avo writes none).
 */
export function mapName(original: string, mappings: unknown, scope: MappingScope): MappedName {
  if (!Array.isArray(mappings)) return { name: original, notApplied: [] };
  let forAll: string | undefined;
  let forPicked: string | undefined;
  const notApplied: string[] = [];
  for (const mapping of mappings) {
    if (!isObject(mapping) || typeof mapping.name !== 'string' || mapping.name === '') continue;
    const target = typeof mapping.destinationId === 'string' ? mapping.destinationId : mapping.workspaceId;
    if (typeof target !== 'string') continue;
    const picked = scope.destinationIds.has(target) || (scope.workspaceId !== undefined && target === scope.workspaceId);
    if (target === ALL) forAll ??= mapping.name;
    else if (picked) forPicked ??= mapping.name;
    else if (mapping.name !== original) notApplied.push(`\`${mapping.name}\` for ${scope.labels.get(target) ?? target}`);
  }
  return { name: forPicked ?? forAll ?? original, notApplied };
}
