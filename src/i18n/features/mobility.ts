/** UI texts of the "mobility" feature, French and English with the same keys. */
export const fr = {} as const;
export const en: Record<keyof typeof fr, string> = {};
