import type { DiagnosticData, Diagnostics } from '@reflekt/compiler';
import { SegmentApiError } from './api/errors.js';

const entry = <P>(data: DiagnosticData<P>): DiagnosticData<P> => data;

/** Where `reflekt pull`/`push segment` failures are explained. */
const TOKEN_HINT =
  'Create a Public API token with the Tracking Plan Admin role (Workspace settings → Access Management → Tokens) and export it, e.g. `export SEGMENT_API_TOKEN=…`.';

/**
 * The plugin's own diagnostic codes (RK52xx: Segment Protocols pull and push). Listed in the
 * package README.
 */
export const SEGMENT_CATALOG = {
  RK5201: entry<{ env: string }>({
    title: 'segment-token-missing',
    severity: 'error',
    message: (p) => `No Segment Public API token: the environment variable \`${p.env}\` is not set.`,
    hint: TOKEN_HINT,
    docs: 'Pull and push read the token from the environment (or the project `.env`), never from the config file.',
  }),
  RK5202: entry<{ request: string; status: number; detail: string }>({
    title: 'segment-auth-failed',
    severity: 'error',
    message: (p) => `Segment refused the token (HTTP ${p.status}) on \`${p.request}\`: ${p.detail}`,
    hint: `Check that the token belongs to this workspace and region, and has the Tracking Plan Admin role (Protocols must be enabled). ${TOKEN_HINT}`,
    docs: 'The Public API answered 401 or 403: the token is missing, wrong, expired or lacks permissions.',
  }),
  RK5203: entry<{ plan: string; available: string }>({
    title: 'segment-plan-not-found',
    severity: 'error',
    message: (p) =>
      p.plan ? `No tracking plan \`${p.plan}\` in the workspace. Plans: ${p.available}.` : 'The workspace has no tracking plan.',
    hint: 'Pass `--plan` with a plan id (`tp_…`) or the exact plan name.',
    docs: 'Plans are matched by id, then name, then slug, then name ignoring case.',
  }),
  RK5204: entry<{ plan: string; candidates: string }>({
    title: 'segment-plan-ambiguous',
    severity: 'error',
    message: (p) =>
      p.plan ? `Several tracking plans match \`${p.plan}\`: ${p.candidates}.` : `Which tracking plan? The workspace has ${p.candidates}.`,
    hint: 'Pass `--plan <id>` (or set the plugin option `plan`).',
    docs: 'The plan to pull or push could not be chosen: none was named and the workspace has several, or the name matches several plans.',
  }),
  RK5205: entry<{ request: string; status: number; detail: string }>({
    title: 'segment-request-rejected',
    severity: 'error',
    message: (p) => `Segment rejected \`${p.request}\` (HTTP ${p.status}): ${p.detail}`,
    hint: 'The message names the field at fault; fix the schema it comes from and push again.',
    docs: 'The Public API refused a request as sent (400, 409, 413, 422): usually a rule `jsonSchema` Segment does not accept.',
  }),
  RK5206: entry<{ request: string; detail: string; attempts: number }>({
    title: 'segment-unavailable',
    severity: 'error',
    message: (p) => `Segment did not answer \`${p.request}\` after ${p.attempts} attempt${p.attempts === 1 ? '' : 's'}: ${p.detail}`,
    hint: 'Try again later; raise the plugin options `retries` or `maxRetryAfterSeconds` for long rate limits, or check `baseUrl`/`region` and the network.',
    docs: 'Server errors (5xx), rate limits (429), timeouts and network errors are retried with backoff; this is reported when every attempt failed.',
  }),
  RK5207: entry<{ request: string; detail: string }>({
    title: 'segment-invalid-response',
    severity: 'error',
    message: (p) => `Segment's answer to \`${p.request}\` is not what the Public API documents: ${p.detail}`,
    hint: 'Check `baseUrl`: it must point at the Public API (or a proxy that passes its answers through).',
    docs: 'A success answer did not have the `{"data": …}` envelope and fields the API documents.',
  }),
  RK5208: entry<{ rule: string; reason: string }>({
    title: 'segment-rule-not-pulled',
    severity: 'warning',
    message: (p) => `The rule ${p.rule} is not written as a schema: ${p.reason}.`,
    hint: 'Push leaves such rules in Segment untouched; edit them in the Protocols UI.',
    docs: 'A rule Reflekt cannot express (COMMON rules, versions that are not whole numbers from 1, a `jsonSchema` that is not an object).',
  }),
  RK5209: entry<{ rule: string; path: string; taken: string }>({
    title: 'segment-rule-moved',
    severity: 'warning',
    message: (p) => `The rule ${p.rule} is written to \`${p.path}\` because \`${p.taken}\` holds another rule of the same name.`,
    hint: 'Segment allows one name for several call types; give the events distinct names to keep the usual layout.',
    docs: 'Two rules would have had the same schema file (a track event called `Identify`, say); the later one got a folder of its own.',
  }),
  RK5210: entry<{ event: string; detail: string }>({
    title: 'segment-not-pushed',
    severity: 'warning',
    message: (p) => `\`${p.event}\`: ${p.detail}.`,
    hint: 'Keep such facts in the schema for other tools; Segment will not hold them.',
    docs: 'Part of a schema has no counterpart in a Segment rule and is left out of what push sends.',
  }),
  RK5211: entry<{ event: string; pushed: string; left: string }>({
    title: 'segment-minor-versions',
    severity: 'warning',
    message: (p) => `Segment keeps one rule per major version: \`${p.event}\` pushes ${p.pushed}; ${p.left} not sent.`,
    hint: 'Segment rule versions are majors; the latest minor of each major is what Protocols validates.',
    docs: 'Several minor versions of one major exist locally; the highest is sent as the rule of that major.',
  }),
  RK5212: entry<{ file: string; detail: string }>({
    title: 'segment-file-unreadable',
    severity: 'error',
    message: (p) => `Cannot read the rules file \`${p.file}\`: ${p.detail}`,
    hint: 'Pass a Public API rules export (`{"rules": […]}` or `{"data": {"rules": […]}}`), a rules array, or Typewriter\'s `plan.json`.',
    docs: '`--file` reads a plan offline; the file must be one of the supported shapes.',
  }),
  RK5213: entry<{ file: string; detail: string }>({
    title: 'segment-file-lossy',
    severity: 'warning',
    message: (p) => `\`${p.file}\` is ${p.detail}`,
    hint: 'Pull from the API (without `--file`) for a complete copy of the rules.',
    docs: "Typewriter's `plan.json` keeps track rules only, without labels and context; schemas read from it lack what it dropped.",
  }),
  RK5214: entry<{ folder: string; folders: string }>({
    title: 'segment-no-schemas',
    severity: 'error',
    message: (p) => `No schemas to push: nothing under \`${p.folder}/\` in the schemas folder (plan folders: ${p.folders}).`,
    hint: 'Set the plugin option `folder` to the plan folder to push, or name the plan so that its slug is the folder.',
    docs: 'Push sends the schemas of one plan folder; the folder is the option `folder`, the folder of schemas pulled from that plan, or the slug of the plan name.',
  }),
  RK5215: entry<{ count: number; rules: string }>({
    title: 'segment-rules-kept',
    severity: 'info',
    message: (p) =>
      `${p.count === 1 ? '1 rule' : `${p.count} rules`} Reflekt cannot express ${p.count === 1 ? 'stays' : 'stay'} in Segment as ${p.count === 1 ? 'it is' : 'they are'}: ${p.rules}.`,
    hint: 'Push never removes rules it cannot represent (COMMON rules, fractional versions).',
    docs: 'Remote rules without a Reflekt counterpart are kept, in both push modes.',
  }),
  RK5216: entry<{ request: string; detail: string }>({
    title: 'segment-resource-not-found',
    severity: 'error',
    message: (p) => `Segment answered 404 to \`${p.request}\`: ${p.detail}`,
    hint: 'The plan may have been deleted meanwhile, or `baseUrl`/`region` points at another workspace; run the command again.',
    docs: 'A resource the plugin had just found or created is gone.',
  }),
  RK5217: entry<{ flag: string; value: string; allowed: string }>({
    title: 'segment-bad-flag',
    severity: 'error',
    message: (p) => `\`--${p.flag} ${p.value}\` is not a choice here: use ${p.allowed}.`,
    hint: 'Run the command again with one of the listed values.',
    docs: 'A command-line flag the Segment plugin reads has a value it does not know.',
  }),
} as const;

