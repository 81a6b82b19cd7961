import path from 'node:path';
import type { RunOptions } from '../api.js';
import { Compiler } from '../compiler/compiler.js';
import { loadConfig } from '../config/load-config.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { formatVersion } from '../ir/plan.js';
import type { EventSchema, TrackingPlan } from '../ir/types.js';
import { fieldLocation } from '../lint/locate.js';
import type { SourceFiles } from '../source/source-files.js';
import { compareEvents, type PlacedChange } from './compare-events.js';
import { isBreaking, requiredBump } from './compatibility.js';
import { type OtherPlan, openOtherPlan } from './other-plan.js';
import { type EventPair, eventKey, pairEvents } from './pair-events.js';
import type { BreakingChange, BreakingMode, ChangePosition, SchemaComparison } from './types.js';
import { checkVersion, idWithVersion, nextMajor, nextMinor } from './version-check.js';

/** Options of {@link breaking}: where the project is, what to compare it with, and how. */
export interface BreakingOptions extends RunOptions {
  /** A git revision (`main`, `HEAD~1`, `origin/main`, a sha) or a folder holding the previous version of the project. */
  readonly against: string;
  /** How open content models are judged; see {@link BreakingMode}. @default 'strict' */
  readonly mode?: BreakingMode;
}

/** What `reflekt breaking` found. */
export interface BreakingResult {
  /** No error: every breaking change comes with a new MAJOR version, and the plan loaded. */
  readonly ok: boolean;
  readonly mode: BreakingMode;
  readonly against: { readonly kind: 'git' | 'folder'; readonly name: string; readonly commit?: string };
  /** Every schema of both plans, by id. */
  readonly schemas: readonly SchemaComparison[];
  /** Every change, in file order. */
  readonly changes: readonly BreakingChange[];
  /** Findings: one per change (RK3001–RK3003), version verdicts (RK3004–RK3006), and load problems. */
  readonly diagnostics: readonly Diagnostic[];
  /** The current plan. */
  readonly plan: TrackingPlan;
}

/**
 * Compares a project's plan with another version of it, as `reflekt breaking --against` does.
 * Throws {@link ReflektError} for config errors and an `against` that names nothing (exit 2).
 */
export async function breaking(options: BreakingOptions): Promise<BreakingResult & { readonly config: ResolvedConfig }> {
  const config = await loadConfig(options);
  const { result } = await checkBreaking(config, options);
  return { ...result, config };
}

/** {@link breaking} on a resolved config; also returns the current plan's sources (for excerpts). */
export async function checkBreaking(
  config: ResolvedConfig,
  options: Pick<BreakingOptions, 'against' | 'mode' | 'select' | 'cwd'>,
): Promise<{ readonly result: BreakingResult; readonly sources: SourceFiles }> {
  const mode = options.mode ?? 'strict';
  const select = options.select ? { select: options.select } : {};
  const compiler = new Compiler({ ...config, plugins: [] }, select);
  const plan = await compiler.loadPlan();
  const other = await openOtherPlan(config, options.against, options.cwd ?? config.root);
  try {
    const previous = new Compiler(other.config, select);
    const previousPlan = await previous.loadPlan();
    const run = new Run(mode, other, compiler.diagnostics, previous.sources, [...previousPlan.events, ...plan.events], plan.events);
    run.reportPreviousProblems(previous.diagnostics.all, previousPlan, config);
    const { pairs, removed } = pairEvents(previousPlan.events, plan.events);
    for (const pair of pairs) run.compare(pair);
    for (const event of removed) run.removed(event, plan);
    const result: BreakingResult = {
      ok: !compiler.diagnostics.hasErrors(),
      mode,
      against: { kind: other.kind, name: other.against, ...(other.commit !== undefined && { commit: other.commit }) },
      schemas: run.schemas.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      changes: run.changes.sort(byPosition),
      diagnostics: compiler.diagnostics.all,
      plan,
    };
    return { result, sources: compiler.sources };
  } finally {
    await other.dispose();
  }
}

/** One comparison: collects schema verdicts and changes, and reports them. */
class Run {
  readonly schemas: SchemaComparison[] = [];
  readonly changes: BreakingChange[] = [];
  readonly #versions = new Map<string, EventSchema[]>();
  /** `eventKey` + MAJOR of every current schema, and the files they come from (for removed schemas). */
  readonly #currentMajors = new Set<string>();
  readonly #currentFiles = new Set<string>();

  constructor(
    readonly mode: BreakingMode,
    readonly other: OtherPlan,
    readonly diagnostics: Diagnostics,
    /** Texts of the other plan's files, for positions in it. */
    readonly previousSources: SourceFiles,
    events: readonly EventSchema[],
    current: readonly EventSchema[],
  ) {
    for (const e of current) {
      this.#currentMajors.add(`${eventKey(e)}\0${e.version.major}`);
      this.#currentFiles.add(e.source.file);
    }
    for (const e of events) {
      const list = this.#versions.get(eventKey(e)) ?? [];
      list.push(e);
      this.#versions.set(eventKey(e), list);
    }
  }

  /** A position in the other plan, as reported. */
  previousPosition(event: EventSchema, pointer: string, atKey = true): ChangePosition {
    const range = this.previousSources.locate(event.source.file, pointer, { atKey });
    return { file: this.other.display(event.source.file), pointer, ...(range && { range }) };
  }

