/**
 * Origin indices sorted by value, ties by index: the order in which `weightedQuantile` (comparator
 * value, then index) and `weightedGini` (stable sort by value) visit the values. Large inputs are
 * sorted by an LSD radix sort on the IEEE bits (a few linear passes instead of n log n comparator
 * calls). −0 and +0 tie, as with the comparator. NaN values are left out.
 *
 * @param members ascending indices to sort; default: every index
 */
export function sortedByValue(values: ArrayLike<number>, members?: Int32Array): Int32Array {
  let list = members;
  if (!list) {
    let m = 0;
    for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) m++;
    list = new Int32Array(m);
    for (let i = 0, k = 0; i < values.length; i++) if (!Number.isNaN(values[i])) list[k++] = i;
  }
  const n = list.length;
  if (n < 4096) {
    const idx = Array.from(list);
    idx.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
    return Int32Array.from(idx);
  }
  // Keys whose unsigned order is the numeric order: float32 values on one word, others on two.
  const words: Uint32Array[] = [];
  if (values instanceof Float32Array) {
    const f = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[list[i] as number] as number;
      f[i] = v === 0 ? 0 : v;
    }
    const key = new Uint32Array(f.buffer);
    for (let i = 0; i < n; i++) {
      const b = key[i] as number;
      key[i] = b & 0x80000000 ? ~b >>> 0 : (b | 0x80000000) >>> 0;
    }
    words.push(key);
  } else {
    const f = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[list[i] as number] as number;
      f[i] = v === 0 ? 0 : v;
    }
    const bits = new Uint32Array(f.buffer);
    const little = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    const lo = new Uint32Array(n);
    const hi = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      let h = bits[little ? 2 * i + 1 : 2 * i] as number;
      let l = bits[little ? 2 * i : 2 * i + 1] as number;
      if (h & 0x80000000) {
        h = ~h >>> 0;
        l = ~l >>> 0;
      } else h = (h | 0x80000000) >>> 0;
      hi[i] = h;
      lo[i] = l;
    }
    words.push(lo, hi);
  }
  let perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let tmp = new Int32Array(n);
  const count = new Int32Array(65536);
  for (const word of words) {
    for (const shift of [0, 16]) {
      count.fill(0);
      for (let i = 0; i < n; i++) {
        const d = ((word[i] as number) >>> shift) & 0xffff;
        count[d] = (count[d] as number) + 1;
      }
      if (count[((word[0] as number) >>> shift) & 0xffff] === n) continue; // one digit for all
      let sum = 0;
      for (let d = 0; d < 65536; d++) {
        const c = count[d] as number;
        count[d] = sum;
        sum += c;
      }
      for (let k = 0; k < n; k++) {
        const i = perm[k] as number;
        const d = ((word[i] as number) >>> shift) & 0xffff;
        tmp[count[d] as number] = i;
        count[d] = (count[d] as number) + 1;
      }
      [perm, tmp] = [tmp, perm];
    }
  }
  for (let k = 0; k < n; k++) perm[k] = list[perm[k] as number] as number;
  return perm;
}
