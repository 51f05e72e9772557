import type { Plugin } from 'vite';

/** Entry style sheets as Vite names them (`assets/index-<hash>.css`). */
const ENTRY_CSS = /^assets\/index-[\w-]+\.css$/;

/**
 * Inlines the entry's style sheet (≈ 20 KB, ≈ 4 KB gzip) into index.html as a `<style>` element:
 * the first paint no longer waits for a render-blocking request after the HTML. The CSP already
 * allows inline styles (`style-src 'unsafe-inline'`, needed by MapLibre and Svelte's style
 * directives). A sheet with a `url(…)` (relative to assets/) or a `</style` sequence stays a link.
 *
 * The `<link>` stays too, `disabled`: the browser does not fetch a disabled style sheet, and Vite's
 * preload helper, which lazy chunks importing from the entry call with the entry's sheet among
 * their dependencies, finds it in the page and does not add it a second time (that would re-apply
 * its rules after the lazy chunks' own and cost a style recalculation). The file stays in the build
 * for the same reason.
 */
export function inlineEntryCss(): Plugin {
  return {
    name: 'obs41-inline-entry-css',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(/<link rel="stylesheet"[^>]*? href="\.\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const asset = bundle[file];
          if (!ENTRY_CSS.test(file) || !asset || asset.type !== 'asset') return tag;
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          if (/url\(|<\/style/i.test(css)) return tag;
          return `<style>${css.trim()}</style>\n    <link rel="stylesheet" href="./${file}" disabled>`;
        });
      },
    },
  };
}
