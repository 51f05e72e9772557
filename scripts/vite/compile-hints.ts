import type { Plugin } from 'vite';

/** V8's file-level compile hint (Chrome ≥ 136): https://v8.dev/blog/explicit-compile-hints */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Marks the chunks the start-up runs (the entry and everything it imports statically) with V8's
 * explicit compile hint: their functions are compiled eagerly, on a background thread while the
 * file downloads, instead of lazily on the main thread when first called during the mount. Lazy
 * chunks (MapLibre, DuckDB, other pages) are left as they are. Other browsers ignore the comment.
 */
export function compileHints(): Plugin {
  return {
    name: 'obs41-compile-hints',
    apply: 'build',
    enforce: 'post',
    // after Vite's own generateBundle, which prepends its `__vite__mapDeps` line to the entry
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const startup = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || startup.has(fileName)) return;
          startup.add(fileName);
          for (const imported of chunk.imports) visit(imported);
        };
        for (const [fileName, chunk] of Object.entries(bundle)) {
          if (chunk.type === 'chunk' && chunk.isEntry) visit(fileName);
        }
        for (const fileName of startup) {
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk' && !chunk.code.startsWith(COMPILE_HINT)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
        }
      },
    },
  };
}
