import type { JsonValue } from '@reflekt/compiler';
import { type DocEvent, type PropertyRow, versionText } from './model.js';

/** Schema text in Markdown: raw HTML cannot get through (`<` is escaped everywhere). */
export function safeMarkdown(text: string): string {
  return text.replace(/&(?=[A-Za-z#])/g, '&amp;').replace(/</g, '&lt;');
}

/** A table cell: one line, `|` escaped, raw HTML escaped. */
export function cell(text: string): string {
  return safeMarkdown(text)
    .replace(/\r?\n+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

const code = (text: string): string => {
  const fence = text.includes('`') ? '`` ' : '`';
  return `${fence}${text.replace(/\|/g, '\\|')}${fence === '`' ? '`' : ' ``'}`;
};

/** A metadata value as one line of text. */
export function metadataText(value: JsonValue): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value);
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines.join('\n');
}

function propertyRow(p: PropertyRow): string[] {
  return [
    code(p.path),
    code(p.type),
    p.required ? 'yes' : 'no',
    cell(p.description) || '—',
    p.enum ? p.enum.map(code).join(', ') : '',
    p.constraints.map((c) => (c.value === undefined ? c.label : `${c.label} ${code(c.value)}`)).join('; '),
    p.examples.map(code).join(', '),
  ];
}

/** The Markdown page of one event (`events/<plan>/<Event_Name>.md`). */
export function eventMarkdown(e: DocEvent): string {
  const l = e.latest;
  const out: string[] = [];
  out.push(`# ${cell(e.name)}`);
  out.push(
    [
      `**Kind:** \`${e.kind}\``,
      `**Plan:** \`${e.plan}\``,
      `**Latest version:** \`${versionText(l)}\``,
      ...(l.deprecated ? ['**Deprecated**'] : []),
    ].join(' · '),
  );
  out.push(safeMarkdown(l.description.trim()) || '_No description._');
  const facts: string[][] = [['Schema id', code(l.id)]];
  if (e.dbtModel !== undefined) facts.push(['dbt model', code(e.dbtModel)]);
  if (e.typedFunction !== undefined) facts.push(['Typed function', code(`${e.typedFunction}()`)]);
  for (const [key, value] of Object.entries(l.metadata)) facts.push([cell(key), cell(metadataText(value))]);
  out.push(table(['Field', 'Value'], facts));
  out.push(`## Properties (${versionText(l)})`);
  out.push(
    e.properties.length === 0
      ? '_No properties._'
      : table(['Property', 'Type', 'Required', 'Description', 'Values', 'Constraints', 'Examples'], e.properties.map(propertyRow)),
  );
  out.push('## Version history');
  out.push(
    table(
      ['Version', 'Schema id', 'Status', 'Description'],
      e.versions.map((v) => [code(versionText(v)), code(v.id), v.deprecated ? 'deprecated' : 'live', cell(v.description) || '—']),
    ),
  );
  if (e.diffs.length > 0) {
    out.push('## Changes between versions');
    for (const d of e.diffs) {
      out.push(`### ${d.from} → ${d.to}`);
      out.push(
        d.changes.length === 0
          ? '_No change to the payload schema._'
          : table(
              ['Change', 'At', 'Compatibility', 'Breaking', 'Why'],
              d.changes.map((c) => [code(c.kind), code(c.pointer || '/'), c.compatibility, c.breaking ? '**yes**' : 'no', cell(c.reason)]),
            ),
      );
    }
  }
  return `${out.join('\n\n')}\n`;
}

const firstSentence = (text: string): string => {
  const line = text.trim().split(/\n\s*\n/)[0] ?? '';
  const m = /^(.+?[.!?])(\s|$)/s.exec(line);
  return (m?.[1] ?? line).replace(/\s+/g, ' ');
};

/** The Markdown index (`README.md`): every event by plan, linked to its page. */
export function indexMarkdown(title: string, events: readonly DocEvent[]): string {
  const out: string[] = [`# ${cell(title)}`];
  const versions = events.reduce((n, e) => n + e.versions.length, 0);
  out.push(`${events.length} events, ${versions} schema versions. Open \`index.html\` for the searchable catalog.`);
  const plans = [...new Set(events.map((e) => e.plan))];
  for (const plan of plans) {
    out.push(`## ${cell(plan)}`);
    out.push(
      table(
        ['Event', 'Kind', 'Latest', 'Versions', 'Owner', 'Description'],
        events
          .filter((e) => e.plan === plan)
          .map((e) => {
            const owner = e.latest.metadata.code_owner ?? e.latest.metadata.owner;
            return [
              `[${cell(e.name)}](${encodeURI(`${e.slug}.md`)})${e.latest.deprecated ? ' (deprecated)' : ''}`,
              `\`${e.kind}\``,
              code(versionText(e.latest)),
              e.versions.map((v) => versionText(v)).join(', '),
              owner === undefined ? '' : cell(metadataText(owner)),
              cell(firstSentence(e.latest.description)),
            ];
          }),
      ),
    );
  }
  return `${out.join('\n\n')}\n`;
}
