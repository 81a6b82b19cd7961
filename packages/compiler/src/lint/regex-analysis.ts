/**
 * A small static analyzer for ECMAScript regex sources (JSON Schema `pattern`s) that finds the
 * shapes that backtrack exponentially when a value does not match (ReDoS):
 *
 * - `nested`: a repetition inside a repetition where the inner one is not fenced off by a
 *   required character it cannot match: `(a+)+`, `(\w+\s?)*`, `(.*)*`, `([a-z]{2,4})+`. Fenced
 *   forms such as `([a-z]+,)*` or `(\d+\.)+` match each text one way only and pass.
 * - `overlap`: a repetition of alternatives that can start and end with the same character, so
 *   a text splits between them in many ways: `(a|a)*`, `(a|aa)+`, `(\w|\d)+`. `(.|\n)*` passes.
 *
 * It is a heuristic, as every such check short of running the regex is: it looks at character
 * sets and at what each repetition must match, not at every way a text can split, and polynomial
 * cases such as `\s*.*\s*$` are not reported.
 */

/** A character set: sorted, disjoint, non-adjacent inclusive code point ranges. */
type CharSet = readonly (readonly [number, number])[];

const MAX = 0x10ffff;

function normalize(ranges: readonly (readonly [number, number])[]): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

const union = (a: CharSet, b: CharSet): CharSet => (a.length === 0 ? b : b.length === 0 ? a : normalize([...a, ...b]));

function complement(set: CharSet): CharSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX) out.push([next, MAX]);
  return out;
}

function overlaps(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as readonly [number, number];
    const y = b[j] as readonly [number, number];
    if (x[1] < y[0]) i++;
    else if (y[1] < x[0]) j++;
    else return true;
  }
  return false;
}

