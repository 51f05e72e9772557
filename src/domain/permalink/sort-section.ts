import type { RankingKey, SortDirection } from '../compare/sort-ranking';
import { notice } from './notice';
import type { PermalinkNotice, UrlSection } from './types';
import { scalar } from './value-codecs';

export interface RankingSort {
  key: RankingKey;
  direction: SortDirection;
}

const KEYS: readonly RankingKey[] = ['rank', 'name', 'territory', 'value'];
const DIRECTIONS: readonly SortDirection[] = ['asc', 'desc'];
const DEFAULT_SORT: RankingSort = { key: 'rank', direction: 'asc' };
const KEY = 'tri';

/** Order of the comparison page's ranking: `tri=value-desc`. */
export const sortSection: UrlSection<RankingSort> = {
  id: 'sort',
  keys: [KEY],
  defaultValue: DEFAULT_SORT,
  encode: (v) => (v.key === DEFAULT_SORT.key && v.direction === DEFAULT_SORT.direction ? {} : { [KEY]: `${v.key}-${v.direction}` }),
  decode(params) {
    const notices: PermalinkNotice[] = [];
    const raw = params.get(KEY);
    if (raw === undefined) return { value: DEFAULT_SORT, notices };
    const value = scalar(KEY, raw, notices)?.trim();
    if (value === undefined) return { value: DEFAULT_SORT, notices };
    const dash = value.lastIndexOf('-');
    const key = KEYS.find((k) => k === value.slice(0, dash));
    const direction = DIRECTIONS.find((d) => d === value.slice(dash + 1));
    if (dash < 0 || !key || !direction) {
      notices.push(notice('invalid', KEY, raw));
      return { value: DEFAULT_SORT, notices };
    }
    return { value: { key, direction }, notices };
  },
};
