/**
 * A small XML well-formedness check for the exported SVG (no DOM parser in Node): one root
 * element, tags balanced and properly nested, attributes quoted and unique, `&` only in the five
 * predefined or numeric entities, no `<` in text or attribute values, no forbidden characters.
 *
 * @returns the problems found (empty when well formed)
 */
export function checkWellFormed(xml: string): string[] {
  const problems: string[] = [];
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) problems.push('forbidden control character');
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->/g;
  const stack: string[] = [];
  let roots = 0;
  let last = 0;
  const checkText = (text: string, where: string) => {
    if (text.includes('<')) problems.push(`raw < in ${where}: ${text.slice(0, 60)}`);
    const amp = text.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g);
    if (amp) problems.push(`bare & in ${where}: ${text.slice(0, 60)}`);
  };
  for (let m = token.exec(body); m; m = token.exec(body)) {
    const text = body.slice(last, m.index);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root: ${text.slice(0, 60)}`);
    checkText(text, 'text');
    last = token.lastIndex;
    if (m[0].startsWith('<!--')) continue;
    const [, closing, name = '', attrText = '', selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
      continue;
    }
    const names = [...attrText.matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => {
      checkText(a[2] ?? '', `attribute ${a[1]}`);
      return a[1];
    });
    if (new Set(names).size !== names.length) problems.push(`duplicate attribute on <${name}>`);
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push(name);
  }
  const rest = body.slice(last);
  if (rest.trim() !== '') problems.push(`unparsed: ${rest.slice(0, 80)}`);
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
