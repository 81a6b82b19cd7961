import type { Processor } from 'unified';

// remark-rehype without `allowDangerousHtml` drops raw HTML nodes; rehype-sanitize (GitHub's
// schema) then removes anything else unsafe: `javascript:` links, event handler attributes, …
let processor: Processor<never, never, never, never, string> | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the Markdown pipeline (unified, remark, rehype). Loaded on demand rather than at import,
 * because importing it costs about 130 ms, which a build whose emitters are skipped (nothing
 * changed) should not pay. {@link markdownToHtml} needs it loaded.
 */
export function loadMarkdown(): Promise<void> {
  loading ??= (async () => {
    const [{ unified }, parse, gfm, rehype, sanitize, stringify] = await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-gfm'),
      import('remark-rehype'),
      import('rehype-sanitize'),
      import('rehype-stringify'),
    ]);
    processor = unified()
      .use(parse.default)
      .use(gfm.default)
      .use(rehype.default)
      .use(sanitize.default)
      .use(stringify.default)
      .freeze() as unknown as Processor<never, never, never, never, string>;
  })();
  return loading;
}

const cache = new Map<string, string>();

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Text with none of Markdown's syntax characters renders as one plain paragraph.
const PLAIN = /^[\p{L}\p{N} ,.;:'"?()/%=$€£+-]*$/u;

/**
 * A Markdown description as safe HTML: remark (GFM) → rehype → rehype-sanitize → string. Raw
 * HTML in the text never reaches the output. `inline` unwraps a single paragraph (table cells).
 */
export function markdownToHtml(markdown: string, inline = false): string {
  const text = markdown.trim();
  if (text === '') return '';
  const key = `${inline ? 'i' : 'b'}${text}`;
  let html = cache.get(key);
  if (html !== undefined) return html;
  if (PLAIN.test(text) && !/^\d+[.)]|^[-+]\s/.test(text)) html = `<p>${escapeHtml(text)}</p>`;
  else {
    if (processor === undefined) throw new Error('markdownToHtml: call `await loadMarkdown()` first.');
    html = String(processor.processSync(text)).trim();
  }
  if (inline && html.startsWith('<p>') && html.endsWith('</p>') && html.indexOf('<p>', 1) === -1) html = html.slice(3, -4);
  if (cache.size < 50_000) cache.set(key, html);
  return html;
}
