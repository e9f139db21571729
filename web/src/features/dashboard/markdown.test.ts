import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown, renderMarkdown } from './markdown';

function dom(html: string) {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('markdown cards', () => {
  it('rendersHeadingsListsAndLinks', () => {
    const html = dom(renderMarkdown('# Plant\n\n- **demand**\n- [docs](https://example.com/a)'));
    expect(html.querySelector('h1')?.textContent).toBe('Plant');
    expect(html.querySelector('strong')?.textContent).toBe('demand');
    const link = html.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.com/a');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
  });

  it('dropsImageErrorHandlers', () => {
    const html = renderMarkdown('hello <img src="x" onerror="alert(1)"> ![a](y.png "t")');
    const node = dom(html);
    expect(html).not.toMatch(/onerror/i);
    for (const img of node.querySelectorAll('img')) {
      expect([...img.attributes].map((a) => a.name).filter((n) => n.startsWith('on'))).toEqual([]);
    }
  });

  it('dropsJavascriptLinksInEverySpelling', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) <a href="javascript:alert(2)">c</a> ' +
        '<a href=" &#106;avascript:alert(3)">d</a> [e](data:text/html,<script>alert(4)</script>)',
    );
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/data:text/i);
    expect(html).not.toMatch(/<script/i);
    for (const a of dom(html).querySelectorAll('a')) {
      const href = a.getAttribute('href');
      expect(href === null || /^(https?:|mailto:|#|\/)/.test(href)).toBe(true);
    }
  });

  it('dropsScriptsStylesAndFrames', () => {
    const html = renderMarkdown('<script>alert(1)</script><iframe src="https://x"></iframe><p style="x">t</p><svg onload="alert(1)"></svg>');
    expect(html).not.toMatch(/<script|<iframe|style=|onload/i);
  });

  it('rendersOneLineInlineAndJustAsSafe', () => {
    expect(renderInlineMarkdown('Charted **Revenue** (4 rows).')).toBe('Charted <strong>Revenue</strong> (4 rows).');
    const html = renderInlineMarkdown('<img src=x onerror="alert(1)"> [x](javascript:alert(1))');
    expect(html).not.toMatch(/onerror|javascript:/i);
  });
});
