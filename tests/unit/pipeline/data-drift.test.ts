import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The shipped data can never drift from its recipe: rebuild public/data from the raw files into a
 * temporary folder and require byte-identical files. Also checks that a bad raw folder fails loudly.
 */
const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const tmp = mkdtempSync(join(tmpdir(), 'obs41-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run data', () => {
  it('rebuilds public/data byte for byte', () => {
    execFileSync(tsx, ['scripts/build-data.ts'], { cwd: root, env: { ...process.env, OBS41_OUT: tmp }, stdio: 'pipe' });
    const committed = readdirSync(join(root, 'public/data')).sort();
    expect(readdirSync(tmp).sort()).toEqual(committed);
    for (const f of committed) {
      const same = readFileSync(join(tmp, f)).equals(readFileSync(join(root, 'public/data', f)));
      expect(same, `public/data/${f} differs from a fresh build: run npm run data and commit`).toBe(true);
    }
  }, 120_000);

  it('fails with a clear message when the raw folder is wrong', () => {
    let stderr = '';
    try {
      execFileSync(tsx, ['scripts/build-data.ts'], { cwd: root, env: { ...process.env, OBS41_DATA_RAW: join(tmp, 'nowhere'), OBS41_OUT: join(tmp, 'out') }, stdio: 'pipe' });
    } catch (e) {
      stderr = String((e as { stderr: Buffer }).stderr);
    }
    expect(stderr).toContain('npm run data FAILED');
    expect(stderr).toContain('missing raw file');
    expect(stderr).toContain('OBS41_DATA_RAW');
  }, 60_000);
});
