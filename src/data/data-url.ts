/**
 * URL of a file in `public/data/`, relative to the page: works under any sub-path
 * (`base: './'` in vite.config.ts).
 */
export function dataUrl(file: string): URL {
  return new URL(`data/${file}`, document.baseURI);
}
