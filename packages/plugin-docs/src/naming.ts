import type { EventSchema } from '@reflekt/compiler';

const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Segment's snake_case for table names (`Order Completed` → `order_completed`, `userID` →
 * `user_id`), the same rule plugin-dbt applies: only ASCII letters and digits form words, an
 * upper-case run starts a word, every other byte separates words.
 */
export function segmentSnakecase(name: string): string {
  if (/^[a-z0-9]+(_[a-z0-9]+)*$/.test(name)) return name;
  const bytes = Buffer.from(name, 'utf8');
  const words: string[] = [];
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i] as number;
    if (!(isLower(c) || isUpper(c) || isDigit(c))) {
      i++;
      continue;
    }
    let word = '';
    while (i < bytes.length && (isUpper(bytes[i] as number) || isDigit(bytes[i] as number))) {
      word += String.fromCharCode((bytes[i] as number) | 0x20);
      i++;
    }
    while (i < bytes.length && (isLower(bytes[i] as number) || isDigit(bytes[i] as number))) {
      word += String.fromCharCode(bytes[i] as number);
      i++;
    }
    words.push(word);
  }
  return words.join('_');
}

/** ASCII words of a name, as plugin-types splits them (`Order Completed` → `Order`, `Completed`). */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

const TABLES: Record<string, string> = { identify: 'identifies', group: 'groups', page: 'pages', screen: 'screens' };

/** Default dbt model name: plugin-dbt's Segment layout (`stg_online_shop__order_completed`). */
export function defaultDbtModel(event: EventSchema): string {
  return `stg_${event.plan}__${TABLES[event.kind] ?? segmentSnakecase(event.name)}`;
}

/** Default typed function name: plugin-types' (`orderCompleted`, `orderCompletedV2`, `identify`). */
export function defaultTypedFunction(event: EventSchema): string {
  if (event.kind !== 'track') return event.kind;
  const list = words(event.name);
  if (event.version.major > 1) list.push(`V${event.version.major}`);
  const name = list.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return /^[0-9]/.test(name) || name === '' ? `_${name}` : name;
}

/** The file stem of an event (`Order_Completed`), as in its schema folder. */
export function fileStem(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '_');
}
