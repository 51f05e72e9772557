/** UI texts of the "composite" feature (composite index, uploads), French and English with the same keys. */
export const fr = {} as const;
export const en: Record<keyof typeof fr, string> = {};
