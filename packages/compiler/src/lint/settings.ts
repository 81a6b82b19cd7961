import type { RuleSetting } from '../config/types.js';
import type { Severity } from '../diagnostics/types.js';

/** A rule's effective setting for one run: on with a severity and options, or off (`null`). */
export interface ResolvedRuleSetting {
  readonly severity: Severity;
  readonly options: Readonly<Record<string, unknown>>;
}

const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

/** Config spellings of a severity, remark-lint style (`warn` is `warning`). */
const SEVERITIES: Readonly<Record<string, Severity | 'off'>> = {
  error: 'error',
  warn: 'warning',
  warning: 'warning',
  info: 'info',
  off: 'off',
};

/**
 * Resolves a rule's `lint.rules[ruleId]` config value: `'off'` disables it (`null`), `'warn'`
 * means `warning`, `[severity, options]` also passes options; no setting (or an unknown
 * spelling, which config validation reports) keeps the rule's default severity, and a rule that
 * is off by default stays off.
 */
export function resolveRuleSetting(setting: RuleSetting | undefined, defaultSeverity: Severity | 'off'): ResolvedRuleSetting | null {
  if (setting === undefined) return defaultSeverity === 'off' ? null : { severity: defaultSeverity, options: NO_OPTIONS };
  const [level, options] = typeof setting === 'string' ? [setting, NO_OPTIONS] : [setting[0], setting[1]];
  const severity = SEVERITIES[level] ?? defaultSeverity;
  if (severity === 'off') return null;
  return { severity, options: options ?? NO_OPTIONS };
}
