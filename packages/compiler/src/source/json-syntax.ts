/**
 * Finds the offset of the first JSON syntax error in `text`, or `undefined` when it is valid.
 *
 * Only used on the error path, for the few `JSON.parse` messages that carry no position
 * (V8's "Unexpected token 'x', "…" is not valid JSON"). It follows RFC 8259 and reports the
 * offset of the first character that cannot continue a valid document, as V8 does.
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  const n = text.length;
  const stack: ('{' | '[')[] = [];
  let i = 0;
  let state: 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'afterValue' = 'value';
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  for (;;) {
    skipSpace();
    if (state === 'value' || state === 'valueOrEnd') {
      if (i >= n) return i;
      const c = text[i];
      if (state === 'valueOrEnd' && c === ']') {
        stack.pop();
        i++;
        state = 'afterValue';
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        state = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
      } else {
        const end = scalarEnd(text, i);
        if (end.error !== undefined) return end.error;
        i = end.end;
        state = 'afterValue';
      }
      continue;
    }
    if (state === 'key' || state === 'keyOrEnd') {
      if (i >= n) return i;
      if (state === 'keyOrEnd' && text[i] === '}') {
        stack.pop();
        i++;
        state = 'afterValue';
        continue;
      }
      if (text[i] !== '"') return i;
      const end = stringEnd(text, i);
      if (end.error !== undefined) return end.error;
      i = end.end;
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
      state = 'value';
      continue;
    }
    const top = stack.at(-1);
    if (top === undefined) return i < n ? i : undefined;
    if (i >= n) return i;
    const c = text[i];
    if (c === ',') {
      i++;
      state = top === '{' ? 'key' : 'value';
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i++;
    } else {
      return i;
    }
  }
}

type ScanResult = { end: number; error?: undefined } | { end?: undefined; error: number };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;

function scalarEnd(text: string, start: number): ScanResult {
  const c = text[start];
  if (c === '"') return stringEnd(text, start);
  if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(text);
    // A bare `-` or `1.` fails inside the number: point just after what did match.
    if (!match) return { error: start + 1 };
    const end = start + match[0].length;
    const next = text[end];
    if (next === '.' || next === 'e' || next === 'E') return { error: end + 1 };
    return { end };
  }
  for (const literal of LITERALS) {
    if (literal[0] !== c) continue;
    let k = 0;
    while (k < literal.length && text[start + k] === literal[k]) k++;
    return k === literal.length ? { end: start + k } : { error: start + k };
  }
  return { error: start };
}

function stringEnd(text: string, start: number): ScanResult {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return { end: i + 1 };
    if (code < 0x20) return { error: i };
    if (code === 0x5c) {
      const escaped = text[i + 1];
      if (escaped === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { error: i + 1 };
        i += 5;
      } else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) {
        i++;
      } else {
        return { error: i + 1 };
      }
    }
  }
  return { error: text.length };
}

/**
 * Where a `JSON.parse` error is, and what it says without V8's position and snippet suffixes.
 *
 * V8 states the offset ("… in JSON at position 42"), except for "Unexpected end of JSON input"
 * (the end of the text) and "Unexpected token 'x', "…" is not valid JSON" (no position at all),
 * for which the document is scanned to find the offending character.
 */
export function jsonError(text: string, message: string): { offset: number; detail: string } {
  const position = /\bat position (\d+)/.exec(message);
  let offset: number;
  if (position?.[1] !== undefined) offset = Number(position[1]);
  else if (/end of JSON input/i.test(message)) offset = text.length;
  else offset = jsonSyntaxErrorOffset(text) ?? text.length;
  const detail = message
    .replace(/\s+in JSON at position \d+.*$/s, '')
    .replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/\.$/, '');
  return explain(text, Math.max(0, Math.min(offset, text.length)), detail);
}

/**
 * Rewords the mistakes people make most (a trailing comma, an unquoted or misspelt word) and
 * moves the position to the start of a bad word, where the fix goes; V8 reports the character
 * after it.
 */
function explain(text: string, offset: number, detail: string): { offset: number; detail: string } {
  const char = text[offset];
  let before = offset - 1;
  while (before >= 0 && /\s/.test(text[before] ?? '')) before--;
  if ((char === ']' || char === '}') && text[before] === ',') {
    return { offset, detail: `unexpected \`${char}\` after \`,\` (JSON allows no trailing comma)` };
  }
  let start = offset;
  while (start > 0 && /[A-Za-z0-9_$]/.test(text[start - 1] ?? '')) start--;
  let end = offset;
  while (end < text.length && /[A-Za-z0-9_$]/.test(text[end] ?? '')) end++;
  const word = text.slice(start, end);
  if (/^[A-Za-z_$]/.test(word)) {
    return {
      offset: start,
      detail: `unexpected \`${word}\`, expected a value (a string in double quotes, a number, an object, an array, true, false or null)`,
    };
  }
  if (char === '\n' || char === '\r') return { offset, detail: 'unexpected end of line' };
  return { offset, detail };
}
