import type { ErrorCategory, ErrorRecord, InvalidRecord, ValidatorError } from './types.js';

/** Ajv keyword → category. Anything not listed is a `Constraint` (min/max, pattern, …). */
const CATEGORY_BY_KEYWORD: ReadonlyMap<string, ErrorCategory> = new Map<string, ErrorCategory>([
  ['required', 'Required-Missing'],
  ['dependencies', 'Required-Missing'],
  ['dependentRequired', 'Required-Missing'],
  ['type', 'Datatype-Mismatch'],
  ['additionalProperties', 'Additional-Properties'],
  ['unevaluatedProperties', 'Additional-Properties'],
  ['enum', 'Enum'],
  ['const', 'Enum'],
  ['format', 'Format'],
  ['anyOf', 'Unknown'],
  ['oneOf', 'Unknown'],
  ['allOf', 'Unknown'],
  ['not', 'Unknown'],
  ['if', 'Unknown'],
  ['$ref', 'Unknown'],
]);

/** The category of an Ajv error. */
export function categoryOf(keyword: string): ErrorCategory {
  return CATEGORY_BY_KEYWORD.get(keyword) ?? 'Constraint';
}

/** Ajv's message with the offending name added where Ajv keeps it in `params`. */
function describe(error: ValidatorError): string {
  const message = error.message ?? `fails "${error.keyword}"`;
  const params = error.params;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string')
    return `must have required property "${params.missingProperty}"`;
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return `must NOT have additional property "${params.additionalProperty}"`;
  }
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) return `${message}: ${JSON.stringify(params.allowedValues)}`;
  return message;
}

/** An Ajv error as an {@link ErrorRecord}. */
export function errorRecord(error: ValidatorError, schemaId: string): ErrorRecord {
  return {
    category: categoryOf(error.keyword),
    schemaId,
    instancePath: error.instancePath,
    schemaPath: error.schemaPath,
    keyword: error.keyword,
    params: error.params,
    message: describe(error),
  };
}

/** An error about the event as a whole (no schema applied, or none could be). */
export function eventError(category: ErrorCategory, schemaId: string | null, message: string): ErrorRecord {
  return { category, schemaId, instancePath: '', schemaPath: '', keyword: '', params: {}, message };
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Fields of an {@link InvalidRecord} taken from the event itself. */
export function eventFacts(event: unknown): Pick<InvalidRecord, 'messageId' | 'type' | 'event'> {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) return { messageId: null, type: null, event: null };
  const message = event as Record<string, unknown>;
  const type = stringOrNull(message.type);
  return {
    messageId: stringOrNull(message.messageId),
    type,
    event: type === 'track' ? stringOrNull(message.event) : type === 'page' || type === 'screen' ? stringOrNull(message.name) : null,
  };
}

/** `/items/0/price` → `items.0.price`, the dotted field path Segment's violations use. */
const dottedField = (pointer: string): string =>
  pointer === ''
    ? ''
    : pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .join('.');

/** The event's `userId` and/or `anonymousId`; Segment needs one of them, so a fixed anonymous id stands in when it has neither. */
function identity(payload: Record<string, unknown>): { userId?: string; anonymousId?: string } {
  const userId = typeof payload.userId === 'string' ? payload.userId : undefined;
  const anonymousId = typeof payload.anonymousId === 'string' ? payload.anonymousId : undefined;
  if (userId === undefined && anonymousId === undefined) return { anonymousId: 'reflekt-registry' };
  return { ...(userId === undefined ? {} : { userId }), ...(anonymousId === undefined ? {} : { anonymousId }) };
}

/**
 * An invalid event in Segment Protocols' "Violation Generated" shape: one track event per
 * error, so dashboards built on forwarded violations keep working. `messageId` is derived from
 * the event's, so retried requests produce the same ids and the receiver can dedupe.
 */
export function violationEvents(record: InvalidRecord): object[] {
  const payload = (record.payload ?? {}) as Record<string, unknown>;
  const context = payload.context as { app?: { version?: unknown } } | undefined;
  const base = {
    eventName: record.event,
    eventType: record.type,
    eventMessageID: record.messageId,
    eventSentAt: stringOrNull(payload.sentAt),
    eventTimestamp: stringOrNull(payload.timestamp),
    sourceName: record.source,
    appVersion: typeof context?.app?.version === 'string' ? context.app.version : null,
  };
  return record.errors.map((error, index) => ({
    type: 'track',
    event: 'Violation Generated',
    messageId: `${record.messageId ?? 'unknown'}-violation-${index}`,
    ...identity(payload),
    timestamp: record.receivedAt,
    receivedAt: record.receivedAt,
    properties: {
      ...base,
      violationType: error.category,
      violationField: dottedField(error.instancePath),
      violationDescription: error.message,
      schemaId: error.schemaId,
    },
    context: { library: { name: '@reflekt/plugin-registry' } },
  }));
}
