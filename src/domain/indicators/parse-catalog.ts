import { DataFormatError } from '../data-format-error';
import type {
  Axis,
  Direction,
  Indicator,
  IndicatorCatalog,
  IndicatorKind,
  Localized,
} from '../types';

const KINDS: readonly IndicatorKind[] = ['ratio', 'count', 'median', 'published-rate'];
const DIRECTIONS: readonly Direction[] = ['higher-more-fragile', 'higher-less-fragile', 'neutral'];

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new DataFormatError(`${path}.${key} : texte attendu`);
  return v;
}

function num(o: Obj, key: string, path: string, fallback?: number): number {
  const v = o[key] ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new DataFormatError(`${path}.${key} : nombre attendu`);
  }
  return v;
}

function localized(o: Obj, key: string, path: string): Localized {
  const v = o[key];
  if (!isObj(v) || typeof v.fr !== 'string') {
    throw new DataFormatError(`${path}.${key} : libellé { fr, en } attendu`);
  }
  return { fr: v.fr, en: typeof v.en === 'string' ? v.en : v.fr };
}

function oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[]): T {
  const v = str(o, key, path);
  if (!(allowed as readonly string[]).includes(v)) {
    throw new DataFormatError(`${path}.${key} : « ${v} » n'est pas une valeur connue`);
  }
  return v as T;
}

function parseIndicator(raw: unknown, path: string): Indicator {
  if (!isObj(raw)) throw new DataFormatError(`${path} : objet attendu`);
  const denominator = raw.denominator ?? null;
  if (denominator !== null && typeof denominator !== 'string') {
    throw new DataFormatError(`${path}.denominator : texte ou null attendu`);
  }
  return {
    id: str(raw, 'id', path),
    axis: str(raw, 'axis', path),
    label: localized(raw, 'label', path),
    short: isObj(raw.short) ? localized(raw, 'short', path) : localized(raw, 'label', path),
    unit: typeof raw.unit === 'string' ? raw.unit : '',
    definition: isObj(raw.definition)
      ? localized(raw, 'definition', path)
      : { fr: '', en: '' },
    kind: oneOf(raw, 'kind', path, KINDS),
    numerator: str(raw, 'numerator', path),
    denominator,
    offset: num(raw, 'offset', path, 0),
    scale: num(raw, 'scale', path, 1),
    decimals: num(raw, 'decimals', path, 1),
    direction: oneOf(raw, 'direction', path, DIRECTIONS),
    source: str(raw, 'source', path),
    year: num(raw, 'year', path),
    ...(raw.default === true ? { default: true } : {}),
  };
}

/**
 * Validates the parsed content of `indicators.json`.
 *
 * @param raw the JSON value
 * @returns the catalogue; axes without indicators are kept, indicators whose axis is not
 *   listed get an axis entry named after their id
 * @throws DataFormatError when a required field is missing or has the wrong type
 */
export function parseCatalog(raw: unknown): IndicatorCatalog {
  if (!isObj(raw) || !Array.isArray(raw.indicators)) {
    throw new DataFormatError('objet { indicators: [...] } attendu');
  }
  const indicators = raw.indicators.map((ind, i) => parseIndicator(ind, `indicators[${i}]`));
  if (indicators.length === 0) throw new DataFormatError('aucun indicateur');
  const axes: Axis[] = Array.isArray(raw.axes)
    ? raw.axes.map((a, i) => {
        const path = `axes[${i}]`;
        if (!isObj(a)) throw new DataFormatError(`${path} : objet attendu`);
        return { id: str(a, 'id', path), label: localized(a, 'label', path) };
      })
    : [];
  for (const ind of indicators) {
    if (!axes.some((a) => a.id === ind.axis)) {
      axes.push({ id: ind.axis, label: { fr: ind.axis, en: ind.axis } });
    }
  }
  return { indicators, axes };
}
