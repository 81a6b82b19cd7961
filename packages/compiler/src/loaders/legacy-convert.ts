import { joinPointer, parsePointer } from '../ir/plan.js';
import { isRecord, type JsonRecord } from './self-describing.js';

/** A problem in legacy plan content, at a pointer into its file. */
export interface LegacyProblem {
  readonly pointer: string;
  readonly detail: string;
  /** Unknown fields are ignored with a warning (RK1012); everything else is an error (RK1009). */
  readonly unknownField?: { readonly field: string; readonly where: string };
}

/** The data types a legacy plan allows (`tracking_plans.properties.data_types`). */
const LEGACY_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array', 'any', 'null']);
const PROPERTY_FIELDS = new Set([
  'name',
  'description',
  'type',
  'required',
  'allow_null',
  'enum',
  'pattern',
  'datetime',
  'array_item_schema',
  'object_properties',
]);

/**
 * Converts legacy property lists into draft-07 JSON Schema while recording, for every node it
 * creates, where in the YAML file it came from. The IR keeps that map (`EventSchema.sourceMap`)
 * so a diagnostic on `/properties/products/items/properties/sku/type` points at
 * `/0/properties/3/array_item_schema/1/type` in the file.
 */
export class LegacyConverter {
  /** Schema pointer → file pointer. */
  readonly sourceMap: Record<string, string> = {};
  readonly problems: LegacyProblem[] = [];

  /** Records that the schema node at `schemaPointer` was written at `filePointer`. */
  map(schemaPointer: string, filePointer: string): void {
    this.sourceMap[schemaPointer] = filePointer;
  }

  /** Reports a problem; conversion goes on so one pass finds every problem of an event. */
  problem(pointer: string, detail: string): void {
    this.problems.push({ pointer, detail });
  }

  /** Whether any error (not an unknown-field warning) was found. */
  get failed(): boolean {
    return this.problems.some((p) => !p.unknownField);
  }

  /** Reports keys of `value` outside `known` as ignored unknown fields. */
  unknownFields(value: JsonRecord, known: ReadonlySet<string>, filePointer: string, where: string): void {
    for (const key of Object.keys(value)) {
      if (known.has(key)) continue;
      this.problems.push({ pointer: joinPointer(filePointer, key), detail: '', unknownField: { field: key, where } });
    }
  }

  /**
   * Converts a property list (`properties:`, `traits:`, `object_properties:`, `array_item_schema:`)
   * into `properties` and `required` of the object schema at `objectPointer`. `null` (a key with
   * no items) is an empty list.
   */
  propertyList(list: unknown, filePointer: string, objectPointer: string): { properties: JsonRecord; required: string[] } {
    const properties: JsonRecord = {};
    const required: string[] = [];
    this.map(joinPointer(objectPointer, 'properties'), filePointer);
    this.map(joinPointer(objectPointer, 'required'), filePointer);
    if (list === null || list === undefined) return { properties, required };
    if (!Array.isArray(list)) {
      this.problem(filePointer, 'a property list must be a YAML list of properties (`- name: …`)');
      return { properties, required };
    }
    list.forEach((item: unknown, index) => {
      const itemPointer = joinPointer(filePointer, index);
      const name = isRecord(item) ? item.name : undefined;
      if (typeof name === 'string' && name !== '' && Object.hasOwn(properties, name)) {
        this.problem(joinPointer(itemPointer, 'name'), `property \`${name}\` is defined more than once`);
        return;
      }
      const schemaPointer = joinPointer(objectPointer, 'properties', typeof name === 'string' ? name : index);
      const property = this.property(item, itemPointer, schemaPointer);
      if (!property || typeof name !== 'string') return;
      properties[name] = property.schema;
      if (property.required) {
        this.map(joinPointer(objectPointer, 'required', required.length), joinPointer(itemPointer, 'required'));
        required.push(name);
      }
    });
    return { properties, required };
  }

