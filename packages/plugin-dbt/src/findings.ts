import type { DiagnosticData } from '@reflekt/compiler';

const entry = <P>(data: DiagnosticData<P>): DiagnosticData<P> => data;

/**
 * The plugin's own diagnostics (codes RK42xx, in the emit area; RK41xx belongs to @reflekt/plugin-types). Messages say what happened and
 * why; hints say what to do.
 */
export const dbtCatalog = {
  RK4201: entry<{ event: string; property: string; column: string; cdp: string }>({
    title: 'dbt-reserved-column',
    severity: 'warning',
    message: (p) =>
      `Property \`${p.property}\` of \`${p.event}\` lands in column \`${p.column}\`, which ${p.cdp} fills itself, so ${p.cdp} drops the property and the dbt model leaves it out.`,
    hint: 'Rename the property.',
    docs: 'A plan property maps to a column the CDP reserves for its own fields (ids, timestamps, `context_*`); the CDP discards it.',
  }),
  RK4202: entry<{ event: string; property: string; other: string; column: string }>({
    title: 'dbt-duplicate-column',
    severity: 'warning',
    message: (p) =>
      `Properties \`${p.other}\` and \`${p.property}\` of \`${p.event}\` both land in column \`${p.column}\`; the model has it once.`,
    hint: 'Rename one of the properties so that their snake_case names differ.',
    docs: 'Two properties of one event map to the same warehouse column, so their values mix in one column.',
  }),
  RK4203: entry<{ event: string; property: string; column: string; renamed: string }>({
    title: 'dbt-renamed-column',
    severity: 'info',
    message: (p) =>
      `Property \`${p.property}\` of \`${p.event}\` (column \`${p.column}\`) has the name of a column the model derives itself, so the model calls it \`${p.renamed}\`.`,
    hint: 'Rename the property to keep its column name in the model.',
    docs: 'A property column has the name of a model column (such as `message_id` or `tstamp`); the model prefixes it with `_`.',
  }),
  RK4204: entry<{ table: string; events: string }>({
    title: 'dbt-table-collision',
    severity: 'warning',
    message: (p) => `Events ${p.events} all land in warehouse table \`${p.table}\`; the model of \`${p.table}\` reads them together.`,
    hint: 'Rename the events so that their snake_case names differ, or drop the duplicate.',
    docs: 'Several event names map to one warehouse table (the CDP snake-cases names), or an event maps onto a standard table.',
  }),
  RK4205: entry<{ detail: string }>({
    title: 'dbt-unknown-relationship',
    severity: 'warning',
    message: (p) => `The \`relationships\` option ${p.detail}; the test is left out.`,
    hint: 'Name events by their plan name (`Order Completed`) or models by their dbt name, and columns by their model column name.',
    docs: 'A configured `relationships` test refers to an event, model or column the package does not have.',
  }),
  RK4206: entry<{ detail: string }>({
    title: 'dbt-unknown-test-target',
    severity: 'warning',
    message: (p) => `The \`tests\` option names ${p.detail}, which no model has; its tests are left out.`,
    hint: 'Key tests by a model column name (`order_id`) or by `<model>.<column>`.',
    docs: 'A configured extra test names a column or model that the package does not have.',
  }),
  RK4210: entry<{ detail: string }>({
    title: 'dbt-introspection-failed',
    severity: 'warning',
    message: (p) => `Could not read the warehouse's columns: ${p.detail}. The package was emitted without checking them.`,
    hint: 'Check the connection settings of the `introspect` option (and the environment variable with the URL).',
    docs: 'The optional warehouse introspection could not connect or query `information_schema`.',
  }),
  RK4211: entry<{ relation: string; event: string }>({
    title: 'dbt-missing-table',
    severity: 'warning',
    message: (p) =>
      `Table \`${p.relation}\` of \`${p.event}\` does not exist in the warehouse yet; its model returns no rows until the first event arrives.`,
    hint: 'Check that the app sends the event to this source.',
    docs: 'Introspection found no raw table for an event of the plan. The CDP creates a table when the first event arrives.',
  }),
  RK4212: entry<{ relation: string; column: string; property: string; event: string }>({
    title: 'dbt-missing-column',
    severity: 'warning',
    message: (p) =>
      `Property \`${p.property}\` of \`${p.event}\` has no column \`${p.column}\` in \`${p.relation}\` yet; the model fills it with nulls until a value arrives.`,
    hint: 'Check that the app sends the property; the CDP creates the column when the first non-null value arrives.',
    docs: 'Introspection found a plan property without a warehouse column.',
  }),
  RK4213: entry<{ relation: string; columns: string }>({
    title: 'dbt-unplanned-column',
    severity: 'info',
    message: (p) => `\`${p.relation}\` has columns the plan does not describe: ${p.columns}.`,
    hint: 'Add the properties to the plan if the app should send them, or find the code that sends them.',
    docs: 'Introspection found warehouse columns that no plan property, CDP column or selected context column explains.',
  }),
  RK4220: entry<{ tag: string; detail: string }>({
    title: 'dbt-git-tag',
    severity: 'info',
    message: (p) => `Git tag \`${p.tag}\`: ${p.detail}.`,
    docs: 'With `gitTag: true`, the build tags the commit that holds the package, so dbt projects can pin `revision:`.',
  }),
  RK4221: entry<{ tag: string; detail: string }>({
    title: 'dbt-git-tag-failed',
    severity: 'warning',
    message: (p) => `Could not tag the package \`${p.tag}\`: ${p.detail}.`,
    hint: 'Tag it by hand once the package is committed: `git tag <tag>`.',
    docs: 'With `gitTag: true`, the tag could not be created.',
  }),
} as const;

/** A plugin diagnostic code. */
export type DbtCode = keyof typeof dbtCatalog;

/** Parameters of a plugin diagnostic. */
export type DbtParams<C extends DbtCode> = (typeof dbtCatalog)[C] extends DiagnosticData<infer P> ? P : never;

/** A diagnostic the pure emitter found, reported by the plugin. */
export interface Finding<C extends DbtCode = DbtCode> {
  readonly code: C;
  readonly params: DbtParams<C>;
  readonly file?: string;
  readonly pointer?: string;
  /** Point at the property name rather than its schema. */
  readonly atKey?: boolean;
}

/** Makes a finding with its parameters typed by code. */
export function finding<C extends DbtCode>(
  code: C,
  params: DbtParams<C>,
  at: { file?: string; pointer?: string; atKey?: boolean } = {},
): Finding {
  return {
    code,
    params,
    ...(at.file !== undefined && { file: at.file }),
    ...(at.pointer !== undefined && { pointer: at.pointer }),
    ...(at.atKey && { atKey: true }),
  } as Finding;
}
