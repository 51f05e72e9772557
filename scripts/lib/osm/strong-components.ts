import type { RoadGraph } from './road-graph.ts';

/**
 * Strongly connected components of the graph (Tarjan's algorithm, iterative so a long road does not
 * overflow the call stack). Two nodes share a component when each can be reached from the other.
 *
 * @returns `component[node]` in 0..count−1, and `sizes[c]` in nodes
 */
export function strongComponents(g: Pick<RoadGraph, 'nodeCount' | 'offsets' | 'head'>): {
  component: Int32Array;
  sizes: number[];
} {
  const n = g.nodeCount;
  const { offsets, head } = g;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  let counter = 0;
  let sp = 0;
  let csp = 0;
  const enter = (v: number): void => {
    index[v] = low[v] = counter++;
    stack[sp++] = v;
    onStack[v] = 1;
    callNode[csp] = v;
    callEdge[csp] = offsets[v] as number;
    csp++;
  };
  for (let s = 0; s < n; s++) {
    if (index[s] !== -1) continue;
    enter(s);
    while (csp > 0) {
      const v = callNode[csp - 1] as number;
      const e = callEdge[csp - 1] as number;
      if (e < (offsets[v + 1] as number)) {
        callEdge[csp - 1] = e + 1;
        const w = head[e] as number;
        if (index[w] === -1) enter(w);
        else if (onStack[w] && (index[w] as number) < (low[v] as number)) low[v] = index[w] as number;
        continue;
      }
      csp--;
      if (low[v] === index[v]) {
        const c = sizes.length;
        let size = 0;
        let w: number;
        do {
          w = stack[--sp] as number;
          onStack[w] = 0;
          component[w] = c;
          size++;
        } while (w !== v);
        sizes.push(size);
      }
      if (csp > 0) {
        const u = callNode[csp - 1] as number;
        if ((low[v] as number) < (low[u] as number)) low[u] = low[v] as number;
      }
    }
  }
  return { component, sizes };
}

/**
 * Mask (1 = in) of the largest strongly connected component: the part of the network where every
 * node can reach every other. Snapping only to it keeps a point from landing on an isolated fragment
 * (a private-road island, a one-way stub cut by the extract boundary) from which nothing is reachable.
 */
export function largestStrongComponent(g: Pick<RoadGraph, 'nodeCount' | 'offsets' | 'head'>): Uint8Array {
  const { component, sizes } = strongComponents(g);
  let best = -1;
  for (let c = 0; c < sizes.length; c++) if (best < 0 || (sizes[c] as number) > (sizes[best] as number)) best = c;
  const mask = new Uint8Array(g.nodeCount);
  for (let v = 0; v < g.nodeCount; v++) if (component[v] === best) mask[v] = 1;
  return mask;
}
