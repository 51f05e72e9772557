// The shipped access files (public/data), converted as the browser and the CLI do.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAccessModel, type AccessModel } from '../../../src/data/access-evaluate.ts';
import { accessDataFromFiles, type AccessData } from '../../../src/data/access-files.ts';

const DATA = resolve(import.meta.dirname, '../../../public/data');

export function readAccessFiles(): { origins: Uint8Array; sites: Uint8Array; model: unknown } {
  return {
    origins: readFileSync(`${DATA}/origins.arrow`),
    sites: readFileSync(`${DATA}/sites.arrow`),
    model: JSON.parse(readFileSync(`${DATA}/access-model.json`, 'utf8')) as unknown,
  };
}

let cached: AccessModel | null = null;

/** One model per test file (the time matrix caches its columns). */
export function realAccessModel(): AccessModel {
  if (!cached) {
    const f = readAccessFiles();
    cached = buildAccessModel(accessDataFromFiles(f.origins, f.sites, f.model));
  }
  return cached;
}

export function realAccessData(): AccessData {
  const f = readAccessFiles();
  return accessDataFromFiles(f.origins, f.sites, f.model);
}
