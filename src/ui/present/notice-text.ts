import type { PermalinkNotice } from '../../domain/permalink/types';
import { t } from '../../i18n/i18n.svelte';

/** One notice as a sentence (text only: it quotes pieces of the URL). */
export function noticeText(n: PermalinkNotice): string {
  return t(`permalink.notice.${n.code}`, { key: n.key, value: n.value ?? '', detail: n.detail ?? '' });
}
