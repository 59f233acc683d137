// Escaping for the report page. Every text in it comes from sources that may be hostile, so nothing
// reaches the HTML except through these.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content and for double-quoted attribute values alike. */
export const esc = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** A link target only for http(s) addresses: a javascript: or data: url is shown as text, never linked. */
export function safeHref(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  try { return new URL(url).protocol.startsWith('http') ? url : null; } catch { return null; }
}

export function link(url: string, text: string): string {
  const href = safeHref(url);
  return href ? `<a href="${esc(href)}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text);
}

/**
 * JSON inside <script type="application/json">: `<` is escaped so no value can close the element or
 * open a comment, and U+2028/2029 so the text stays valid JavaScript should anyone eval it.
 */
export const jsonScript = (id: string, value: unknown): string =>
  `<script type="application/json" id="${esc(id)}">${JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}</script>`;

/** 30000 → "30,000": fixed, so the page is the same whatever locale builds it. */
export const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const table = (headers: readonly string[], rows: readonly string[], attrs = ''): string =>
  `<table${attrs}>\n<thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
