import type { DiagnosticData, DiagnosticLocation, Diagnostics } from '@reflekt/compiler';

const entry = <P>(data: DiagnosticData<P>): DiagnosticData<P> => data;

const CREDENTIALS_HINT = 'Create a service account under Workspace Settings → Service Accounts in Avo (admins only)';

/**
 * The plugin's diagnostic codes, RK53xx: RK5301–RK5314 stop a pull (nothing is added), RK5320
 * and up are warnings about what a pulled schema cannot say as Avo does. Listed in the README.
 */
export const AVO_CATALOG = {
  RK5301: entry<{ missing: string }>({
    title: 'avo-credentials-missing',
    severity: 'error',
    message: (p) => `The Avo service account credentials are not set: ${p.missing}.`,
    hint: `${CREDENTIALS_HINT}, then set AVO_SERVICE_ACCOUNT_NAME (the full name, with its \`_sa_…\` suffix) and AVO_SERVICE_ACCOUNT_SECRET in the environment or the project's \`.env\`.`,
    docs: 'Pulling from the export API needs a service account; its secret is read from the environment only, never from config.',
  }),
  RK5302: entry<{ status: number; detail: string }>({
    title: 'avo-unauthorized',
    severity: 'error',
    message: (p) => `Avo refused the service account (HTTP ${p.status})${p.detail}.`,
    hint: `Check AVO_SERVICE_ACCOUNT_NAME (the full name with its \`_sa_…\` suffix) and AVO_SERVICE_ACCOUNT_SECRET; a lost secret cannot be shown again, so ${CREDENTIALS_HINT.charAt(0).toLowerCase()}${CREDENTIALS_HINT.slice(1)} anew. 403 means the account has no access to this workspace.`,
    docs: 'The export API answered 401 or 403 to the Basic-auth credentials.',
  }),
  RK5303: entry<{ workspaceId: string; branch: string; branchId: string; detail: string }>({
    title: 'avo-not-found',
    severity: 'error',
    message: (p) => `Avo knows no branch \`${p.branch}\` (id \`${p.branchId}\`) in workspace \`${p.workspaceId}\` (HTTP 404)${p.detail}.`,
    hint: 'Copy the workspace id from `avo.app/schemas/<workspaceId>` and the branch id from `…/branches/<branchId>` into the plugin options (`workspaceId`, `branches`). Merged and closed branches cannot be exported.',
    docs: 'The export API answered 404: the workspace or branch id is wrong, or the branch is gone.',
  }),
  RK5304: entry<{ attempts: number }>({
    title: 'avo-rate-limited',
    severity: 'error',
    message: (p) => `Avo kept answering 429 Too Many Requests; gave up after ${p.attempts} attempts.`,
    hint: 'Avo allows about one request per second per service account. Wait a minute, make sure no other job uses the same account, or raise `retries`/`retryDelayMs`.',
    docs: 'The soft rate limit was still exceeded after every retry.',
  }),
  RK5305: entry<{ status: number; attempts: number; detail: string }>({
    title: 'avo-server-error',
    severity: 'error',
    message: (p) => `Avo answered HTTP ${p.status} after ${p.attempts} attempts${p.detail}.`,
    hint: 'The Avo API failed on its side; try again later. If it persists, check status.avo.app or contact Avo support.',
    docs: 'The export API answered with a server error (5xx) on every attempt.',
  }),
  RK5306: entry<{ url: string; attempts: number; detail: string }>({
    title: 'avo-network-error',
    severity: 'error',
    message: (p) => `Could not reach ${p.url} after ${p.attempts} attempts: ${p.detail}.`,
    hint: 'Check the network, a proxy, and the `baseUrl` option; slow links may need a larger `timeoutMs`.',
    docs: 'The request failed before an HTTP answer arrived (DNS, connection, TLS or timeout) on every attempt.',
  }),
  RK5307: entry<{ origin: string; detail: string }>({
    title: 'avo-invalid-export',
    severity: 'error',
    message: (p) => `${p.origin} is not an Avo tracking-plan export: ${p.detail}.`,
    hint: 'Give `--file` the JSON the export endpoint returns (or an Avo webhook "Json Schema" payload): an object with an `events` array.',
    docs: 'The payload could not be read as Avo JSON; nothing was pulled.',
  }),
  RK5308: entry<{ branch: string; known: string }>({
    title: 'avo-unknown-branch',
    severity: 'error',
    message: (p) => `No id is configured for the Avo branch \`${p.branch}\`; known branches: ${p.known}.`,
    hint: 'Add `branches: { <name>: <branchId> }` to the plugin options (the id is in the app URL `…/branches/<branchId>`), or use `registry.avo.branches` of `reflekt_project.yml`.',
    docs: 'Avo branch ids are not branch names; the plugin maps names to ids from its options.',
  }),
  RK5309: entry<Record<string, never>>({
    title: 'avo-no-vendor',
    severity: 'error',
    message: () => 'Pulled schemas need a `self.vendor`, and neither the project nor the plugin names one.',
    hint: 'Set `vendor` in the Reflekt config (`vendor: "com.example"`) or the `vendor` option of @reflekt/plugin-avo.',
    docs: 'Every Reflekt schema names its vendor; Avo has none to offer.',
  }),
  RK5310: entry<{ file: string; detail: string }>({
    title: 'avo-file-unreadable',
    severity: 'error',
    message: (p) => `Could not read the export file \`${p.file}\`: ${p.detail}.`,
    hint: 'Check the path given to `--file` (relative to the working directory).',
    docs: 'The offline export file could not be read.',
  }),
  RK5311: entry<Record<string, never>>({
    title: 'avo-no-workspace',
    severity: 'error',
    message: () => 'The plugin has no `workspaceId`, so it cannot call the Avo API.',
    hint: 'Add `workspaceId` (from the app URL `avo.app/schemas/<workspaceId>`) to the @reflekt/plugin-avo options, or pull an export file with `--file`.',
    docs: 'Pulling from the API needs the workspace id.',
  }),
  RK5312: entry<{ origin: string; detail: string }>({
    title: 'avo-request-rejected',
    severity: 'error',
    message: (p) => `Avo rejected the export request for ${p.origin}${p.detail}.`,
    hint: 'HTTP 400/422 usually means the branch cannot be exported in its state (closed, merged, or a protected main). Check the branch in Avo; open a new branch or pull `main`.',
    docs: 'The export API answered with a client error other than 401, 403, 404 and 429.',
  }),
  RK5313: entry<{ origin: string }>({
    title: 'avo-empty-plan',
    severity: 'error',
    message: (p) => `${p.origin} contains no events, so nothing was pulled (and no local schema is marked stale).`,
    hint: 'Check that the branch has events in Avo. An empty answer is never taken as "delete every schema".',
    docs: 'An export without events is refused, so a wrong branch cannot empty the plan folder.',
  }),
  RK5314: entry<{ folder: string }>({
    title: 'avo-invalid-folder',
    severity: 'error',
    message: (p) => `\`${p.folder}\` cannot be the plan folder: it must be one folder name, without \`/\` or \`\\\`.`,
    hint: 'Pass another `--plan`, or set the `folder` option of @reflekt/plugin-avo.',
    docs: 'Pulled schemas land in one folder under the schemas folder, named by `--plan`, the `folder` option or the project name.',
  }),
  RK5320: entry<{ event: string; variant: string }>({
    title: 'avo-variant-skipped',
    severity: 'warning',
    message: (p) =>
      `The variant \`${p.variant}\` of \`${p.event}\` was not pulled: a plan has one schema per event name, the base event's.`,
    hint: 'Make the variant an event of its own in Avo if its payload must be checked separately, or widen the base event.',
    docs: 'Avo variants are sent under the base event name; Reflekt keys schemas by name and version.',
  }),
  RK5321: entry<{ event: string; path: string; first: string; firstPath: string }>({
    title: 'avo-duplicate-event',
    severity: 'warning',
    message: (p) =>
      `\`${p.event}\` maps to \`${p.path}\`, which is \`${p.firstPath}\` of \`${p.first}\` (file names that differ only in case are one file on macOS and Windows); the later event was not pulled.`,
    hint: 'Rename one of the events (or its name mapping) in Avo so their names differ by more than case or spacing.',
    docs: 'Two Avo events would write the same schema file.',
  }),
  RK5322: entry<{ keyword: string; where: string; reason: string }>({
    title: 'avo-unsupported-keyword',
    severity: 'warning',
    message: (p) => `\`${p.keyword}\` of ${p.where} was left out: ${p.reason}.`,
    hint: 'Express the rule another way in Avo (a type, enum, pinned value or pattern), or edit the pulled schema and stop pulling that event.',
    docs: 'An Avo rule has no JSON Schema equivalent in a Reflekt schema.',
  }),
  RK5323: entry<{ type: string; where: string }>({
    title: 'avo-unknown-type',
    severity: 'warning',
    message: (p) => `${p.where} has the type \`${p.type}\`, which JSON Schema does not know; the type was left out.`,
    hint: 'Use one of string, integer, number, boolean, object, list (array) or any in Avo.',
    docs: 'Avo types map to JSON Schema types; this one has no counterpart.',
  }),
  RK5324: entry<{ where: string; mappings: string }>({
    title: 'avo-name-mapping-not-applied',
    severity: 'warning',
    message: (p) =>
      `${p.where} is sent under other names to some destinations (${p.mappings}); the schema uses the name sent to every other destination.`,
    hint: 'Set the `destination` option to the destination whose names the plan should use.',
    docs: 'A schema has one name per event and property; mappings for other destinations cannot be expressed.',
  }),
  RK5325: entry<{ name: string; where: string; first: string }>({
    title: 'avo-name-collision',
    severity: 'warning',
    message: (p) => `${p.where} maps to \`${p.name}\`, already used by \`${p.first}\`; it was left out.`,
    hint: 'Change the name mapping in Avo so every property is sent under its own name.',
    docs: 'Two properties of one object would be sent under the same name.',
  }),
  RK5326: entry<{ property: string; schema: string; event: string; first: string }>({
    title: 'avo-trait-conflict',
    severity: 'warning',
    message: (p) =>
      `\`${p.property}\` of ${p.schema} differs between \`${p.first}\` and \`${p.event}\`; the definition from \`${p.first}\` was kept.`,
    hint: 'Make the property the same on every event that sets it in Avo.',
    docs: 'User and group properties are gathered from every event into one Identify/Group schema.',
  }),
  RK5327: entry<{ event: string; path: string }>({
    title: 'avo-unsafe-name',
    severity: 'warning',
    message: (p) =>
      `\`${p.event}\` cannot be a folder name as it is; it was written to \`${p.path}\`, so \`reflekt lint\` will report that the folder and the name differ.`,
    hint: 'Rename the event in Avo (or give it a name mapping) without `/ \\ : * ? " < > |`.',
    docs: 'Schema folders are event names with spaces turned into `_`; some characters cannot appear in paths.',
  }),
  RK5328: entry<{ property: string; where: string }>({
    title: 'avo-required-undefined',
    severity: 'warning',
    message: (p) => `${p.where} requires \`${p.property}\`, which it does not define; the requirement was left out.`,
    hint: 'Fix the event in Avo: a required property must be attached to it.',
    docs: 'A `required` list named a property without a rule.',
  }),
  RK5329: entry<{ key: string; event: string }>({
    title: 'avo-unknown-rules',
    severity: 'warning',
    message: (p) => `\`rules.properties.${p.key}\` of \`${p.event}\` is not a part of the payload this plugin knows; it was left out.`,
    hint: 'Report the payload shape to the Reflekt maintainers; until then, check the pulled schema against Avo.',
    docs: 'Only `properties`, `userProperties` and `groupProperties` are read from an event.',
  }),
  RK5330: entry<{ index: number; detail: string }>({
    title: 'avo-invalid-event',
    severity: 'warning',
    message: (p) => `Event #${p.index} of the export was skipped: ${p.detail}.`,
    hint: 'Check the event in Avo; report the payload to the Reflekt maintainers if it looks right there.',
    docs: 'An entry of `events` lacked what a schema needs.',
  }),
} as const;

