// Writes docs/diagnostics.md from the compiler's diagnostic catalog (run after a build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderCatalogMarkdown } from '../packages/compiler/dist/diagnostics/catalog-docs.js';

mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../docs/diagnostics.md', import.meta.url), renderCatalogMarkdown());
