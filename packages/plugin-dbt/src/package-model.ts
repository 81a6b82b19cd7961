import { compareIds, type EventSchema, formatVersion, type TrackingPlan } from '@reflekt/compiler';
import { type Finding, finding } from './findings.js';
import type { ModelColumn, PackageModel, SourceModel, SourceTable, StagingModel, VersionFilter } from './model-types.js';
import { segmentSnakecase } from './naming/segment.js';
import type { DbtTest, ResolvedOptions, SourceOptions } from './options.js';
import { type PlanColumn, planColumns } from './plan-columns.js';
import { type CdpLayout, type CommonColumn, layoutFor, standardTable, type TableKind } from './warehouse/layout.js';

export type { ModelColumn, PackageModel, SourceModel, SourceTable, StagingModel, VersionFilter } from './model-types.js';

import { byVersion, liveMajors, representatives } from './event-versions.js';

const STANDARD_KINDS = new Map<EventSchema['kind'], Exclude<TableKind, 'event' | 'tracks' | 'users'>>([
  ['identify', 'identifies'],
  ['group', 'groups'],
  ['page', 'pages'],
  ['screen', 'screens'],
]);

/** Where a schema's pointer is in its file. */
export function fileAt(event: EventSchema, pointer: string): { file: string; pointer: string; atKey?: boolean } {
  const at = { file: event.source.file, pointer: event.sourceMap?.[pointer] ?? `${event.source.pointer}${pointer}` };
  return pointer === '' ? at : { ...at, atKey: true };
}

/** A column while its model is being built. */
type DraftColumn = { -readonly [K in keyof ModelColumn]: ModelColumn[K] } & { tests: DbtTest[] };

const same = (a: DbtTest, b: DbtTest): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Builds the package's sources and models from the plan. */
export class PackageBuilder {
  readonly #options: ResolvedOptions;
  readonly #layout: CdpLayout;
  readonly #findings: Finding[] = [];
  readonly #columnCache = new Map<string, PlanColumn[]>();
  readonly #columnMaps = new Map<string, Map<string, PlanColumn>>();
  readonly #commonCache = new Map<TableKind, readonly CommonColumn[]>();
  readonly #reported = new Set<string>();

  constructor(options: ResolvedOptions) {
    this.#options = options;
    this.#layout = layoutFor(options.cdp, options.warehouse);
  }

  build(plan: TrackingPlan): PackageModel {
    const plans = [...new Set(plan.events.map((e) => e.plan))].sort(compareIds);
    const sourceOptions =
      this.#options.sources ?? plans.map((p) => ({ schema: segmentSnakecase(p), name: segmentSnakecase(p), plans: [p] }));
    const sources = sourceOptions.map((s) => this.#source(s, plan.events));
    this.#applyExtraTests(sources);
    this.#applyRelationships(sources);
    return { sources, layout: this.#layout, findings: this.#findings };
  }

  #report(key: string, f: Finding): void {
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    this.#findings.push(f);
  }

  #columnsOf(event: EventSchema): PlanColumn[] {
    let cols = this.#columnCache.get(event.id);
    if (!cols) {
      cols = planColumns(event, this.#layout);
      this.#columnCache.set(event.id, cols);
    }
    return cols;
  }

  #common(kind: TableKind): readonly CommonColumn[] {
    let list = this.#commonCache.get(kind);
    if (!list) {
      list = this.#layout.common(kind);
      this.#commonCache.set(kind, list);
    }
    return list;
  }

  #columnMap(event: EventSchema): Map<string, PlanColumn> {
    let map = this.#columnMaps.get(event.id);
    if (!map) {
      map = new Map();
      for (const c of this.#columnsOf(event)) if (!map.has(c.column)) map.set(c.column, c);
      this.#columnMaps.set(event.id, map);
    }
    return map;
  }

