/**
 * Scrolls to the element `id` and focuses it once it exists: used after switching to another page,
 * whose content renders a few frames later (or after its files load). Gives up after `timeoutMs`.
 */
export function scrollToAnchorWhenShown(id: string, timeoutMs = 5000): void {
  const start = performance.now();
  const step = () => {
    const el = document.getElementById(id);
    if (el) {
      el.scrollIntoView({ block: 'start' });
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: true });
      return;
    }
    if (performance.now() - start < timeoutMs) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}
