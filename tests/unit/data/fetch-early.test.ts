import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataLoadError } from '../../../src/data/data-load-error';
import { fetchEarly, fetchJson } from '../../../src/data/fetch-data';

function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

describe('fetchEarly', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts the download at once; the first fetchJson takes it over, the next one fetches again', async () => {
    vi.stubGlobal('document', { baseURI: 'http://localhost/sous/chemin/' });
    const fetchMock = vi.fn(async (url: URL | string) => jsonResponse({ url: String(url) }));
    vi.stubGlobal('fetch', fetchMock);

    fetchEarly(['a.json', 'a.json']);
    expect(fetchMock).toHaveBeenCalledTimes(1); // once per file, even when listed twice
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('http://localhost/sous/chemin/data/a.json');

    expect(await fetchJson('a.json', (raw) => raw)).toEqual({ url: 'http://localhost/sous/chemin/data/a.json' });
    expect(fetchMock).toHaveBeenCalledTimes(1); // taken over, not fetched twice

    await fetchJson('a.json', (raw) => raw);
    expect(fetchMock).toHaveBeenCalledTimes(2); // a retry is a new request
  });

  it('reports an early network failure through fetchJson, as a DataLoadError naming the file', async () => {
    vi.stubGlobal('document', { baseURI: 'http://localhost/' });
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    fetchEarly(['b.json']);
    const error = await fetchJson('b.json', (raw) => raw).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).file).toBe('b.json');
    expect((error as DataLoadError).kind).toBe('network');
  });
});
