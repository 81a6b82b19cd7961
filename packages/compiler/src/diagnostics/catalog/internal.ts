import { entry } from './entry.js';

/** Diagnostics of the internal area (9xxx). */
export const internalCatalog = {
  RK9001: entry<{ plugin: string; hook: string; detail: string }>({
    title: 'plugin-failed',
    severity: 'error',
    message: (p) => `Plugin \`${p.plugin}\` failed in hook \`${p.hook}\`: ${p.detail}.`,
    hint: "This is a bug in the plugin or an input it did not expect; run with `--verbose` for the stack trace and report it to the plugin's authors.",
    docs: 'A plugin threw an exception; the build stopped and earlier artifacts were left untouched.',
  }),
  RK9002: entry<{ plugin: string; hook: string; seconds: number }>({
    title: 'slow-hook',
    severity: 'info',
    message: (p) =>
      `Plugin \`${p.plugin}\` took ${p.seconds >= 1 ? `${p.seconds.toFixed(1)} s` : `${Math.round(p.seconds * 1000)} ms`} in hook \`${p.hook}\`.`,
    hint: 'Run with `--profile` to see where the time goes.',
    docs: 'A hook tap ran longer than the slow-hook threshold (3 s).',
  }),
} as const;
