import type { EventSchema } from '@reflekt/compiler';
import type { Finding } from './findings.js';
import type { DbtTest, SourceOptions } from './options.js';
import type { PlanColumn } from './plan-columns.js';
import type { CdpLayout, TableKind } from './warehouse/layout.js';
import type { ColumnType } from './warehouse/types.js';

/** One column of a staging model. */
export interface ModelColumn {
  /** Name in the model. */
  readonly name: string;
  /** Raw warehouse columns, coalesced in this order (empty for derived columns of the users model). */
  readonly raw: readonly string[];
  readonly type: ColumnType;
  readonly description: string;
  readonly tests: readonly DbtTest[];
  /** Where a plan property behind this column is defined (for introspection diagnostics). */
  readonly origins: readonly { readonly event: EventSchema; readonly column: PlanColumn }[];
  /** Whether the column is a plan property (else a CDP, context or marker column). */
  readonly fromPlan: boolean;
}

/** Which rows of a table a versioned model keeps. */
export interface VersionFilter {
  readonly major: number;
  /** Rows that carry no version go to the oldest live major, as Segment Protocols validates them. */
  readonly oldest: boolean;
  /** `schema_id` prefix of this major (`online_shop/Order_Completed/2-`). */
  readonly schemaIdPrefix: string;
}

/** A staging model (one `.sql` and one `.yml`). */
export interface StagingModel {
  readonly name: string;
  readonly kind: TableKind;
  /** The raw table read (for `users`: the identifies table). */
  readonly table: string;
  readonly description: string;
  readonly columns: readonly ModelColumn[];
  /** Schemas whose columns the model has. */
  readonly schemas: readonly EventSchema[];
  /** Event names the model covers (for the `tracks` accepted-values test and docs). */
  readonly eventNames: readonly string[];
  readonly version?: VersionFilter;
  /** For `users`: the identifies model it is derived from. */
  readonly ref?: string;
}

/** A raw table of a source. */
export interface SourceTable {
  readonly name: string;
  readonly description: string;
  readonly kind: TableKind;
  /** Schemas whose events land here. */
  readonly schemas: readonly EventSchema[];
}

/** A dbt source: one warehouse schema, its tables and the models that read them. */
export interface SourceModel {
  readonly name: string;
  readonly schema: string;
  readonly database?: string;
  readonly environments?: SourceOptions['environments'];
  readonly plans: readonly string[];
  readonly tables: readonly SourceTable[];
  readonly models: readonly StagingModel[];
}

/** Everything the renderers need. */
export interface PackageModel {
  readonly sources: readonly SourceModel[];
  readonly layout: CdpLayout;
  readonly findings: readonly Finding[];
}