/** The plugin's diagnostic codes. */
export type SegmentCode = keyof typeof SEGMENT_CATALOG;

/** Reports a code of {@link SEGMENT_CATALOG}. */
export function report<C extends SegmentCode>(
  diagnostics: Diagnostics,
  code: C,
  params: (typeof SEGMENT_CATALOG)[C] extends DiagnosticData<infer P> ? P : never,
  location: { file?: string; pointer?: string } = {},
): void {
  diagnostics.reportWith(code, SEGMENT_CATALOG[code] as DiagnosticData<typeof params>, params, location);
}

/**
 * Reports a failed API call as the matching diagnostic; anything that is not a
 * {@link SegmentApiError} is a bug and is rethrown.
 */
export function reportApiError(diagnostics: Diagnostics, error: unknown): void {
  if (!(error instanceof SegmentApiError)) throw error;
  const request = `${error.method} ${error.path}`;
  const detail = error.serverMessage;
  switch (error.failure) {
    case 'auth':
      report(diagnostics, 'RK5202', { request, status: error.status, detail });
      return;
    case 'not-found':
      report(diagnostics, 'RK5216', { request, detail });
      return;
    case 'rejected':
      report(diagnostics, 'RK5205', { request, status: error.status, detail });
      return;
    case 'invalid-response':
      report(diagnostics, 'RK5207', { request, detail });
      return;
    default: {
      const why = error.status ? `HTTP ${error.status}${error.errors.length > 0 ? ` ${detail}` : ''}` : error.detail;
      report(diagnostics, 'RK5206', { request, detail: why, attempts: error.attempts });
      return;
    }
  }
}
