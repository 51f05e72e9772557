import type { Plugin } from 'vite';

/** Built style sheets (`assets/<name>-<hash>.css`). */
const BUILT_CSS = /^assets\/[\w.-]+\.css$/;

/**
 * Inlines the style sheets index.html links (the entry's, ≈ 20 KB, and those of chunks the entry
 * imports statically, such as the export buttons') as `<style>` elements: the first paint no
 * longer waits for render-blocking requests after the HTML. The CSP already
 * allows inline styles (`style-src 'unsafe-inline'`, needed by MapLibre and Svelte's style
 * directives). A sheet with a `url(…)` (relative to assets/) or a `</style` sequence stays a link.
 *
 * Each `<link>` stays too, `disabled`: the browser does not fetch a disabled style sheet, and Vite's
 * preload helper, which lazy chunks importing from these chunks call with their sheets among the
 * dependencies, finds it in the page and does not add it a second time (that would re-apply its
 * rules after the lazy chunks' own and cost a style recalculation). The files stay in the build
 * for the same reason.
 */
export function inlineStartCss(): Plugin {
  return {
    name: 'obs41-inline-start-css',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*? href="\.\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = bundle[file];
          if (!BUILT_CSS.test(file) || !asset || asset.type !== 'asset') return tag;
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          if (/url\(|<\/style/i.test(css)) return tag;
          return `<style>${css.trim()}</style>\n    <link rel="stylesheet" href="./${file}" disabled>`;
        });
      },
    },
  };
}
