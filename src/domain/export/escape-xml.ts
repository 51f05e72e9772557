const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** C0 controls but tab, LF and CR, and U+FFFE / U+FFFF: XML 1.0 forbids them anywhere. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A surrogate pair (kept) or a lone surrogate (dropped); no lookbehind, for older Safari. */
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/**
 * Escapes a text for XML content or a quoted attribute value: `&`, `<`, `>`, `"` and `'` become
 * entities, and characters XML 1.0 cannot carry at all (control characters, lone surrogates) are
 * dropped. Data (commune names, labels) never reaches SVG markup any other way.
 *
 * https://www.w3.org/TR/xml/#charsets
 */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(SURROGATES, (s) => (s.length === 2 ? s : ''))
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