  /** RK3008 for an empty plan to compare with, RK3009 for files of it that did not load. */
  reportPreviousProblems(list: readonly Diagnostic[], previousPlan: TrackingPlan, config: ResolvedConfig): void {
    if (previousPlan.events.length === 0) {
      const folders = config.schemas.map((abs) => path.relative(config.root, abs).split(path.sep).join('/') || '.').join('`, `');
      this.diagnostics.report('RK3008', { against: this.other.against, folders });
      return;
    }
    const errors = list.filter((d) => d.severity === 'error');
    const first = errors[0];
    if (!first) return;
    const where = first.file ? `\`${this.other.display(first.file)}\`: ` : '';
    this.diagnostics.report('RK3009', { against: this.other.against, count: errors.length, first: `${where}${first.message}` });
  }

  /** Compares one pair, reports every change and the version verdict. */
  compare(pair: EventPair): void {
    const { current, previous } = pair;
    if (!previous) {
      this.schemas.push({ id: current.id, status: 'added', verdict: 'ok', changes: 0 });
      return;
    }
    const placed = compareEvents(previous, current, this.mode);
    const version = checkVersion(previous.version, current.version, placed);
    const versions = this.#versions.get(eventKey(current)) ?? [];
    const expected = idWithVersion(current.id, nextMajor(versions, current));
    for (const change of placed) this.#reportChange(pair, previous, change, version.bump === 'major', expected);
    this.schemas.push({
      id: current.id,
      status: placed.length > 0 ? 'changed' : 'unchanged',
      previous: previous.id,
      bump: version.bump,
      ...(version.requiredBump && { requiredBump: version.requiredBump }),
      verdict: version.verdict,
      changes: placed.length,
    });
    if (version.verdict === 'ok') return;
    const at = fieldLocation(current, 'version');
    const related = [
      {
        message: `the version it is compared with, \`${previous.id}\``,
        ...this.previousPosition(previous, fieldLocation(previous, 'version').pointer ?? '', false),
      },
    ];
    const compared = pair.how === 'same-id' ? `its version in \`${this.other.against}\`` : `\`${previous.id}\``;
    if (version.verdict === 'major-required') {
      const inPlace = version.bump === 'none';
      const how = inPlace
        ? pair.how === 'same-id'
          ? 'it was edited in place'
          : `it keeps version \`${formatVersion(current.version)}\``
        : `it is only a MINOR version after \`${formatVersion(previous.version)}\``;
      const fix = inPlace
        ? `Restore \`${current.source.file}\` as it is in \`${this.other.against}\` and make the change in a new file \`${expected}\` (\`reflekt new "${current.name}" --major\` copies the latest version), or make every change backward compatible.`
        : `Release it as \`${expected}\` instead (file name, \`$id\` and \`self.version\`), or make every change backward compatible.`;
      this.diagnostics.report('RK3004', { id: current.id, previous: compared, breaking: version.breaking, how, fix }, { ...at, related });
    } else if (version.verdict === 'unneeded-major') {
      const minor = formatVersion(nextMinor(versions, previous));
      this.diagnostics.report('RK3005', { id: current.id, previous: compared, changes: placed.length, minor }, { ...at, related });
    }
  }

  #reportChange(pair: EventPair, previous: EventSchema, change: PlacedChange, major: boolean, expected: string): void {
    const { current } = pair;
    const breaking = isBreaking(change.compatibility);
    const code = breaking ? (major ? 'RK3002' : 'RK3001') : 'RK3003';
    const before = this.previousPosition(previous, change.oldFilePointer);
    const params = { reason: change.reason, compatibility: change.compatibility, mode: this.mode, id: current.id, expected };
    const d = this.diagnostics.report(
      code,
      params,
      {
        file: current.source.file,
        pointer: change.filePointer,
        atKey: true,
        related: [{ message: `before, in \`${previous.id}\``, ...before }],
      },
      { ruleId: change.kind },
    );
    this.changes.push({
      event: current.id,
      previousEvent: previous.id,
      kind: change.kind,
      compatibility: change.compatibility,
      reason: change.reason,
      breaking,
      requiredBump: requiredBump(change.compatibility),
      verdict: breaking && !major ? 'major-required' : 'ok',
      current: { file: current.source.file, pointer: change.filePointer, ...(d.range && { range: d.range }) },
      previous: before,
    });
  }

  /**
   * A schema only the other plan has: RK3006 unless another version of the same MAJOR remains, or
   * its file is still there but loads no event now (its load error is reported already).
   */
  removed(event: EventSchema, current: TrackingPlan): void {
    this.schemas.push({ id: event.id, status: 'removed', verdict: 'ok', changes: 0 });
    if (this.#currentMajors.has(`${eventKey(event)}\0${event.version.major}`)) return;
    const file = event.source.file;
    if (current.source.files.includes(file) && !this.#currentFiles.has(file)) return;
    // The loader recorded the document's range: no need to parse the file again for it.
    const range = event.source.range;
    const at = range
      ? { file: this.other.display(file), pointer: event.source.pointer, range }
      : this.previousPosition(event, event.source.pointer);
    this.diagnostics.report('RK3006', { id: event.id, against: this.other.against, name: event.name, major: event.version.major }, at);
  }
}

/** File order: by current file, then position. */
function byPosition(a: BreakingChange, b: BreakingChange): number {
  const file = a.current.file < b.current.file ? -1 : a.current.file > b.current.file ? 1 : 0;
  return file || (a.current.range?.start.offset ?? -1) - (b.current.range?.start.offset ?? -1);
}