/** Every code of {@link AVO_CATALOG}. */
export type AvoCode = keyof typeof AVO_CATALOG;

/** The parameters of one code's message. */
export type AvoParams<C extends AvoCode> = (typeof AVO_CATALOG)[C] extends DiagnosticData<infer P> ? P : never;

/** A finding, before it is reported: code, parameters and (for conversion findings) the schema it is about. */
export type AvoFinding = {
  [C in AvoCode]: { readonly code: C; readonly params: AvoParams<C>; readonly schema?: string; readonly pointer?: string };
}[AvoCode];

/** Builds a finding with the parameters checked against its code. */
export function finding<C extends AvoCode>(code: C, params: AvoParams<C>, schema?: string, pointer?: string): AvoFinding {
  return { code, params, ...(schema !== undefined && { schema }), ...(pointer !== undefined && { pointer }) } as AvoFinding;
}

/** Reports findings; `locate` turns a schema path into where the diagnostic points. */
export function reportFindings(
  diagnostics: Diagnostics,
  findings: readonly AvoFinding[],
  locate: (schema: string, pointer: string | undefined) => DiagnosticLocation = () => ({}),
): void {
  for (const f of findings) {
    const data = AVO_CATALOG[f.code] as DiagnosticData<unknown>;
    diagnostics.reportWith(f.code, data, f.params, f.schema === undefined ? {} : locate(f.schema, f.pointer));
  }
}
