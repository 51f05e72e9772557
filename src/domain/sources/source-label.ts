import type { Lang } from '../types';
import type { SourceInfo } from './parse-sources';

/**
 * Human label of a source: "INSEE – Recensement de la population 2022 (comparateur …)".
 *
 * @param short drop the parenthesised part of the title (for tooltips)
 * @returns the source id itself when the source is unknown (manifest missing)
 */
export function sourceLabel(
  id: string,
  sources: ReadonlyMap<string, SourceInfo>,
  lang: Lang,
  short = false,
): string {
  const source = sources.get(id);
  if (!source) return id;
  let title = source.title ? source.title[lang] || source.title.fr : null;
  if (title && short) title = title.replace(/\s*[(:].*$/, '') || title;
  if (source.publisher && title) return `${source.publisher} – ${title}`;
  return title ?? source.publisher ?? id;
}
