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
} as const;