  #modelName(source: string, table: string, suffix = ''): string {
    return `${this.#options.prefixes.model}${source}__${table}${suffix}`;
  }

  #source(options: SourceOptions & { name: string }, all: readonly EventSchema[]): SourceModel {
    const events = all.filter((e) => !options.plans || options.plans.includes(e.plan));
    const tables: SourceTable[] = [];
    const models: StagingModel[] = [];
    const name = options.name;
    const label = this.#layout.label;

    for (const [kind, tableKind] of STANDARD_KINDS) {
      const schemas = events.filter((e) => e.kind === kind);
      if (schemas.length === 0) continue;
      const table = standardTable(tableKind);
      const call = `${kind}()`;
      tables.push({
        name: table,
        kind: tableKind,
        schemas,
        description: `Every ${call} call ${label} received, one row per call, with the ${kind === 'identify' || kind === 'group' ? 'traits' : 'properties'} as columns.`,
      });
      const reps = representatives(schemas);
      const model = this.#model({
        name: this.#modelName(name, table),
        kind: tableKind,
        table,
        representatives: reps,
        rows: schemas,
        description: `${reps.map((e) => e.description).join('\n\n')}\n\nOne row per ${call} call from \`${table}\`, deduplicated on \`message_id\`; columns from ${reps.map((e) => `\`${e.id}\``).join(', ')}.`,
      });
      models.push(model);
      if (tableKind === 'identifies') models.push(this.#users(name, model, reps, schemas));
    }

    const tracks = events.filter((e) => e.kind === 'track');
    if (tracks.length > 0) {
      const names = [...new Set(tracks.map((e) => e.name))].sort(compareIds);
      tables.push({
        name: 'tracks',
        kind: 'tracks',
        schemas: tracks,
        description: `Every track() call ${label} received, one row per call, with the columns all events share; each event's properties are in its own table.`,
      });
      models.push(
        this.#model({
          name: this.#modelName(name, 'tracks'),
          kind: 'tracks',
          table: 'tracks',
          representatives: [],
          rows: [],
          eventNames: names,
          description: `Every track() call, one row per call deduplicated on \`message_id\`, with the columns all events share (event name, ids, timestamps). The properties of each event are in its own model.`,
        }),
      );
    }

    const byTable = new Map<string, EventSchema[]>();
    for (const e of tracks) {
      const table = this.#layout.eventTable(e.name);
      byTable.set(table, [...(byTable.get(table) ?? []), e]);
    }
    const reservedTables = new Set(['tracks', 'identifies', 'users', 'groups', 'pages', 'screens', 'aliases', 'accounts']);
    for (const [table, versions] of [...byTable].sort(([a], [b]) => compareIds(a, b))) {
      const names = [...new Set(versions.map((e) => e.name))].sort(compareIds);
      if (names.length > 1 || reservedTables.has(table)) {
        const first = versions[0] as EventSchema;
        this.#report(
          `table:${name}:${table}`,
          finding('RK4204', { table, events: names.map((n) => `\`${n}\``).join(', ') }, fileAt(first, '')),
        );
        if (reservedTables.has(table)) continue;
      }
      tables.push({
        name: table,
        kind: 'event',
        schemas: versions,
        description: `${names.map((n) => `\`${n}\``).join(', ')} events (track calls) ${label} received, one row per call, with the properties as columns.`,
      });
      models.push(...this.#eventModels(name, table, versions, names));
    }

    return {
      name,
      schema: options.schema,
      ...(options.database !== undefined && { database: options.database }),
      ...(options.environments !== undefined && { environments: options.environments }),
      plans: [...new Set(events.map((e) => e.plan))].sort(compareIds),
      tables,
      models,
    };
  }

  #eventModels(source: string, table: string, versions: readonly EventSchema[], names: readonly string[]): StagingModel[] {
    const live = liveMajors(versions);
    const sorted = [...versions].sort(byVersion);
    const eventLabel = names.map((n) => `\`${n}\``).join(', ');
    if (live.length <= 1) {
      const major = live[0];
      const reps = representatives(sorted.filter((e) => e.version.major === major));
      return [
        this.#model({
          name: this.#modelName(source, table),
          kind: 'event',
          table,
          representatives: reps,
          rows: sorted,
          eventNames: names,
          description: `${reps.map((e) => e.description).join('\n\n')}\n\nOne row per ${eventLabel} event from \`${table}\`, deduplicated on \`message_id\`; columns from ${reps.map((e) => `\`${e.id}\` (version ${formatVersion(e.version)})`).join(', ')}.`,
        }),
      ];
    }
    const oldest = live[0] as number;
    return live.map((major) => {
      const reps = representatives(sorted.filter((e) => e.version.major === major));
      const rows = sorted.filter((e) => e.version.major === major || (major === oldest && e.version.major < major));
      const rep = reps[0] as EventSchema;
      const prefix = `${rep.id.slice(0, rep.id.lastIndexOf('/') + 1)}${major}-`;
      const versionColumn = this.#layout.versionColumn;
      const markers = [`\`schema_id\` starting \`${prefix}\``, ...(versionColumn ? [`\`event_version\` ${major}`] : [])].join(' or ');
      return this.#model({
        name: this.#modelName(source, table, `__v${major}`),
        kind: 'event',
        table,
        representatives: reps,
        rows,
        eventNames: names,
        version: { major, oldest: major === oldest, schemaIdPrefix: prefix },
        description: `${reps.map((e) => e.description).join('\n\n')}\n\nOne row per ${eventLabel} event of major version ${major} from \`${table}\` (${markers}${major === oldest ? ', or no version at all' : ''}), deduplicated on \`message_id\`; columns from ${reps.map((e) => `\`${e.id}\``).join(', ')}.`,
      });
    });
  }

  #model(init: {
    name: string;
    kind: TableKind;
    table: string;
    representatives: readonly EventSchema[];
    rows: readonly EventSchema[];
    description: string;
    eventNames?: readonly string[];
    version?: VersionFilter;
  }): StagingModel {
    const { kind } = init;
    const columns: DraftColumn[] = [];
    const byRaw = new Map<string, number>();
    const names = new Set<string>();
    const add = (col: DraftColumn): void => {
      for (const r of col.raw) byRaw.set(r, columns.length);
      names.add(col.name);
      columns.push(col);
    };
    for (const c of this.#common(kind)) {
      const tests: DbtTest[] = c.name === 'message_id' ? ['unique', 'not_null'] : [];
      if (kind === 'tracks' && c.name === 'event_name' && init.eventNames?.length) {
        tests.push(this.#acceptedValues(init.eventNames, true, 'warn'));
      }
      add({ name: c.name, raw: c.raw, type: c.type, description: c.description, tests, origins: [], fromPlan: false });
    }

    // Plan columns: the union over the representative schemas, in schema order.
    const rowColumns = init.rows.map((e) => this.#columnMap(e));
    const origins = new Map<number, { event: EventSchema; column: PlanColumn }[]>();
    for (const event of init.representatives) {
      const seenInEvent = new Map<string, PlanColumn>();
      for (const pc of this.#columnsOf(event)) {
        const other = seenInEvent.get(pc.column);
        if (other) {
          this.#report(
            `dup:${event.id}:${pc.pointer}`,
            finding(
              'RK4202',
              { event: event.name, property: pc.path.join('.'), other: other.path.join('.'), column: pc.column },
              fileAt(event, pc.pointer),
            ),
          );
          continue;
        }
        seenInEvent.set(pc.column, pc);
        if (this.#layout.isReserved(pc.column, kind)) {
          this.#report(
            `reserved:${event.id}:${pc.pointer}`,
            finding(
              'RK4201',
              { event: event.name, property: pc.path.join('.'), column: pc.column, cdp: this.#layout.label },
              fileAt(event, pc.pointer),
            ),
          );
          continue;
        }
        const at = byRaw.get(pc.column);
        if (at !== undefined) {
          // The same raw column: a CDP column the plan describes (a page `name`), or a property of
          // another representative schema (traits of two identify schemas).
          const existing = columns[at] as DraftColumn;
          if (!existing.fromPlan) {
            existing.type = pc.type;
            existing.description = pc.description || existing.description;
            existing.fromPlan = true;
          }
          origins.get(at)?.push({ event, column: pc }) ?? origins.set(at, [{ event, column: pc }]);
          continue;
        }
        let name = pc.column;
        if (names.has(name)) {
          name = `_${pc.column}`;
          this.#report(
            `renamed:${event.id}:${pc.pointer}`,
            finding(
              'RK4203',
              { event: event.name, property: pc.path.join('.'), column: pc.column, renamed: name },
              fileAt(event, pc.pointer),
            ),
          );
        }
        origins.set(columns.length, [{ event, column: pc }]);
        add({
          name,
          raw: [pc.column],
          type: pc.type,
          description: pc.description + (pc.type === 'json' ? ' (JSON array)' : ''),
          tests: [],
          origins: [],
          fromPlan: true,
        });
      }
    }
    // Tests that hold for every schema whose rows the model reads.
    for (let i = 0; i < columns.length; i++) {
      const col = columns[i] as DraftColumn;
      if (!col.fromPlan) continue;
      col.origins = origins.get(i) ?? [];
      const raw = col.raw[0] as string;
      const matches = rowColumns.map((cols) => cols.get(raw));
      const tests = col.tests;
      if (matches.length > 0 && matches.every((m) => m?.required)) tests.push('not_null');
      const present = matches.filter((m): m is PlanColumn => m !== undefined);
      if (present.length > 0 && present.every((m) => m.values) && col.type !== 'json' && col.type !== 'timestamp') {
        const values = [...new Set(present.flatMap((m) => m.values ?? []))];
        tests.push(this.#acceptedValues(values, col.type === 'string'));
      }
    }

    // Context columns chosen by option.
    const context =
      this.#options.contextColumns === 'all'
        ? [...this.#layout.contextCatalog.keys()]
        : this.#options.contextColumns.map((c) => this.#layout.contextColumn(c));
    for (const name of ['context_library_name', 'context_library_version', ...context]) {
      if (byRaw.has(name) || names.has(name)) continue;
      const known = this.#layout.contextCatalog.get(name);
      add({
        name,
        raw: [name],
        type: known?.type ?? 'string',
        description: known?.description ?? `Context field \`${name.slice('context_'.length)}\` of the call.`,
        tests: [],
        origins: [],
        fromPlan: false,
      });
    }

    // Reflekt's schema id: typed tracking functions send it in the payload or the context.
    if (kind !== 'tracks') {
      const existing = byRaw.get('schema_id');
      if (existing !== undefined) {
        const col = columns[existing] as DraftColumn;
        col.raw = [...col.raw, 'context_schema_id'];
      } else if (!names.has('schema_id')) {
        add({
          name: 'schema_id',
          raw: ['schema_id', 'context_schema_id'],
          type: 'string',
          description:
            'Id of the plan schema the app sent the call with (`schema_id` in the payload or the context), or null when it sent none.',
          tests: [],
          origins: [],
          fromPlan: false,
        });
      }
    }
    const versionColumn = this.#layout.versionColumn;
    if (init.version && versionColumn && !names.has('event_version')) {
      add({
        name: 'event_version',
        raw: [versionColumn],
        type: 'integer',
        description: 'Major version of the event the app sent (`context.protocols.event_version`), or null when it sent none.',
        tests: [],
        origins: [],
        fromPlan: false,
      });
    }

    return {
      name: init.name,
      kind,
      table: init.table,
      description: init.description.trim(),
      columns,
      schemas: init.representatives,
      eventNames: init.eventNames ?? [...new Set(init.representatives.map((e) => e.name))],
      ...(init.version && { version: init.version }),
    };
  }

  #users(source: string, identifies: StagingModel, reps: readonly EventSchema[], rows: readonly EventSchema[]): StagingModel {
    const traits = identifies.columns.filter((c) => c.fromPlan);
    const rowColumns = rows.map((e) => this.#columnMap(e));
    const columns: ModelColumn[] = [
      {
        name: 'user_id',
        raw: [],
        type: 'string',
        description: 'Id of the user, one row per user.',
        tests: ['unique', 'not_null'],
        origins: [],
        fromPlan: false,
      },
      {
        name: 'anonymous_id',
        raw: [],
        type: 'string',
        description: 'The latest anonymous id the user was identified with.',
        tests: [],
        origins: [],
        fromPlan: false,
      },
      ...traits.map((t) => ({
        ...t,
        raw: [],
        description: `${t.description ? `${t.description} ` : ''}Latest non-null value from identify calls.`.trim(),
        // A trait every identify call carries has a latest non-null value.
        tests: t.tests.filter((x) => x !== 'not_null' || rowColumns.every((cols) => cols.get(t.raw[0] as string)?.required)),
      })),
      {
        name: 'first_identified_at',
        raw: [],
        type: 'timestamp',
        description: 'When the user was first identified (`tstamp` of the first identify call).',
        tests: ['not_null'],
        origins: [],
        fromPlan: false,
      },
      {
        name: 'last_identified_at',
        raw: [],
        type: 'timestamp',
        description: 'When the user was last identified (`tstamp` of the latest identify call).',
        tests: ['not_null'],
        origins: [],
        fromPlan: false,
      },
    ];
    return {
      name: this.#modelName(source, 'users'),
      kind: 'users',
      table: 'identifies',
      ref: identifies.name,
      description: `One row per identified user with the latest non-null value of each trait, derived from \`${identifies.name}\` (identify calls with a \`user_id\`).`,
      columns,
      schemas: reps,
      eventNames: identifies.eventNames,
    };
  }

  #acceptedValues(values: readonly (string | number | boolean)[], quote: boolean, severity?: 'warn'): DbtTest {
    const args = { values: values.map(String), ...(quote ? {} : { quote: false }) };
    const config = severity ? { config: { severity } } : {};
    return this.#options.dbtVersion === '1.10'
      ? { accepted_values: { arguments: args, ...config } }
      : { accepted_values: { ...args, ...config } };
  }

  #allModels(sources: readonly SourceModel[]): StagingModel[] {
    return sources.flatMap((s) => s.models);
  }

  #replaceModel(sources: SourceModel[], model: StagingModel): void {
    for (let i = 0; i < sources.length; i++) {
      const s = sources[i] as SourceModel;
      const at = s.models.findIndex((m) => m.name === model.name);
      if (at >= 0) sources[i] = { ...s, models: s.models.map((m, j) => (j === at ? model : m)) };
    }
  }

  #addTests(sources: SourceModel[], model: StagingModel, column: string, tests: readonly DbtTest[]): boolean {
    const at = model.columns.findIndex((c) => c.name === column || (c.raw.length > 0 && c.raw.includes(column)));
    if (at < 0) return false;
    const col = model.columns[at] as ModelColumn;
    const merged = [...col.tests];
    for (const t of tests) if (!merged.some((m) => same(m, t))) merged.push(t);
    this.#replaceModel(sources, { ...model, columns: model.columns.map((c, i) => (i === at ? { ...col, tests: merged } : c)) });
    return true;
  }

  #applyExtraTests(sources: SourceModel[]): void {
    for (const [key, tests] of Object.entries(this.#options.tests)) {
      const dot = key.lastIndexOf('.');
      const modelName = dot > 0 ? key.slice(0, dot) : undefined;
      const column = dot > 0 ? key.slice(dot + 1) : key;
      let applied = false;
      for (const model of this.#allModels(sources)) {
        if (modelName !== undefined && model.name !== modelName) continue;
        // Python Reflekt keyed tests by raw column (`id`); the users model has no raw columns.
        if (this.#addTests(sources, model, column, tests)) applied = true;
      }
      if (!applied) this.#report(`tests:${key}`, finding('RK4206', { detail: `\`${key}\`` }));
    }
  }

  #findModel(sources: readonly SourceModel[], ref: string): StagingModel | undefined {
    const models = this.#allModels(sources);
    return (
      models.find((m) => m.name === ref) ??
      models
        .filter((m) => m.kind === 'event' && m.eventNames.includes(ref))
        .sort((a, b) => (b.version?.major ?? 0) - (a.version?.major ?? 0))[0]
    );
  }

  #applyRelationships(sources: SourceModel[]): void {
    for (const rel of this.#options.relationships) {
      const from = this.#findModel(sources, rel.from);
      if (!from) {
        this.#report(`rel:${rel.from}`, finding('RK4205', { detail: `names \`${rel.from}\`, which is neither an event nor a model` }));
        continue;
      }
      let to: string;
      if (/^(ref|source)\(/.test(rel.to)) to = rel.to;
      else {
        const target = this.#findModel(sources, rel.to);
        if (!target) {
          this.#report(`rel:${rel.to}`, finding('RK4205', { detail: `names \`${rel.to}\`, which is neither an event nor a model` }));
          continue;
        }
        const field = rel.field ?? rel.column;
        if (!target.columns.some((c) => c.name === field)) {
          this.#report(
            `rel:${rel.to}.${field}`,
            finding('RK4205', { detail: `names column \`${field}\`, which \`${target.name}\` does not have` }),
          );
          continue;
        }
        to = `ref('${target.name}')`;
      }
      const args = { to, field: rel.field ?? rel.column };
      const config = rel.severity ? { config: { severity: rel.severity } } : {};
      const test =
        this.#options.dbtVersion === '1.10' ? { relationships: { arguments: args, ...config } } : { relationships: { ...args, ...config } };
      const models = this.#allModels(sources).filter(
        (m) => m.name === from.name || (m.kind === 'event' && m.eventNames.includes(rel.from)),
      );
      let applied = false;
      for (const model of models) if (this.#addTests(sources, model, rel.column, [test])) applied = true;
      if (!applied)
        this.#report(
          `rel:${rel.from}.${rel.column}`,
          finding('RK4205', { detail: `names column \`${rel.column}\`, which \`${from.name}\` does not have` }),
        );
    }
  }
}
