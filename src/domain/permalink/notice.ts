import { displayExcerpt } from './display-excerpt';
import type { NoticeCode, PermalinkNotice } from './types';

/** Builds a notice, cutting `key` and `value` to display-safe excerpts. */
export function notice(code: NoticeCode, key: string, value: string | null = null, detail: string | null = null): PermalinkNotice {
  return { code, key: displayExcerpt(key), value: value === null ? null : displayExcerpt(value), detail };
}
