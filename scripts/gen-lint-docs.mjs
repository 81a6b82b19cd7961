// Writes docs/lint-rules.md from the compiler's lint rule specs (run after a build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderLintRulesMarkdown } from '../packages/compiler/dist/lint/docs.js';

mkdirSync(new URL('../docs/', import.meta.url), { recursive: true });
writeFileSync(new URL('../docs/lint-rules.md', import.meta.url), renderLintRulesMarkdown());
