/**
 * The first sign that the user wants to interact: a pointer move or press, a key, the wheel, a
 * touch. What only an interaction needs (MapLibre, the fiche, export and presentation chunks and
 * their styles) waits for it, so a visit that only reads the first map never pays for them and
 * the start-up keeps the main thread free.
 */
export const FIRST_INPUT_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

let seen = false;
const waiting = new Set<() => void>();

function onInput(): void {
  seen = true;
  for (const type of FIRST_INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
  const callbacks = [...waiting];
  waiting.clear();
  for (const callback of callbacks) callback();
}

/**
 * Calls `callback` on the first user input (at once if one was already seen). Listens on the
 * window, in the capture phase, passively: the input itself goes on as usual.
 *
 * @returns a function that cancels the wait
 */
export function whenFirstInput(callback: () => void): () => void {
  if (seen) {
    callback();
    return () => {};
  }
  if (waiting.size === 0) {
    for (const type of FIRST_INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  }
  waiting.add(callback);
  return () => {
    waiting.delete(callback);
    if (waiting.size === 0 && !seen) {
      for (const type of FIRST_INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    }
  };
}
