// Escaping for the HTML report. Every piece of text that came from an article, a path, a config file or
// the report itself goes through `text()` (element content) or `attr()` (a quoted attribute value): the
// page is markup the formatter wrote, with the article's words as inert text inside it.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Characters HTML cannot carry as text: C0 controls other than tab, newline and carriage return, DEL, C1
 * controls, lone surrogates and the noncharacters U+FFFE/U+FFFF. They are replaced, never passed through.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text for element content: markup characters become entities, unprintable ones U+FFFD. */
export function text(value: string): string {
  return value.replace(UNPRINTABLE, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** A value for a double-quoted attribute (the same escaping: quotes can never close the attribute). */
export function attr(value: string): string {
  return text(value);
}

/** Text with one part marked: `before<mark>marked</mark>after`, each part escaped on its own. */
export function marked(value: string, highlight: { start: number; end: number } | undefined): string {
  if (!highlight) return text(value);
  const { start, end } = highlight;
  return `${text(value.slice(0, start))}<mark>${text(value.slice(start, end))}</mark>${text(value.slice(end))}`;
}
