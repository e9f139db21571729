/** An attribute value as HTML wants it inside double quotes. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const EMBED_DEFAULT = { width: 800, height: 450 } as const;

/** The HTML another site pastes to show a public link: a plain iframe, nothing scripted. */
export function embedSnippet(url: string, width: number = EMBED_DEFAULT.width, height: number = EMBED_DEFAULT.height): string {
  const size = (n: number, fallback: number) => (Number.isFinite(n) && n > 0 ? Math.round(n) : fallback);
  return `<iframe src="${attribute(url)}" width="${size(width, EMBED_DEFAULT.width)}" height="${size(
    height,
    EMBED_DEFAULT.height,
  )}" frameborder="0"></iframe>`;
}

/** A date from a date input (`2026-12-31`) as the instant the link stops: the end of that day, UTC. */
export function expiryOf(date: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T23:59:59Z` : undefined;
}
