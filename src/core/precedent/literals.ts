/**
 * Which of several lists of literal strings occur in a text, in one pass over it (an Aho–Corasick
 * automaton, as a table: state × character class → state): bit i of `scan(text)` is set when some
 * string of list i occurs in the text — `lists[i].some((w) => text.includes(w))` for every list at
 * once. The detector asked that of every paragraph for several lists of up to 80 words (the advocate's
 * tone, a party's motion, the author's weighing words): one `includes` pass over the text per word.
 * Exact: the same UTF-16 code units are compared (no case folding, no normalisation). Pure.
 */
export class Literals {
  /** Character → its class (0: a character no string has). */
  private readonly classOf: Uint8Array;
  /** Classes: characters the strings use, plus 0. */
  private readonly classes: number;
  /** state × classes + class → next state. */
  private readonly delta: Int32Array;
  /** Per state, the lists that have a string ending there (its own and its suffixes'). */
  private readonly out: Int32Array;
  /** Every list's bit. */
  readonly all: number;

  constructor(lists: readonly (readonly string[])[]) {
    if (lists.length > 31) throw new Error("Literals: at most 31 lists");
    this.all = lists.length === 31 ? 0x7fffffff : (1 << lists.length) - 1;
    const classOf = new Uint8Array(65536);
    let classes = 1;
    for (const list of lists) for (const w of list) for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (classOf[c] === 0) {
        if (classes === 256) throw new Error("Literals: more than 255 characters");
        classOf[c] = classes++;
      }
    }
    // the trie: children by class in a map per state while building
    const children: Map<number, number>[] = [new Map()];
    const outs: number[] = [0];
    lists.forEach((list, bit) => {
      for (const w of list) {
        let s = 0;
        for (let i = 0; i < w.length; i++) {
          const k = classOf[w.charCodeAt(i)];
          let n = children[s].get(k);
          if (n === undefined) {
            n = children.length;
            children.push(new Map());
            outs.push(0);
            children[s].set(k, n);
          }
          s = n;
        }
        outs[s] |= 1 << bit;
      }
    });
    const states = children.length;
    const delta = new Int32Array(states * classes);
    const out = new Int32Array(outs);
    const fail = new Int32Array(states);
    // breadth first: a state's failure (its longest proper suffix in the trie) is known before its children's
    const queue: number[] = [];
    for (let k = 0; k < classes; k++) {
      const n = children[0].get(k);
      if (n !== undefined) {
        delta[k] = n;
        queue.push(n);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      out[s] |= out[fail[s]];
      for (let k = 0; k < classes; k++) {
        const n = children[s].get(k);
        if (n !== undefined) {
          fail[n] = delta[fail[s] * classes + k];
          delta[s * classes + k] = n;
          queue.push(n);
        } else delta[s * classes + k] = delta[fail[s] * classes + k];
      }
    }
    this.classOf = classOf;
    this.classes = classes;
    this.delta = delta;
    this.out = out;
  }

  /**
   * The lists some string of which occurs in `text` (bit i: list i). Stops as soon as every list of `want` is
   * found (then other lists' bits may be missing): pass the bits the caller reads.
   */
  scan(text: string, want = this.all): number {
    return this.scanJoined([text], "", want);
  }

  /** `scan(parts.join(separator), want)`, without joining them. */
  scanJoined(parts: readonly string[], separator: string, want = this.all): number {
    const { classOf, classes, delta, out } = this;
    // (an empty string occurs in any text)
    let found = out[0];
    let s = 0;
    for (let p = 0; p < parts.length && (found & want) !== want; p++) {
      if (p > 0)
        for (let i = 0; i < separator.length; i++) {
          s = delta[s * classes + classOf[separator.charCodeAt(i)]];
          found |= out[s];
        }
      const text = parts[p];
      for (let i = 0; i < text.length && (found & want) !== want; i++) {
        s = delta[s * classes + classOf[text.charCodeAt(i)]];
        found |= out[s];
      }
    }
    return found;
  }
}
