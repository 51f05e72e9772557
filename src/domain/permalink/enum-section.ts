import type { UrlSection } from './types';
import { decodeEnum } from './value-codecs';

/** A section holding one word of a fixed list (page, language, access map view…). */
export function enumSection<T extends string>(
  id: string,
  key: string,
  values: readonly T[],
  defaultValue: T,
  options: { replace?: boolean } = {},
): UrlSection<T> {
  return {
    id,
    keys: [key],
    replaceKeys: options.replace ? [key] : [],
    defaultValue,
    encode: (value) => (value === defaultValue ? {} : { [key]: value }),
    decode(params) {
      const raw = params.get(key);
      const notices: ReturnType<UrlSection<T>['decode']>['notices'] = [];
      if (raw === undefined) return { value: defaultValue, notices };
      return { value: decodeEnum(key, raw, values, notices) ?? defaultValue, notices };
    },
  };
}
