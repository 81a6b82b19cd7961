import { type AvoEvent, type AvoExport, isObject } from '../avo-model.js';
import { type AvoFinding, finding } from '../diagnostics.js';
import { eventFolder, PULLED_VERSION, schemaDocument } from './document.js';
import { eventMetadata } from './metadata.js';
import { type MappingScope, mapName } from './name-mapping.js';
import { convertObject } from './object.js';
import type { Place } from './place.js';
import { TRAIT_KINDS, TraitCollector } from './traits.js';

/** What a conversion needs besides the export. */
export interface ConvertSettings {
  /** The plan folder under the schemas folder. */
  readonly folder: string;
  readonly vendor: string;
  readonly scope: MappingScope;
  /** Called after each event, for progress reports. */
  readonly onEvent?: (done: number, total: number) => void;
}

/** Reflekt schema documents by path under the schemas folder, and what conversion ran into. */
export interface Conversion {
  readonly schemas: ReadonlyMap<string, Record<string, unknown>>;
  readonly findings: readonly AvoFinding[];
  /** Avo events (variants included) that became no schema of their own. */
  readonly skipped: number;
}

/** Keys of an event's `rules.properties` that conversion reads. */
const KNOWN_RULE_KEYS = new Set<string>(['properties', ...TRAIT_KINDS.map((t) => t.key)]);

/**
 * Converts an Avo export into Reflekt schemas under `<folder>/`: one `<Event_Name>/1-0.json`
 * per event (named as sent, after name mappings), plus `Identify/1-0.json` and `Group/1-0.json`
 * when events set user or group properties. Variants, clashing names and unsafe characters are
 * reported; nothing is dropped without a finding.
 */
export function convertExport(plan: AvoExport, settings: ConvertSettings): Conversion {
  const findings: AvoFinding[] = [];
  const schemas = new Map<string, Record<string, unknown>>();
  const owners = new Map<string, { path: string; event: string }>();
  let skipped = 0;
  const claim = (path: string, event: string): boolean => {
    const key = path.toLowerCase();
    const first = owners.get(key);
    if (first) {
      findings.push(finding('RK5321', { event, path, first: first.event, firstPath: first.path }, first.path));
      return false;
    }
    owners.set(key, { path, event });
    return true;
  };
  const traits = TRAIT_KINDS.map(
    (t) => new TraitCollector(t, `${settings.folder}/${t.name}/${PULLED_VERSION}.json`, settings.scope, findings),
  );

  plan.events.forEach((event, index) => {
    if (convertEvent(event, plan, settings, findings, claim, traits, schemas) === 'skipped') skipped++;
    settings.onEvent?.(index + 1, plan.events.length);
  });
  for (const collector of traits) {
    if (!collector.isEmpty && claim(collector.path, collector.trait.name)) schemas.set(collector.path, collector.document(settings.vendor));
  }
  return { schemas, findings, skipped };
}

function convertEvent(
  event: AvoEvent,
  plan: AvoExport,
  settings: ConvertSettings,
  findings: AvoFinding[],
  claim: (path: string, event: string) => boolean,
  traits: readonly TraitCollector[],
  schemas: Map<string, Record<string, unknown>>,
): 'converted' | 'skipped' {
  const rules = isObject(event.rules) ? event.rules : {};
  const ruleProperties = isObject(rules.properties) ? rules.properties : {};
  // A variant's user and group properties still count: identify calls do not know variants.
  for (const collector of traits) {
    const rule = ruleProperties[collector.trait.key];
    if (isObject(rule)) collector.add(event.name, rule);
  }
  if (event.eventType === 'variant' || typeof event.variantName === 'string') {
    const variant = typeof event.variantName === 'string' ? event.variantName : String(event.id ?? '?');
    findings.push(finding('RK5320', { event: event.name, variant }));
    return 'skipped';
  }

  const mapped = mapName(event.name, rules.nameMapping ?? rules.nameMappings, settings.scope);
  const { folder, replaced } = eventFolder(mapped.name);
  const path = `${settings.folder}/${folder}/${PULLED_VERSION}.json`;
  if (!claim(path, event.name)) return 'skipped';
  if (replaced) findings.push(finding('RK5327', { event: mapped.name, path }, path));
  const place: Place = { event: event.name, path: '', schema: path, pointer: '', scope: settings.scope, findings };
  if (mapped.notApplied.length > 0)
    findings.push(finding('RK5324', { where: `\`${event.name}\``, mappings: mapped.notApplied.join(', ') }, path));
  for (const key of Object.keys(ruleProperties)) {
    if (!KNOWN_RULE_KEYS.has(key)) findings.push(finding('RK5329', { key, event: event.name }, path));
  }

  const propertiesRule = isObject(ruleProperties.properties) ? ruleProperties.properties : {};
  schemas.set(
    path,
    schemaDocument({
      id: path,
      name: mapped.name,
      vendor: settings.vendor,
      description: typeof event.description === 'string' ? event.description : '',
      metadata: eventMetadata(event, plan, mapped.name),
      body: convertObject(propertiesRule, place, { closedByDefault: true }),
    }),
  );
  return 'converted';
}
