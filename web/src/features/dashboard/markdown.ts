import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * Markdown of a text card as safe HTML: marked renders, DOMPurify keeps only harmless tags
 * and attributes (no event handlers, no `javascript:` or `data:` links, no styles, no
 * iframes), and every link opens in a new tab without access to this one.
 */
const purify = DOMPurify();
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer nofollow');
  }
});

export function renderMarkdown(markdown: string): string {
  return sanitize(marked.parse(markdown, { async: false, gfm: true, breaks: true }));
}

/** One line of Markdown (emphasis, code, links) as safe inline HTML: no paragraphs around it. */
export function renderInlineMarkdown(markdown: string): string {
  return sanitize(marked.parseInline(markdown, { async: false, gfm: true }));
}

function sanitize(html: string): string {
  return purify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
    FORBID_ATTR: ['style'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/(?!\/))/i,
  });
}
