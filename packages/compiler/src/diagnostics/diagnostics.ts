import { type Scopable, scopeToPlugin } from '../plugin-scope.js';
import type { SourceFiles } from '../source/source-files.js';
import type { DiagnosticData } from './catalog/entry.js';
import { catalog, catalogEntry, type DiagnosticCode, type DiagnosticParams, DOCS_BASE_URL } from './catalog/index.js';
import type { Diagnostic, DiagnosticLocation, Severity } from './types.js';

/** Options that override a catalog entry's defaults for one report. */
export interface ReportOptions {
  readonly severity?: Severity;
  readonly plugin?: string;
  readonly ruleId?: string;
}

/** The docs link of a code. */
export function diagnosticUrl(code: string): string {
  return `${DOCS_BASE_URL}#${code.toLowerCase()}`;
}

/**
 * Builds a diagnostic from a catalog code, without a collector (for errors raised before a
 * build exists, such as config errors).
 */
export function createDiagnostic<C extends DiagnosticCode>(
  code: C,
  params: DiagnosticParams<C>,
  location: DiagnosticLocation = {},
  options: ReportOptions = {},
  sources?: SourceFiles,
): Diagnostic {
  const data = catalog[code] as unknown as DiagnosticData<DiagnosticParams<C>>;
  return fromData(code, data, params, location, options, sources);
}

function fromData<P>(
  code: string,
  data: DiagnosticData<P>,
  params: P,
  location: DiagnosticLocation,
  options: ReportOptions,
  sources: SourceFiles | undefined,
): Diagnostic {
  const hint = typeof data.hint === 'function' ? data.hint(params) : data.hint;
  let range = location.range;
  if (!range && sources && location.file && location.pointer !== undefined) {
    range = sources.locate(location.file, location.pointer, { atKey: location.atKey ?? false });
  }
  const ruleId = options.ruleId ?? data.ruleId;
  return {
    code,
    severity: options.severity ?? data.severity,
    message: data.message(params),
    ...(hint !== undefined && { hint }),
    ...(ruleId !== undefined && { ruleId }),
    plugin: options.plugin ?? 'reflekt',
    ...(location.file !== undefined && { file: location.file }),
    ...(location.pointer !== undefined && { pointer: location.pointer }),
    ...(range !== undefined && { range }),
    url: diagnosticUrl(code),
    ...(location.related !== undefined && { related: location.related }),
  };
}

/**
 * The diagnostics of one run. Ranges are resolved from pointers when a diagnostic is reported,
 * through the run's {@link SourceFiles}. Views made with {@link Diagnostics.forPlugin} share the list.
 */
export class Diagnostics implements Scopable<Diagnostics> {
  readonly #list: Diagnostic[];
  readonly #sources: SourceFiles | undefined;
  readonly #plugin: string;

  constructor(sources?: SourceFiles, plugin = 'reflekt', list: Diagnostic[] = []) {
    this.#sources = sources;
    this.#plugin = plugin;
    this.#list = list;
  }

  /** A view that reports as `plugin` into the same list. */
  forPlugin(plugin: string): Diagnostics {
    return new Diagnostics(this.#sources, plugin, this.#list);
  }

  [scopeToPlugin](plugin: string): Diagnostics {
    return this.forPlugin(plugin);
  }

  /** Reports a built-in catalog code. */
  report<C extends DiagnosticCode>(
    code: C,
    params: DiagnosticParams<C>,
    location: DiagnosticLocation = {},
    options: ReportOptions = {},
  ): Diagnostic {
    const d = createDiagnostic(code, params, location, { plugin: this.#plugin, ...options }, this.#sources);
    this.#list.push(d);
    return d;
  }

  /**
   * Reports a code from a plugin's own catalog entry (plugins keep their own entries, in the
   * same shape, so their diagnostics read like the core's).
   */
  reportWith<P>(
    code: string,
    data: DiagnosticData<P>,
    params: P,
    location: DiagnosticLocation = {},
    options: ReportOptions = {},
  ): Diagnostic {
    const d = fromData(code, data, params, location, { plugin: this.#plugin, ...options }, this.#sources);
    this.#list.push(d);
    return d;
  }

  /** Adds finished diagnostics (for example ones carried by a {@link ReflektError}). */
  push(...diagnostics: readonly Diagnostic[]): void {
    for (const d of diagnostics) {
      if (!catalogEntry(d.code) && !/^RK\d{4}$/.test(d.code) && !d.code.includes(':')) {
        throw new Error(`Diagnostic code "${d.code}" is neither a catalog code nor namespaced as "plugin:code".`);
      }
      this.#list.push(d);
    }
  }

  /** Every diagnostic so far, in report order. */
  get all(): readonly Diagnostic[] {
    return this.#list;
  }

  /** How many diagnostics of each severity were reported. */
  counts(): Record<Severity, number> {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const d of this.#list) counts[d.severity]++;
    return counts;
  }

  /** Whether any error was reported. */
  hasErrors(): boolean {
    return this.#list.some((d) => d.severity === 'error');
  }
}

/** Sorts diagnostics for output: by file, then position, then code. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '', 'en') ||
      (a.range?.start.offset ?? -1) - (b.range?.start.offset ?? -1) ||
      a.code.localeCompare(b.code, 'en'),
  );
}
