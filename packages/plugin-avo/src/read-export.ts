import { type AvoEvent, type AvoExport, isObject } from './avo-model.js';
import { type AvoFinding, finding } from './diagnostics.js';

/** An export checked well enough to convert, with the events that had to be left out. */
export interface ReadExport {
  readonly plan?: AvoExport;
  readonly findings: readonly AvoFinding[];
}

/**
 * Checks parsed JSON against the shape conversion relies on: an object with an `events` array
 * (RK5307 otherwise). Entries that are not objects with a non-empty `name` are skipped with
 * RK5330; an `events` list left empty is refused (RK5313), so a wrong branch never reads as
 * "every event was deleted". `origin` names the source in messages.
 */
export function readExport(value: unknown, origin: string): ReadExport {
  if (!isObject(value)) return { findings: [finding('RK5307', { origin, detail: 'the JSON is not an object' })] };
  if (!Array.isArray(value.events)) {
    return { findings: [finding('RK5307', { origin, detail: 'it has no `events` list' })] };
  }
  const findings: AvoFinding[] = [];
  const events: AvoEvent[] = [];
  value.events.forEach((event: unknown, index: number) => {
    const problem = eventProblem(event);
    if (problem) findings.push(finding('RK5330', { index, detail: problem }));
    else events.push(event as AvoEvent);
  });
  if (events.length === 0) return { findings: [...findings, finding('RK5313', { origin })] };
  // Lookup tables of another shape are dropped: names then fall back to ids.
  const { categories, destinations, ...rest } = value;
  const plan = { ...rest, events, ...(isObject(categories) && { categories }), ...(isObject(destinations) && { destinations }) };
  return { plan: plan as AvoExport, findings };
}

function eventProblem(event: unknown): string | undefined {
  if (!isObject(event)) return 'it is not an object';
  if (typeof event.name !== 'string' || event.name.trim() === '') return 'it has no name';
  if (event.rules !== undefined && !isObject(event.rules)) return `\`${event.name}\` has \`rules\` that are not an object`;
  return undefined;
}

/** Parses JSON text for {@link readExport}; a syntax error becomes RK5307. */
export function parseExport(text: string, origin: string): ReadExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { findings: [finding('RK5307', { origin, detail: `the JSON does not parse (${(error as Error).message})` })] };
  }
  return readExport(value, origin);
}
