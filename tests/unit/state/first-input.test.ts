import { afterEach, describe, expect, it, vi } from 'vitest';

describe('whenFirstInput', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('calls the waiting callbacks once, on the first input only, and at once after it', async () => {
    const target = new EventTarget();
    const added = vi.spyOn(target, 'addEventListener');
    const removed = vi.spyOn(target, 'removeEventListener');
    vi.stubGlobal('window', target);
    const { whenFirstInput, FIRST_INPUT_EVENTS } = await import('../../../src/state/first-input');

    const a = vi.fn();
    const b = vi.fn();
    whenFirstInput(a);
    const cancelB = whenFirstInput(b);
    expect(added).toHaveBeenCalledTimes(FIRST_INPUT_EVENTS.length); // one set of listeners for all
    cancelB();

    target.dispatchEvent(new Event('wheel'));
    target.dispatchEvent(new Event('keydown'));
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled(); // cancelled before the input
    expect(removed).toHaveBeenCalledTimes(FIRST_INPUT_EVENTS.length);

    const late = vi.fn();
    whenFirstInput(late);
    expect(late).toHaveBeenCalledTimes(1); // the input was already seen
  });

  it('stops listening when every wait is cancelled before any input', async () => {
    const target = new EventTarget();
    const removed = vi.spyOn(target, 'removeEventListener');
    vi.stubGlobal('window', target);
    const { whenFirstInput, FIRST_INPUT_EVENTS } = await import('../../../src/state/first-input');
    const cancel = whenFirstInput(vi.fn());
    cancel();
    expect(removed).toHaveBeenCalledTimes(FIRST_INPUT_EVENTS.length);
  });
});