const NONE: CharSet = [];
const ANY: CharSet = [[0, MAX]];
const single = (code: number): CharSet => [[code, code]];
const DIGIT: CharSet = [[0x30, 0x39]];
const WORD: CharSet = normalize([
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
]);
const SPACE: CharSet = normalize([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
const DOT: CharSet = complement(
  normalize([
    [0x0a, 0x0a],
    [0x0d, 0x0d],
    [0x2028, 0x2029],
  ]),
);
const CLASS_ESCAPES: Readonly<Record<string, CharSet>> = {
  d: DIGIT,
  D: complement(DIGIT),
  w: WORD,
  W: complement(WORD),
  s: SPACE,
  S: complement(SPACE),
};
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };

/** A parsed regex. `empty` covers anchors, word boundaries, backreferences and lookarounds. */
type Node =
  | { readonly t: 'char'; readonly set: CharSet }
  | { readonly t: 'empty' }
  | { readonly t: 'seq'; readonly items: readonly Node[] }
  | { readonly t: 'alt'; readonly alts: readonly Node[] }
  | { readonly t: 'rep'; readonly body: Node; readonly min: number; readonly max: number; readonly start: number; readonly end: number };

class Parser {
  #i = 0;
  constructor(readonly src: string) {}

  parse(): Node {
    const node = this.#alt();
    if (this.#i < this.src.length) throw new SyntaxError('unbalanced )');
    return node;
  }

  #alt(): Node {
    const alts = [this.#seq()];
    while (this.src[this.#i] === '|') {
      this.#i++;
      alts.push(this.#seq());
    }
    return alts.length === 1 ? (alts[0] as Node) : { t: 'alt', alts };
  }

  #seq(): Node {
    const items: Node[] = [];
    while (this.#i < this.src.length && this.src[this.#i] !== '|' && this.src[this.#i] !== ')') {
      const start = this.#i;
      const atom = this.#atom();
      items.push(this.#quantified(atom, start));
    }
    return items.length === 1 ? (items[0] as Node) : { t: 'seq', items };
  }

  #quantified(atom: Node, start: number): Node {
    const c = this.src[this.#i];
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.#i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.#i));
      if (!m) return atom; // A literal `{` (Annex B).
      this.#i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else {
      return atom;
    }
    if (this.src[this.#i] === '?') this.#i++; // Lazy repetitions backtrack just the same on failure.
    return this.#quantified({ t: 'rep', body: atom, min, max, start, end: this.#i }, start);
  }

  #atom(): Node {
    const c = this.src[this.#i++] ?? '';
    if (c === '(') return this.#group();
    if (c === '[') return { t: 'char', set: this.#class() };
    if (c === '.') return { t: 'char', set: DOT };
    if (c === '^' || c === '$') return { t: 'empty' };
    if (c === '\\') return this.#escape();
    return { t: 'char', set: single(c.codePointAt(0) ?? 0) };
  }

  #group(): Node {
    let lookaround = false;
    if (this.src[this.#i] === '?') {
      const rest = this.src.slice(this.#i);
      const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(rest);
      if (!m) throw new SyntaxError('invalid group');
      lookaround = m[0] === '?=' || m[0] === '?!' || m[0] === '?<=' || m[0] === '?<!';
      this.#i += m[0].length;
    }
    const body = this.#alt();
    if (this.src[this.#i++] !== ')') throw new SyntaxError('unterminated group');
    return lookaround ? { t: 'empty' } : body;
  }

  #class(): CharSet {
    const negated = this.src[this.#i] === '^';
    if (negated) this.#i++;
    // Unlike POSIX, `[]` is an empty class in ECMAScript: a `]` right after `[` closes it.
    let set = NONE;
    while (this.#i < this.src.length && this.src[this.#i] !== ']') {
      const lo = this.#classAtom();
      if (this.src[this.#i] === '-' && this.#i + 1 < this.src.length && this.src[this.#i + 1] !== ']') {
        this.#i++;
        const hi = this.#classAtom();
        if (typeof lo === 'number' && typeof hi === 'number') {
          if (lo > hi) throw new SyntaxError('range out of order');
          set = union(set, [[lo, hi]]);
        } else {
          // `[\d-x]`: no range, three members (Annex B).
          set = union(set, union(typeof lo === 'number' ? single(lo) : lo, union(single(0x2d), typeof hi === 'number' ? single(hi) : hi)));
        }
        continue;
      }
      set = union(set, typeof lo === 'number' ? single(lo) : lo);
    }
    if (this.src[this.#i++] !== ']') throw new SyntaxError('unterminated class');
    return negated ? complement(set) : set;
  }

  /** One class member: a code point, or a set for `\d`-style escapes. */
  #classAtom(): number | CharSet {
    const c = this.src[this.#i++] ?? '';
    if (c !== '\\') return c.codePointAt(0) ?? 0;
    const e = this.src[this.#i++] ?? '';
    if (e === 'b') return 8;
    return this.#escapeValue(e);
  }

  #escape(): Node {
    const e = this.src[this.#i++] ?? '';
    if (e === 'b' || e === 'B') return { t: 'empty' };
    if (/[1-9]/.test(e)) {
      while (/\d/.test(this.src[this.#i] ?? '')) this.#i++;
      return { t: 'empty' };
    }
    if (e === 'k' && this.src[this.#i] === '<') {
      this.#i = this.src.indexOf('>', this.#i) + 1;
      if (this.#i === 0) throw new SyntaxError('invalid named reference');
      return { t: 'empty' };
    }
    const value = this.#escapeValue(e);
    return { t: 'char', set: typeof value === 'number' ? single(value) : value };
  }

  /** The value of an escape after its `\`: a code point, or a set. */
  #escapeValue(e: string): number | CharSet {
    const classSet = CLASS_ESCAPES[e];
    if (classSet) return classSet;
    const control = CONTROL_ESCAPES[e];
    if (control !== undefined) return control;
    if (e === 'p' || e === 'P') {
      if (this.src[this.#i] === '{') this.#i = this.src.indexOf('}', this.#i) + 1;
      return ANY;
    }
    const hex = e === 'x' ? /^[0-9a-fA-F]{2}/ : e === 'u' ? /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/ : undefined;
    if (hex) {
      const m = hex.exec(this.src.slice(this.#i));
      if (!m) return e.codePointAt(0) ?? 0;
      this.#i += m[0].length;
      return Number.parseInt(m[0].replace(/[{}]/g, ''), 16);
    }
    if (e === 'c') return (this.src.charCodeAt(this.#i++) || 0) % 32;
    return e.codePointAt(0) ?? 0;
  }
}

/** Whether a node can match the empty string. */
function nullable(node: Node): boolean {
  switch (node.t) {
    case 'char':
      return false;
    case 'empty':
      return true;
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.alts.some(nullable);
    case 'rep':
      return node.min === 0 || nullable(node.body);
  }
}

/** Every character a node can consume. */
function chars(node: Node): CharSet {
  switch (node.t) {
    case 'char':
      return node.set;
    case 'empty':
      return NONE;
    case 'seq':
      return node.items.reduce((acc, n) => union(acc, chars(n)), NONE);
    case 'alt':
      return node.alts.reduce((acc, n) => union(acc, chars(n)), NONE);
    case 'rep':
      return chars(node.body);
  }
}

/** The characters a node's match can start with (`edge: 'first'`) or end with (`'last'`). */
function edge(node: Node, which: 'first' | 'last'): CharSet {
  switch (node.t) {
    case 'char':
      return node.set;
    case 'empty':
      return NONE;
    case 'alt':
      return node.alts.reduce((acc, n) => union(acc, edge(n, which)), NONE);
    case 'rep':
      return edge(node.body, which);
    case 'seq': {
      let acc = NONE;
      const items = which === 'first' ? node.items : [...node.items].reverse();
      for (const item of items) {
        acc = union(acc, edge(item, which));
        if (!nullable(item)) break;
      }
      return acc;
    }
  }
}

/** Variable repetitions (`+`, `*`, `{2,4}`) anywhere inside a node. */
function innerRepetitions(node: Node, into: Node[]): void {
  if (node.t === 'seq') for (const n of node.items) innerRepetitions(n, into);
  else if (node.t === 'alt') for (const n of node.alts) innerRepetitions(n, into);
  else if (node.t === 'rep') {
    if (node.max > 1 && node.max > node.min) into.push(node);
    innerRepetitions(node.body, into);
  }
}

/** The single characters a repetition body must match on each pass (`,` in `([a-z]+,)*`). */
function requiredChars(body: Node): CharSet[] {
  const items = body.t === 'seq' ? body.items : [body];
  const out: CharSet[] = [];
  for (const item of items) {
    if (item.t === 'char') out.push(item.set);
    else if (item.t === 'rep' && item.min >= 1 && item.body.t === 'char') out.push(item.body.set);
  }
  return out;
}

/** A catastrophic-backtracking finding: its kind and the fragment of the source responsible. */
export interface RedosFinding {
  readonly reason: 'nested' | 'overlap';
  readonly fragment: string;
}

function findIn(node: Node, src: string): RedosFinding | undefined {
  if (node.t === 'seq' || node.t === 'alt') {
    for (const n of node.t === 'seq' ? node.items : node.alts) {
      const found = findIn(n, src);
      if (found) return found;
    }
    return undefined;
  }
  if (node.t !== 'rep') return undefined;
  if (node.max > 1) {
    const fragment = src.slice(node.start, node.end);
    const inner: Node[] = [];
    innerRepetitions(node.body, inner);
    const fences = requiredChars(node.body);
    for (const rep of inner) {
      const consumed = chars(rep);
      if (!fences.some((fence) => !overlaps(fence, consumed))) return { reason: 'nested', fragment };
    }
    if (node.body.t === 'alt') {
      const alts = node.body.alts;
      for (let i = 0; i < alts.length; i++) {
        for (let j = i + 1; j < alts.length; j++) {
          const a = alts[i] as Node;
          const b = alts[j] as Node;
          if (overlaps(edge(a, 'first'), edge(b, 'first')) && overlaps(edge(a, 'last'), edge(b, 'last')))
            return { reason: 'overlap', fragment };
        }
      }
    }
  }
  return findIn(node.body, src);
}

const cache = new Map<string, RedosFinding | null>();

/**
 * The first catastrophic-backtracking shape in a regex source, or `undefined`. A source that
 * does not parse gives `undefined` (invalid patterns are the loader's finding, RK1003). Results
 * are cached per source for the process.
 */
export function findRedos(source: string): RedosFinding | undefined {
  const cached = cache.get(source);
  if (cached !== undefined) return cached ?? undefined;
  let found: RedosFinding | undefined;
  try {
    found = findIn(new Parser(source).parse(), source);
  } catch {
    found = undefined;
  }
  if (cache.size < 4096) cache.set(source, found ?? null);
  return found;
}
