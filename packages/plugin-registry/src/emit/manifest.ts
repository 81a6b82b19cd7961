import type { EventKind } from '@reflekt/compiler';
import { sha256 } from './hash.js';

/** The manifest format's version; bumped on any incompatible change. */
export const MANIFEST_VERSION = 1 as const;

/** One published schema in the {@link Manifest}. */
export interface ManifestEntry {
  readonly kind: EventKind;
  /** The event name as the CDP sees it (`Order Completed`). */
  readonly name: string;
  /** `M-m` (`M-m-a` for Iglu schemas). */
  readonly version: string;
  /** The JSON Schema document, relative to the manifest. */
  readonly schema: string;
  /** The validator module, relative to the manifest. */
  readonly validator: string;
  /** SHA-256 (hex) of the schema document's bytes. */
  readonly sha256: string;
  /** SHA-256 (hex) of the validator module's bytes. */
  readonly validatorSha256: string;
  readonly deprecated?: true;
}

/**
 * `manifest.json`: what a schemas folder (or S3 prefix) holds. Deterministic (no timestamps), so
 * an unchanged plan gives the same bytes and `push` uploads nothing.
 */
export interface Manifest {
  readonly manifestVersion: typeof MANIFEST_VERSION;
  /** The plan's name. */
  readonly plan: string;
  readonly vendor: string;
  /** The Ajv version that compiled the validators (error objects follow its format). */
  readonly ajv: string;
  /** Every schema by id, sorted by id. */
  readonly schemas: Readonly<Record<string, ManifestEntry>>;
  /** SHA-256 (hex) of `JSON.stringify(schemas)`: one value that changes whenever any file does. */
  readonly sha256: string;
}

/** Builds the manifest; `entries` may come in any order. */
export function buildManifest(
  plan: { readonly name: string; readonly vendor: string },
  ajvVersion: string,
  entries: ReadonlyArray<readonly [id: string, entry: ManifestEntry]>,
): Manifest {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const schemas = Object.fromEntries(sorted);
  return {
    manifestVersion: MANIFEST_VERSION,
    plan: plan.name,
    vendor: plan.vendor,
    ajv: ajvVersion,
    schemas,
    sha256: sha256(JSON.stringify(schemas)),
  };
}
