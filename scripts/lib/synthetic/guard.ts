import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Refuses an output folder for synthetic files anywhere inside the project (so never in
 * `public/data/` nor `dist/`): synthetic data must never reach the app's data or its build.
 * Symbolic links are resolved first (as far as the path exists).
 *
 * @param projectRoot the repository root
 * @throws Error naming the refused folder
 */
export function assertSyntheticOutputDir(outDir: string, projectRoot: string): string {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      const parent = dirname(p);
      return parent === p ? p : resolve(real(parent), relative(parent, p));
    }
  };
  const out = real(resolve(outDir));
  const root = real(resolve(projectRoot));
  const inside = (folder: string) => {
    const rel = relative(folder, out);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
  };
  if (inside(root)) {
    throw new Error(`synthetic data must not be written inside the project (${out}); use a folder under /tmp`);
  }
  return out;
}
