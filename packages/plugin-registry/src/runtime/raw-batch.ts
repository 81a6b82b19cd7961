import { isObject, type Message } from './envelope.js';

/**
 * How one batch item can be written out from the producer's own text: the item's source and
 * whether the envelope's `sentAt` has to be added in front.
 */
export interface RawItem {
  readonly source: string;
  readonly sentAt: string | undefined;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

function skipSpace(text: string, i: number): number {
  let at = i;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return at;
    at++;
  }
}

/** Index of the quote closing the string that opens at `i`. */
function stringEnd(text: string, i: number): number {
  let at = i;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}

/** Index just after the JSON value that starts at `i` (the text is known to be valid JSON). */
function valueEnd(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === QUOTE) return stringEnd(text, i) + 1;
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let at = i;
    for (;;) {
      const c = text.charCodeAt(at);
      if (Number.isNaN(c) || c === 44 || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === 32 || c === 10 || c === 13 || c === 9) return at;
      at++;
    }
  }
  let depth = 0;
  for (let at = i; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === QUOTE) at = stringEnd(text, at);
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return at + 1;
    }
  }
  return text.length;
}

/**
 * The source text of each item of the top-level `batch` array of a JSON object text that
 * `JSON.parse` accepted; `undefined` when the mapping to the parsed items could be ambiguous (a
 * top-level key written with escapes, `batch` given twice, or `batch` not an array).
 */
export function batchItemSources(text: string): string[] | undefined {
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_BRACE) return undefined;
  let items: string[] | undefined;
  i = skipSpace(text, i + 1);
  while (text.charCodeAt(i) === QUOTE) {
    const keyEnd = stringEnd(text, i);
    const key = text.slice(i + 1, keyEnd);
    // `JSON.parse` keeps the last of duplicate keys and decodes escapes; mapping either is not worth it.
    if (key.includes('\\')) return undefined;
    i = skipSpace(text, skipSpace(text, keyEnd + 1) + 1);
    if (key === 'batch') {
      if (items !== undefined || text.charCodeAt(i) !== OPEN_BRACKET) return undefined;
      items = [];
      i = skipSpace(text, i + 1);
      while (text.charCodeAt(i) !== CLOSE_BRACKET && i < text.length) {
        const end = valueEnd(text, i);
        items.push(text.slice(i, end));
        i = skipSpace(text, end);
        if (text.charCodeAt(i) === 44) i = skipSpace(text, i + 1);
      }
      i++;
    } else {
      i = valueEnd(text, i);
    }
    i = skipSpace(text, i);
    if (text.charCodeAt(i) === 44) i = skipSpace(text, i + 1);
  }
  return items;
}

/**
 * For a batch request whose items will be forwarded as sent, the raw source of each item that
 * can be written out verbatim (plus `receivedAt`, and the envelope's `sentAt` when the item has
 * none); `undefined` entries are serialised as usual. Call before {@link messagesOf} changes the
 * items. Only an envelope without `context`/`integrations` qualifies (those are merged into
 * every item), and only items without `writeKey` (blanked) or `receivedAt` (overwritten), on one
 * line.
 */
export function rawBatchItems(body: Message, text: string): (RawItem | undefined)[] | undefined {
  const batch = body.batch;
  if (!Array.isArray(batch) || body.context !== undefined || body.integrations !== undefined) return undefined;
  const sources = batchItemSources(text);
  if (sources === undefined || sources.length !== batch.length) return undefined;
  const envelopeSentAt = typeof body.sentAt === 'string' ? body.sentAt : undefined;
  const out = new Array<RawItem | undefined>(batch.length);
  for (let i = 0; i < batch.length; i++) {
    const item: unknown = batch[i];
    const source = sources[i] as string;
    if (
      !isObject(item) ||
      Object.hasOwn(item, 'writeKey') ||
      Object.hasOwn(item, 'receivedAt') ||
      source.includes('\n') ||
      source.includes('\r')
    )
      continue;
    out[i] = { source, sentAt: item.sentAt === undefined ? envelopeSentAt : undefined };
  }
  return out;
}

/** The NDJSON line of a valid item written from its source, with `receivedAt` (and `sentAt`) first. */
export function rawLine(raw: RawItem, receivedAt: string): string {
  const head =
    raw.sentAt === undefined ? `{"receivedAt":"${receivedAt}"` : `{"receivedAt":"${receivedAt}","sentAt":${JSON.stringify(raw.sentAt)}`;
  const rest = raw.source.slice(1);
  return skipSpace(rest, 0) < rest.length && rest.charCodeAt(skipSpace(rest, 0)) === CLOSE_BRACE ? `${head}}` : `${head},${rest}`;
}
