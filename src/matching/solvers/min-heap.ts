/** A binary min-heap over node ids 0…size−1 with decrease-key, on typed arrays. */
export class MinHeap {
  readonly #nodes: Int32Array;
  readonly #keys: Float64Array;
  readonly #position: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.#nodes = new Int32Array(capacity);
    this.#keys = new Float64Array(capacity);
    this.#position = new Int32Array(capacity).fill(-1);
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.#position[this.#nodes[k] as number] = -1;
    this.size = 0;
  }

  topKey(): number {
    return this.#keys[0] as number;
  }

  /** Inserts `node` or lowers its key. */
  set(node: number, key: number): void {
    let at = this.#position[node] as number;
    if (at < 0) {
      at = this.size++;
    } else if (key >= (this.#keys[at] as number)) {
      return;
    }
    this.#up(at, node, key);
  }

  pop(): number {
    const top = this.#nodes[0] as number;
    this.#position[top] = -1;
    const last = --this.size;
    if (last > 0) this.#down(0, this.#nodes[last] as number, this.#keys[last] as number);
    return top;
  }

  remove(node: number): void {
    const at = this.#position[node] as number;
    if (at < 0) return;
    this.#position[node] = -1;
    const last = --this.size;
    if (at === last) return;
    const movedNode = this.#nodes[last] as number;
    const movedKey = this.#keys[last] as number;
    if (at > 0 && movedKey < (this.#keys[(at - 1) >> 1] as number))
      this.#up(at, movedNode, movedKey);
    else this.#down(at, movedNode, movedKey);
  }

  #up(start: number, node: number, key: number): void {
    const nodes = this.#nodes;
    const keys = this.#keys;
    const position = this.#position;
    let at = start;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const parentKey = keys[parent] as number;
      if (parentKey <= key) break;
      const parentNode = nodes[parent] as number;
      nodes[at] = parentNode;
      keys[at] = parentKey;
      position[parentNode] = at;
      at = parent;
    }
    nodes[at] = node;
    keys[at] = key;
    position[node] = at;
  }

  #down(start: number, node: number, key: number): void {
    const nodes = this.#nodes;
    const keys = this.#keys;
    const position = this.#position;
    const size = this.size;
    let at = start;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && (keys[right] as number) < (keys[child] as number)) child = right;
      const childKey = keys[child] as number;
      if (childKey >= key) break;
      const childNode = nodes[child] as number;
      nodes[at] = childNode;
      keys[at] = childKey;
      position[childNode] = at;
      at = child;
    }
    nodes[at] = node;
    keys[at] = key;
    position[node] = at;
  }
}
