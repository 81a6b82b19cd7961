import { sortDiagnostics } from '../diagnostics/diagnostics.js';
import type { Diagnostic } from '../diagnostics/types.js';

const command = { error: 'error', warning: 'warning', info: 'notice' } as const;

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Formats diagnostics as GitHub Actions workflow commands (`::error file=…,line=…::message`),
 * so findings show up as annotations on the pull request.
 */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return sortDiagnostics(diagnostics)
    .map((d) => {
      const props: string[] = [];
      if (d.file) props.push(`file=${escapeProperty(d.file)}`);
      if (d.range) {
        props.push(`line=${d.range.start.line}`, `col=${d.range.start.column}`);
        props.push(`endLine=${d.range.end.line}`, `endColumn=${d.range.end.column}`);
      }
      props.push(`title=${escapeProperty([d.code, d.ruleId].filter(Boolean).join(' '))}`);
      const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
      return `::${command[d.severity]} ${props.join(',')}::${escapeData(message)}`;
    })
    .join('\n');
}
