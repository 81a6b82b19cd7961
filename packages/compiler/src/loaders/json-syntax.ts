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
