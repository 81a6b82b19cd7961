import { entry } from './entry.js';

/** Diagnostics of the lint area (2xxx): one code per lint rule. */
export const lintCatalog = {
  RK2000: entry<{ detail: string }>({
    title: 'lint-placeholder',
    severity: 'error',
    message: (p) => p.detail,
    docs: 'Placeholder replaced by the lint rules.',
  }),
} as const;
