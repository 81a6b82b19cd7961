import type { DiagnosticData } from '@reflekt/compiler';

const entry = <P>(data: DiagnosticData<P>): DiagnosticData<P> => data;

/** Diagnostics of `reflekt serve` (RK510x). Listed in the package README. */
export const SERVE_CATALOG = {
  RK5101: entry<{ detail: string }>({
    title: 'serve-settings-invalid',
    severity: 'error',
    message: (p) => `The registry settings are not usable: ${p.detail}`,
    hint: 'Check `--schemas`, `--valid`, `--invalid`, `--port`, the `serve` options of @reflekt/plugin-registry and the REFLEKT_* environment variables.',
    docs: '`reflekt serve` reads its settings from flags, then the REFLEKT_* environment variables, then the plugin options.',
  }),
  RK5102: entry<{ address: string; detail: string }>({
    title: 'serve-listen-failed',
    severity: 'error',
    message: (p) => `The registry cannot listen on ${p.address}: ${p.detail}`,
    hint: 'Pick another port with `--port` (0 picks a free one), or stop the process using it.',
    docs: 'The local registry server could not bind its port.',
  }),
  RK5103: entry<{ folder: string }>({
    title: 'serve-schemas-missing',
    severity: 'warning',
    message: (p) => `There are no validators in \`${p.folder}\` yet, so every event will be reported as naming an unknown schema.`,
    hint: 'Run `reflekt build` with @reflekt/plugin-registry configured, or point `--schemas` at a folder or s3:// location with validators.',
    docs: 'The registry validates with the precompiled validators the build writes (`artifacts/schemas`).',
  }),
} as const;
