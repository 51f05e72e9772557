import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Stages } from '../../../src/ui/stages.svelte';

describe('Stages', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts up to its last stage, one step per task', () => {
    const stages = new Stages(3);
    stages.run();
    expect(stages.current).toBe(0); // nothing in the mounting task itself
    vi.advanceTimersToNextTimer();
    expect([stages.current, stages.reached(1), stages.reached(2)]).toEqual([1, true, false]);
    vi.advanceTimersToNextTimer();
    expect(stages.current).toBe(2);
    vi.advanceTimersToNextTimer();
    expect(stages.current).toBe(3);
    vi.runAllTimers();
    expect(stages.current).toBe(3); // stops at the last stage
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops counting when its view is destroyed', () => {
    const stages = new Stages(3);
    const stop = stages.run();
    vi.advanceTimersToNextTimer();
    stop();
    vi.runAllTimers();
    expect(stages.current).toBe(1);
  });
});
