/**
 * Greedy word wrap on normal spaces (no-break spaces U+00A0 and U+202F, which number formats put
 * inside "12 345,6 %", never break). A word longer than a line stays whole on its own line.
 *
 * @param maxChars line length in characters, ≥ 1
 * @returns at least one line ('' for an empty text)
 */
export function wrapText(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const words = text.split(/[ \t\r\n]+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= limit) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}
