import { entry } from './entry.js';

/** Diagnostics of the deploy and network area (5xxx) that the CLI itself reports. */
export const deployCatalog = {
  RK5001: entry<{ command: string; target: string; plugins: string }>({
    title: 'no-plugin-for-command',
    severity: 'error',
    message: (p) =>
      `No configured plugin handles \`reflekt ${p.command} ${p.target}\`${p.plugins ? ` (configured: ${p.plugins})` : ' (no plugins are configured)'}.`,
    hint: (p) =>
      `Add the plugin that provides it to \`plugins\` in the config, e.g. \`@reflekt/plugin-${p.target === 'lambda' ? 'registry' : p.target}\`, or check the target's spelling.`,
    docs: 'A command that plugins carry out (`pull`, `push`, `deploy`, `serve`, `replay`) named a target no configured plugin claimed.',
  }),
  RK5002: entry<{ path: string; target: string }>({
    title: 'pulled-path-outside-schemas',
    severity: 'error',
    message: (p) =>
      `\`reflekt pull ${p.target}\` produced the path \`${p.path}\`, which is not inside the schemas folder; it was not written.`,
    hint: 'This is a bug in the source plugin: schema paths must be relative, without `..`. Report it to its authors.',
    docs: 'A source plugin asked to write a pulled schema outside the project’s schemas folder.',
  }),
  RK5003: entry<{ path: string; target: string }>({
    title: 'pulled-file-stale',
    severity: 'warning',
    message: (p) => `\`${p.path}\` is no longer in ${p.target}; it was kept.`,
    hint: 'Delete it if the event was removed on purpose, or pull again with `--prune` to remove such files.',
    docs: 'A schema file in a folder a pull owns was not part of the pulled plan. Without `--prune` it is kept and reported.',
  }),
  RK5004: entry<{ path: string; detail: string }>({
    title: 'pulled-file-write-failed',
    severity: 'error',
    message: (p) => `Could not write the pulled schema \`${p.path}\`: ${p.detail}.`,
    hint: 'Check permissions and free space in the schemas folder, then pull again; files already written are complete.',
    docs: 'Writing a pulled schema file failed. Each file is written atomically (temp file + rename), so no file is left half-written.',
  }),
  RK5005: entry<{ command: string; target: string; errors: number }>({
    title: 'blocked-by-lint',
    severity: 'error',
    message: (p) =>
      `The plan has ${p.errors} lint error${p.errors === 1 ? '' : 's'}; \`reflekt ${p.command} ${p.target}\` changed nothing.`,
    hint: 'Fix the errors listed above (`reflekt lint`), then run the command again.',
    docs: '`reflekt push` and `reflekt deploy` never publish a plan that fails lint or a build with errors.',
  }),
} as const;
