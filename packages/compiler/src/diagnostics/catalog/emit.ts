import { entry } from './entry.js';

/** Diagnostics of the emit area (4xxx). */
export const emitCatalog = {
  RK4001: entry<{ path: string; plugins: string }>({
    title: 'output-conflict',
    severity: 'error',
    message: (p) => `\`${p.path}\` is emitted more than once (${p.plugins}).`,
    hint: 'Give each plugin its own `outDir`, or emit the file from one plugin only.',
    docs: 'Two emitters wrote the same output path in one build.',
  }),
  RK4002: entry<{ path: string }>({
    title: 'output-outside-root',
    severity: 'error',
    message: (p) => `Output path \`${p.path}\` escapes the output folder.`,
    hint: 'Emit paths relative to the output folder, without `..` or a leading `/`.',
    docs: 'An emitter asked to write outside the build output folder.',
  }),
  RK4003: entry<{ path: string; detail: string }>({
    title: 'write-failed',
    severity: 'error',
    message: (p) => `Could not write the build output to \`${p.path}\`: ${p.detail}. Earlier artifacts were left untouched.`,
    hint: 'Check free disk space and permissions on the output folder, then build again.',
    docs: 'The atomic writer could not stage or commit the build; nothing was partially written.',
  }),
  RK4004: entry<{ path: string }>({
    title: 'reserved-output-path',
    severity: 'error',
    message: (p) => `Output path \`${p.path}\` is inside \`.reflekt/\`, which holds the writer's build state.`,
    hint: 'Emit the file under another folder of the output root.',
    docs: 'An emitter asked to write into `.reflekt/` of the output folder (manifest, journal, staging).',
  }),
  RK4005: entry<{ path: string; detail: string }>({
    title: 'write-incomplete',
    severity: 'error',
    message: (p) => `The build output in \`${p.path}\` is only partly updated: ${p.detail}.`,
    hint: 'Fix the cause (permissions, disk space) and build again: the next build first completes the interrupted one from `.reflekt/journal.json`.',
    docs: 'Moving staged files into place failed after the build was committed to its journal; the next run rolls it forward.',
  }),
  RK4006: entry<{ path: string }>({
    title: 'stale-output-edited',
    severity: 'warning',
    message: (p) => `\`${p.path}\` is no longer emitted, but it was edited after Reflekt wrote it, so it was kept.`,
    hint: 'Delete it if it is not needed; Reflekt no longer manages it.',
    docs: 'A file from an earlier build is no longer emitted, and its content differs from what Reflekt wrote, so it is left alone.',
  }),
  RK4007: entry<{ path: string; state: 'missing' | 'different' | 'no longer emitted' }>({
    title: 'output-out-of-date',
    severity: 'error',
    message: (p) =>
      p.state === 'missing'
        ? `\`${p.path}\` would be created by a build: the committed output is out of date.`
        : p.state === 'different'
          ? `\`${p.path}\` differs from what a build would write: the committed output is out of date.`
          : `\`${p.path}\` would be removed by a build: no plugin emits it any more.`,
    hint: 'Run `reflekt build` and commit the result.',
    docs: '`reflekt build --check` found an output file that a build would create, change or remove; nothing was written.',
  }),
} as const;
