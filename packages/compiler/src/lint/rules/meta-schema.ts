import path from 'node:path';
import { isReflektDocument } from '../locate.js';
import { defaultMetaSchemaCheck, type MetaSchemaCheck, projectMetaSchemaCheck } from '../meta-schema.js';
import type { PlanRule, RuleContext } from '../types.js';
import { example, text } from './example.js';

/**
 * `meta-schema` (Python Reflekt N1): every Reflekt schema document satisfies the project's
 * `schemas/.reflekt/meta/1-0.json`, or the built-in meta-schema when there is none. This is how
 * teams require metadata such as `code_owner`. Each file is checked once, from its raw text.
 */
export const metaSchema: PlanRule<'RK2001'> = {
  id: 'meta-schema',
  code: 'RK2001',
  defaultSeverity: 'error',
  suppressible: false,
  scope: 'plan',
  docs: {
    summary: 'Checks each schema document against the project meta-schema.',
    why: 'The meta-schema is where a team states what every schema must carry (`self`, required metadata keys such as `code_owner`); it is only useful if every document is checked against it.',
    fix: 'Add or correct the field shown; change `schemas/.reflekt/meta/1-0.json` if the requirement itself is wrong.',
    ok: example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed', properties: { order_id: text('The order.') } }),
    notOk: example({ id: 'shop/Order_Completed/1-0.json', name: 'Order Completed', self: { owner: 'growth' } }),
  },
  check(plan, ctx) {
    const meta = resolveMetaSchema(ctx);
    if (meta === undefined) return;
    const checked = new Set<string>();
    for (const event of plan.events) {
      const file = event.source.file;
      if (!isReflektDocument(event) || checked.has(file)) continue;
      checked.add(file);
      const document = ctx.documents.get(file);
      if (document === undefined) continue;
      for (const f of meta.check(document)) {
        ctx.report(
          { path: f.path, detail: f.detail, metaSchema: meta.name },
          { file, pointer: event.source.pointer + f.pointer, ...(f.atKey && { atKey: true }) },
        );
      }
    }
  },
};

/** The project meta-schema's check (reporting RK2015 when it is unusable), or the built-in one. */
function resolveMetaSchema(ctx: RuleContext<'RK2001'>): { check: MetaSchemaCheck; name: string } | undefined {
  const absolute = ctx.config.metaSchema;
  if (absolute === undefined) return { check: defaultMetaSchemaCheck(), name: '' };
  const file = path.relative(ctx.config.root, absolute).split(path.sep).join('/');
  const source = ctx.sources.text(file);
  if (source === undefined) {
    ctx.reportCode('RK2015', { path: file, detail: 'the file cannot be read' }, { file });
    return undefined;
  }
  try {
    return { check: projectMetaSchemaCheck(source), name: file };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    if (!(error instanceof SyntaxError)) {
      ctx.reportCode('RK2015', { path: file, detail: message }, { file, pointer: '' });
      return undefined;
    }
    // JSON.parse says where it stopped ("… at position 100"): point there.
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
    const range = ctx.sources.range(file, offset, offset);
    ctx.reportCode('RK2015', { path: file, detail: `it is not valid JSON (${message})` }, { file, ...(range && { range }) });
    return undefined;
  }
}
