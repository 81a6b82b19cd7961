import type { Casing, ResolvedConfig, ResolvedConventions } from '../config/types.js';

/** A naming convention ready for per-name checks: reserved names lower-cased into a set. */
export interface PreparedNaming {
  readonly casing: Casing;
  readonly numbers: boolean;
  /** Reserved names, lower-cased (they are compared case-insensitively). */
  readonly reserved: ReadonlySet<string>;
  /** Reserved names as configured, for messages. */
  readonly reservedList: readonly string[];
}

/** The config's conventions, read once per lint run rather than once per name. */
export interface PreparedConventions {
  readonly event: PreparedNaming;
  readonly property: PreparedNaming;
  /** Allowed JSON Schema type names (without `any`). */
  readonly dataTypes: ReadonlySet<string>;
  /** Allowed types as configured, for messages. */
  readonly dataTypeList: readonly string[];
  /** Whether `any` is allowed, so a property may have no `type`. */
  readonly allowsAny: boolean;
}

const ALL_TYPES = ['string', 'integer', 'number', 'boolean', 'object', 'array', 'null', 'any'] as const;

function prepareNaming(naming: Partial<ResolvedConventions['event']> | undefined): PreparedNaming {
  const reservedList = naming?.reserved ?? [];
  return {
    casing: naming?.casing ?? 'any',
    numbers: naming?.numbers ?? true,
    reserved: new Set(reservedList.map((r) => r.toLowerCase())),
    reservedList,
  };
}

/** Prepares `config.conventions` for a lint run; missing values take the documented defaults. */
export function prepareConventions(config: ResolvedConfig): PreparedConventions {
  const conventions: Partial<ResolvedConventions> | undefined = config.conventions;
  const dataTypeList: readonly string[] = conventions?.dataTypes ?? ALL_TYPES;
  return {
    event: prepareNaming(conventions?.event),
    property: prepareNaming(conventions?.property),
    dataTypes: new Set(dataTypeList.filter((t) => t !== 'any')),
    dataTypeList,
    allowsAny: dataTypeList.includes('any'),
  };
}
