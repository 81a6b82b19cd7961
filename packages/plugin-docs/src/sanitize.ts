import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// remark-rehype without `allowDangerousHtml` drops raw HTML nodes; rehype-sanitize (GitHub's
// schema) then removes anything else unsafe: `javascript:` links, event handler attributes, …
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

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
  else html = String(processor.processSync(text)).trim();
  if (inline && html.startsWith('<p>') && html.endsWith('</p>') && html.indexOf('<p>', 1) === -1) html = html.slice(3, -4);
  if (cache.size < 50_000) cache.set(key, html);
  return html;
}
