/** A Reflekt schema document for `<plan>/<Event_Name>/<version>.json`, as written by hand. */
export function schemaFile(
  plan: string,
  name: string,
  version: string,
  properties: Record<string, unknown>,
  extra: { kind?: string; required?: string[]; metadata?: Record<string, unknown>; description?: string } = {},
): [string, Record<string, unknown>] {
  const id = `${plan}/${name.replace(/ /g, '_')}/${version}.json`;
  return [
    `schemas/${id}`,
    {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: id,
      description: extra.description ?? `${name} happened.`,
      self: {
        vendor: 'com.example',
        name,
        format: 'jsonschema',
        version,
        metadata: extra.metadata ?? { owner: 'growth' },
        ...(extra.kind && { kind: extra.kind }),
      },
      type: 'object',
      properties,
      ...(extra.required && { required: extra.required }),
      additionalProperties: false,
    },
  ];
}

/** A described string property. */
export const text = (description: string) => ({ type: 'string', description });
