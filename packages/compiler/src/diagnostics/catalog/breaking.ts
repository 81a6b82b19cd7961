import { entry } from './entry.js';

/** Parameters of the per-change findings (RK3001–RK3003). */
export interface ChangeParams {
  /** What changed and why it has its compatibility (from the differ). */
  readonly reason: string;
  readonly compatibility: string;
  readonly mode: string;
  /** Id of the current schema. */
  readonly id: string;
  /** The version a breaking change needs (`2-0`). */
  readonly expected: string;
}

/** Parameters shared by the version verdicts (RK3004, RK3005). */
export interface VersionParams {
  /** Id of the current schema. */
  readonly id: string;
  /** What it was compared with, ready to print: `` `shop/X/1-0.json` ``, or ``its version in `main` `` for an in-place edit. */
  readonly previous: string;
}

/**
 * Diagnostics of the breaking-change area (3xxx): `reflekt breaking --against <ref|dir>`.
 * RK3001–RK3003 report one schema change each (at its new position, with the old one as
 * `related`, and the change kind as `ruleId`); RK3004–RK3006 judge a schema's version; RK3007–RK3009 are about `--against`.
 */
export const breakingCatalog = {
  RK3001: entry<ChangeParams>({
    title: 'breaking-change',
    severity: 'error',
    message: (p) => `${p.reason} Breaking (${p.compatibility}, ${p.mode} mode): it needs a new MAJOR version, which \`${p.id}\` is not.`,
    hint: (p) => `Make the change in a new MAJOR version (\`${p.expected}\`), or make it backward compatible.`,
    docs: 'A change that is not backward compatible (data written with the old schema can fail the new one) was made without a new MAJOR version: in place, or in a MINOR version. The table of changes is in the README, section "Breaking changes".',
  }),
  RK3002: entry<ChangeParams>({
    title: 'breaking-change-in-major',
    severity: 'info',
    message: (p) => `${p.reason} Breaking (${p.compatibility}, ${p.mode} mode), released as the new MAJOR version \`${p.id}\`.`,
    docs: 'A breaking change shipped as a new MAJOR version, as it should be; listed so reviewers see what breaks for consumers that move to it.',
  }),
  RK3003: entry<ChangeParams>({
    title: 'compatible-change',
    severity: 'info',
    message: (p) => `${p.reason} Compatible (${p.compatibility}, ${p.mode} mode): a MINOR change.`,
    docs: 'A backward-compatible change (every payload the old schema accepted, the new one accepts); it needs at most a MINOR version, and a MINOR version may be edited in place.',
  }),
  RK3004: entry<VersionParams & { breaking: number; how: string; fix: string }>({
    title: 'major-version-required',
    severity: 'error',
    message: (p) =>
      `\`${p.id}\` has ${p.breaking} breaking change${p.breaking === 1 ? '' : 's'} compared with ${p.previous}, but ${p.how}; a breaking change needs a new MAJOR version.`,
    hint: (p) => p.fix,
    docs: 'A schema with a breaking change keeps its MAJOR version: it was edited in place, or released as a MINOR version. Consumers and Segment (which only sees MAJOR versions) would receive incompatible data under the old version.',
  }),
  RK3005: entry<VersionParams & { changes: number; minor: string }>({
    title: 'unneeded-major-version',
    severity: 'info',
    message: (p) =>
      p.changes === 0
        ? `\`${p.id}\` is a new MAJOR version, but its payload schema accepts exactly what ${p.previous} accepts.`
        : `\`${p.id}\` is a new MAJOR version, but every change from ${p.previous} is backward compatible; a MINOR version (\`${p.minor}\`) would do.`,
    hint: 'Keep it if the MAJOR version is deliberate: consumers and Segment treat it as a new event version they must move to.',
    docs: 'A new MAJOR version without a breaking change. Not wrong, but consumers must move to it for no schema reason.',
  }),
  RK3006: entry<{ id: string; against: string; name: string; major: number }>({
    title: 'schema-removed',
    severity: 'warning',
    message: (p) =>
      `\`${p.id}\` is in \`${p.against}\` but no longer in the plan, and no other \`${p.major}-*\` version of \`${p.name}\` is left: producers still sending MAJOR version ${p.major} will fail validation.`,
    hint: 'Keep the file until nothing sends that version; mark it `"deprecated": true` in `self` meanwhile.',
    docs: 'A schema version was deleted and no version with the same MAJOR remains in the plan.',
  }),
  RK3007: entry<{ against: string; detail: string }>({
    title: 'against-not-found',
    severity: 'error',
    message: (p) => `Cannot read the plan to compare with, \`--against ${p.against}\`: ${p.detail}.`,
    hint: 'Pass a branch, tag or commit of this repository (in GitHub Actions, check out with `fetch-depth: 0` and compare with `origin/<base branch>`), or the path of a folder holding the previous version of the project.',
    docs: '`--against` names neither an existing folder nor a commit git can resolve (or git failed reading it).',
  }),
  RK3008: entry<{ against: string; folders: string }>({
    title: 'against-empty',
    severity: 'warning',
    message: (p) => `\`${p.against}\` has no plan files under \`${p.folders}\`, so every schema counts as new and nothing was compared.`,
    hint: 'Check `--against` and the `schemas` setting; a revision from before the plan existed has nothing to compare.',
    docs: 'The plan to compare with is empty, so the check could not find any change.',
  }),
  RK3009: entry<{ against: string; count: number; first: string }>({
    title: 'against-load-problems',
    severity: 'warning',
    message: (p) =>
      `${p.count} problem${p.count === 1 ? '' : 's'} loading the plan in \`${p.against}\` (first: ${p.first}); schemas that did not load were not compared.`,
    hint: 'Run `reflekt lint` on that version to see every problem; a schema that did not load there counts as new here.',
    docs: 'Some schema files of the plan to compare with could not be loaded, so their events were not compared.',
  }),
} as const;
