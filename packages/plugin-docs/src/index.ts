/**
 * @packageDocumentation
 * `@reflekt/plugin-docs`: a catalog of the tracking plan that analysts, PMs and engineers can
 * browse without reading JSON Schema: Markdown per event plus an index (`README.md`), and a
 * static HTML site (`index.html`, search and filters, event pages with version diffs) that works
 * from `file://`. Descriptions are Markdown, rendered through remark → rehype-sanitize.
 *
 * ```ts
 * import { defineConfig } from '@reflekt/compiler';
 * import docs from '@reflekt/plugin-docs';
 *
 * export default defineConfig({ plugins: [docs()] });
 * ```
 */
import { pluginCacheKey, type ReflektPlugin, type TrackingPlan } from '@reflekt/compiler';
import { eventHtml, indexHtml } from './html.js';
import { eventMarkdown, indexMarkdown } from './markdown.js';
import { buildModel } from './model.js';
import { type DocsOptions, PLUGIN_NAME, type ResolvedDocsOptions, resolveOptions } from './options.js';
import { loadMarkdown } from './sanitize.js';

export { eventHtml, indexHtml, scriptJson } from './html.js';
export { eventMarkdown, indexMarkdown } from './markdown.js';
export {
  buildModel,
  type Constraint,
  type DocEvent,
  type PropertyRow,
  propertyRows,
  type VersionChange,
  type VersionDiff,
} from './model.js';

export { defaultDbtModel, defaultTypedFunction, segmentSnakecase } from './naming.js';
export { type DocsLinks, type DocsOptions, optionsSchema, PLUGIN_NAME, type ResolvedDocsOptions, resolveOptions } from './options.js';
export { escapeHtml, loadMarkdown, markdownToHtml } from './sanitize.js';

/** Every file of the catalog, by path relative to the docs folder. */
export async function renderDocs(plan: TrackingPlan, options: ResolvedDocsOptions): Promise<Map<string, string>> {
  await loadMarkdown();
  const events = buildModel(plan, options);
  const title = options.title ?? `${plan.name} tracking plan`;
  const files = new Map<string, string>();
  if (options.formats.includes('markdown')) {
    files.set('README.md', indexMarkdown(title, events));
    for (const e of events) files.set(`${e.slug}.md`, eventMarkdown(e));
  }
  if (options.formats.includes('html')) {
    files.set('index.html', indexHtml(title, events));
    for (const e of events) files.set(`${e.slug}.html`, eventHtml(title, e));
  }
  return files;
}

/**
 * The plugin factory. Options are checked when the config loads (RK7005 on a mistake); the
 * files land in `<outDir of the build>/<options.outDir>` (`artifacts/docs/` by default).
 */
export default function docs(options?: DocsOptions): ReflektPlugin {
  const resolved = resolveOptions(options);
  return {
    name: PLUGIN_NAME,
    cacheKey: pluginCacheKey(import.meta.url, resolved),
    apply(compiler) {
      compiler.hooks.emit.tapPromise(PLUGIN_NAME, async (ctx) => {
        for (const [file, text] of await renderDocs(ctx.plan, resolved)) ctx.emitFile(`${resolved.outDir}/${file}`, text);
      });
    },
  };
}
