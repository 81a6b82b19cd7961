/**
 * Segment's warehouse naming: table and column names go through `segmentio/go-snakecase`, which
 * works on bytes. Only ASCII letters and digits are word characters; every other byte (including
 * each byte of a non-ASCII character) separates words.
 */

const UNDERSCORE = 0x5f;

const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAlnum = (c: number): boolean => isLower(c) || isUpper(c) || isDigit(c);

/**
 * Converts a name to snake_case exactly as Segment does (`Order Completed` → `order_completed`,
 * `userID` → `user_id`, `HTTPRequest` → `httprequest`, `Café Visited` → `caf_visited`).
 *
 * A string that is already made of lower-case letters, digits and inner underscores is returned
 * unchanged (`_private` stays), otherwise separators collapse and leading ones go (`__x` → `x`).
 */
export function segmentSnakecase(name: string): string {
  let out = cache.get(name);
  if (out === undefined) {
    out = snakecase(name);
    if (cache.size < 100_000) cache.set(name, out);
  }
  return out;
}

// Plans repeat property names across events; the cache makes each name's conversion one lookup.
const cache = new Map<string, string>();

function snakecase(name: string): string {
  const bytes = Buffer.from(name, 'utf8');
  const n = bytes.length;
  let i = 0;
  // The longest prefix that needs no change: lower-case letters, digits, and underscores that are
  // followed by a lower-case letter or a digit.
  while (i < n) {
    const c = bytes[i] as number;
    if (isLower(c) || isDigit(c)) {
      i++;
      continue;
    }
    const next = i + 1 < n ? (bytes[i + 1] as number) : -1;
    if (c === UNDERSCORE && next >= 0 && (isLower(next) || isDigit(next))) {
      i++;
      continue;
    }
    break;
  }
  if (i === n) return name;
  // A digit right before the first change starts a new word (`Step2Completed` keeps `step2`, but
  // `42_--x` splits to `4_2_x`), as go-snakecase backs up one byte there.
  if (i > 0 && isDigit(bytes[i - 1] as number)) i--;
  let out = bytes.subarray(0, i).toString('latin1');
  while (i < n) {
    if (!isAlnum(bytes[i] as number)) {
      i++;
      continue;
    }
    if (out.length > 0) out += '_';
    while (i < n && (isUpper(bytes[i] as number) || isDigit(bytes[i] as number))) {
      out += String.fromCharCode((bytes[i] as number) | 0x20);
      i++;
    }
    while (i < n && (isLower(bytes[i] as number) || isDigit(bytes[i] as number))) {
      out += String.fromCharCode(bytes[i] as number);
      i++;
    }
  }
  return out;
}
