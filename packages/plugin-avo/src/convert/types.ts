import { describePlace, note, type Place } from './place.js';

const JSON_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array', 'null']);

/** Avo's own spellings of its types, where they differ from JSON Schema's. */
const AVO_SPELLINGS: Readonly<Record<string, string>> = {
  int: 'integer',
  float: 'number',
  bool: 'boolean',
  list: 'array',
};

/** Avo's "any": no type constraint at all. */
const ANY = 'any';

/**
 * The JSON Schema `type` of an Avo rule: a one-element list becomes a plain name, Avo spellings
 * (`int`, `float`, `bool`, `list`) become JSON Schema's, `any` (alone or in a list) removes the
 * constraint. A name JSON Schema does not know is reported (RK5323) and left out.
 * Returns `undefined` when no type constraint remains.
 */
export function convertType(value: unknown, place: Place): string | string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const names = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const raw of names) {
    if (typeof raw !== 'string') {
      note(place, 'RK5323', { type: JSON.stringify(raw), where: describePlace(place) });
      continue;
    }
    const name = AVO_SPELLINGS[raw.toLowerCase()] ?? raw.toLowerCase();
    if (name === ANY) return undefined;
    if (!JSON_TYPES.has(name)) {
      note(place, 'RK5323', { type: raw, where: describePlace(place) });
      continue;
    }
    if (!out.includes(name)) out.push(name);
  }
  if (out.length === 0) return undefined;
  return out.length === 1 ? out[0] : out;
}

/** Whether a converted `type` lets `null` through. */
export function allowsNull(type: string | readonly string[] | undefined): boolean {
  return type === 'null' || (Array.isArray(type) && type.includes('null'));
}
