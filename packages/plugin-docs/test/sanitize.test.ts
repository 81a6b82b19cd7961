import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMarkdown, markdownToHtml, scriptJson } from '../src/index.js';
import { cleanupCopies, copyExample, emitDocs } from './helpers.js';

beforeAll(loadMarkdown);
afterAll(cleanupCopies);

const EVIL = [
  'Sent **on purpose**. <script>alert("event")</script>',
  '',
  '<img src=x onerror="alert(1)"> and [a link](javascript:alert(2)) and <a href="#" onclick="alert(3)">x</a>',
  '',
  '</script><script>alert(4)</script>',
].join('\n');

/** Puts hostile text in the description of Cart Viewed and of one of its properties. */
function poison(dir: string): void {
  const file = path.join(dir, 'schemas/online_shop/Cart_Viewed/1-0.json');
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  doc.description = EVIL;
  const first = Object.keys(doc.properties)[0] as string;
  doc.properties[first].description = 'Item <b onmouseover=alert(5)>count</b> <iframe src="https://evil.example"></iframe>';
  doc.self.metadata = { ...doc.self.metadata, code_owner: '<script>alert(6)</script>' };
  writeFileSync(file, JSON.stringify(doc, null, 2));
}

describe('descriptions are rendered safely', () => {
  it('renders Markdown but strips raw HTML, handlers and javascript: links', () => {
    const html = markdownToHtml(EVIL);
    expect(html).toContain('<strong>on purpose</strong>');
    expect(html).not.toMatch(/<script|<img|onerror|onclick|javascript:|<iframe/i);
  });

  it('lets no script or handler from schema text into the site or the Markdown', async () => {
    const { files } = await emitDocs(copyExample(poison));
    const page = files.get('events/online_shop/Cart_Viewed.html') ?? '';
    expect(page).toContain('<strong>on purpose</strong>');
    for (const [file, text] of files) {
      if (file.endsWith('.html')) {
        // The only scripts are the site's own two, on the index.
        const scripts = text.match(/<script\b/g) ?? [];
        expect(scripts.length, file).toBe(file === 'index.html' ? 2 : 0);
        expect(text, file).not.toMatch(/<img|<iframe|onerror=|onclick=|onmouseover=|javascript:alert|<\/script><script>alert/i);
      } else {
        expect(text, file).not.toMatch(/<script|<img|<iframe|<b onmouseover|<a href/i);
      }
    }
    // The inlined search data cannot close its <script> element.
    const data = /<script type="application\/json" id="search-data">([\s\S]*?)<\/script>/.exec(files.get('index.html') ?? '')?.[1] ?? '';
    expect(data).not.toContain('<');
    expect(JSON.parse(data)[0].m[0]).toContain('<script>');
  });

  it('escapes < in inlined JSON', () => {
    expect(scriptJson({ a: '</script>\u2028' })).toBe('{"a":"\\u003c/script>\\u2028"}');
  });
});
