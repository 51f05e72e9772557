import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PipelineError } from './errors.ts';
import { parseCsv } from './csv.ts';

/** Reads one raw file relative to the raw-data folder, with a clear message when it is missing. */
export function readRaw(rawDir: string, rel: string): string {
  const p = join(rawDir, rel);
  if (!existsSync(p)) {
    throw new PipelineError(
      `missing raw file ${p}\n  Set OBS41_DATA_RAW to the folder holding the raw open data (default ../shared/data-raw).`,
    );
  }
  return readFileSync(p, 'utf8');
}

export function readRawJson<T>(rawDir: string, rel: string): T {
  const text = readRaw(rawDir, rel);
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new PipelineError(`${rel}: not valid JSON (${(e as Error).message})`);
  }
}

export function readRawCsv(rawDir: string, rel: string, separator: string): Record<string, string>[] {
  try {
    return parseCsv(readRaw(rawDir, rel), { separator, source: rel });
  } catch (e) {
    if (e instanceof PipelineError) throw e;
    throw new PipelineError(`${rel}: ${(e as Error).message}`);
  }
}