  /**
   * Converts one property: `allow_null` → `type: [t, "null"]` (and `null` joins an `enum`, or the
   * enum would still reject it), `datetime` → `format: date-time`, `any` → no `type`,
   * `array_item_schema` → `items` object, `object_properties` → nested `properties`/`required`.
   */
  property(item: unknown, filePointer: string, schemaPointer: string): { schema: JsonRecord; required: boolean } | undefined {
    if (!isRecord(item)) {
      this.problem(filePointer, 'a property must be a mapping with `name`, `description` and `type`');
      return undefined;
    }
    const at = (key: string) => joinPointer(filePointer, key);
    const before = this.problems.length;
    this.unknownFields(item, PROPERTY_FIELDS, filePointer, 'property');
    if (typeof item.name !== 'string' || item.name === '') {
      this.problem(item.name === undefined ? filePointer : at('name'), 'a property needs a `name` (a non-empty string)');
    }
    const type = item.type;
    if (typeof type !== 'string' || !LEGACY_TYPES.has(type)) {
      const detail = `\`type\` must be one of ${[...LEGACY_TYPES].map((t) => `\`${t}\``).join(', ')}`;
      this.problem(type === undefined ? filePointer : at('type'), type === undefined ? `${detail}; it is missing` : detail);
    }
    if (item.description !== undefined && item.description !== null && typeof item.description !== 'string') {
      this.problem(at('description'), '`description` must be a string');
    }
    for (const flag of ['required', 'allow_null', 'datetime'] as const) {
      if (item[flag] !== undefined && item[flag] !== null && typeof item[flag] !== 'boolean') {
        this.problem(at(flag), `\`${flag}\` must be \`true\` or \`false\``);
      }
    }
    if (item.enum !== undefined && item.enum !== null && !Array.isArray(item.enum))
      this.problem(at('enum'), '`enum` must be a list of values');
    if (item.pattern !== undefined && item.pattern !== null && typeof item.pattern !== 'string') {
      this.problem(at('pattern'), '`pattern` must be a regular expression string');
    }
    if (this.problems.slice(before).some((p) => !p.unknownField)) return undefined;

    const schema: JsonRecord = {};
    this.map(schemaPointer, filePointer);
    if (typeof item.description === 'string') {
      schema.description = item.description;
      this.map(joinPointer(schemaPointer, 'description'), at('description'));
    }
    const allowNull = item.allow_null === true;
    if (type !== 'any') {
      const typePointer = joinPointer(schemaPointer, 'type');
      this.map(typePointer, at('type'));
      if (allowNull && type !== 'null') {
        schema.type = [type, 'null'];
        this.map(joinPointer(typePointer, 0), at('type'));
        this.map(joinPointer(typePointer, 1), at('allow_null'));
      } else {
        schema.type = type;
      }
    }
    if (item.datetime === true) {
      schema.format = 'date-time';
      this.map(joinPointer(schemaPointer, 'format'), at('datetime'));
    }
    if (typeof item.pattern === 'string') {
      schema.pattern = item.pattern;
      this.map(joinPointer(schemaPointer, 'pattern'), at('pattern'));
    }
    if (Array.isArray(item.enum)) {
      const values: unknown[] = [...item.enum];
      const enumPointer = joinPointer(schemaPointer, 'enum');
      this.map(enumPointer, at('enum'));
      for (let index = 0; index < values.length; index++) this.map(joinPointer(enumPointer, index), joinPointer(at('enum'), index));
      if (allowNull && !values.includes(null)) {
        this.map(joinPointer(enumPointer, values.length), at('allow_null'));
        values.push(null);
      }
      schema.enum = values;
    }
    if (item.array_item_schema !== undefined && item.array_item_schema !== null) {
      const itemsPointer = joinPointer(schemaPointer, 'items');
      this.map(itemsPointer, at('array_item_schema'));
      this.map(joinPointer(itemsPointer, 'type'), at('array_item_schema'));
      const nested = this.propertyList(item.array_item_schema, at('array_item_schema'), itemsPointer);
      schema.items = { type: 'object', properties: nested.properties, required: nested.required };
    }
    if (item.object_properties !== undefined && item.object_properties !== null) {
      const nested = this.propertyList(item.object_properties, at('object_properties'), schemaPointer);
      schema.properties = nested.properties;
      schema.required = nested.required;
    }
    return { schema, required: item.required === true };
  }
}

/**
 * Resolves a schema pointer through a source map: the node itself, else its nearest mapped
 * ancestor (Ajv may point below what the converter created, such as into a `pattern` string).
 */
export function resolveSourcePointer(sourceMap: Readonly<Record<string, string>>, schemaPointer: string, fallback: string): string {
  const tokens = parsePointer(schemaPointer);
  for (let n = tokens.length; n >= 0; n--) {
    const mapped = sourceMap[joinPointer('', ...tokens.slice(0, n))];
    if (mapped !== undefined) return mapped;
  }
  return fallback;
}
