/**
 * Min-heap of (key, value) pairs in typed arrays, for Dijkstra with lazy deletion: push a node again
 * when its distance improves and skip stale entries when popped, which is simpler than decrease-key
 * and as fast on road graphs.
 */
export class MinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  /** Number of entries. */
  size = 0;

  /** @param capacity initial number of slots; grows by doubling */
  constructor(capacity = 1024) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.values = new Int32Array(Math.max(1, capacity));
  }

  /** Adds `value` (an int32, e.g. a node index) with priority `key` (e.g. minutes). */
  push(key: number, value: number): void {
    if (this.size === this.keys.length) {
      const k = new Float64Array(this.size * 2);
      k.set(this.keys);
      const v = new Int32Array(this.size * 2);
      v.set(this.values);
      this.keys = k;
      this.values = v;
    }
    const keys = this.keys;
    const values = this.values;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent] as number;
      if (pk <= key) break;
      keys[i] = pk;
      values[i] = values[parent] as number;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Smallest key, or Infinity when empty. */
  peekKey(): number {
    return this.size > 0 ? (this.keys[0] as number) : Infinity;
  }

  /** Removes the entry with the smallest key and returns its value; −1 when empty. */
  pop(): number {
    if (this.size === 0) return -1;
    const keys = this.keys;
    const values = this.values;
    const top = values[0] as number;
    const n = --this.size;
    if (n > 0) {
      const key = keys[n] as number;
      const value = values[n] as number;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && (keys[c + 1] as number) < (keys[c] as number)) c++;
        if ((keys[c] as number) >= key) break;
        keys[i] = keys[c] as number;
        values[i] = values[c] as number;
        i = c;
      }
      keys[i] = key;
      values[i] = value;
    }
    return top;
  }
}
