// A small subset of ICU MessageFormat, parsed once per template:
//   {name}                      a parameter
//   {name:or}                   a list joined with "or" instead of "and"
//   {name, plural, =0 {…} one {…} other {…}}   `#` inside is the number
//   {name, select, mentor {…} other {…}}
// No apostrophe quoting: the catalogues never need a literal brace. A brace
// that does not open a well-formed block is kept as literal text, so any
// string is a template and parsing never throws.

/** A parsed template: text, parameters and branches. */
export type TemplateNode =
  | string
  | { readonly kind: 'param'; readonly name: string; readonly or: boolean }
  | { readonly kind: 'number' }
  | {
      readonly kind: 'plural' | 'select';
      readonly name: string;
      readonly branches: ReadonlyMap<string, readonly TemplateNode[]>;
    };

// Blocks nest at most this deep; a deeper `{` is literal text. Catalogue
// templates nest two levels; the limit keeps recursion far from the stack's end.
const MAX_DEPTH = 8;
// Parsed templates are cached: catalogue templates are few and rendered often.
// App templates may be many and long, so the cache is bounded in entries and
// long templates are parsed every time instead of being kept.
const MAX_CACHED = 1024;
const MAX_CACHED_LENGTH = 2048;
const parsed = new Map<string, readonly TemplateNode[]>();

/**
 * Parses a template (cached, bounded). Never throws: text that is not a
 * well-formed block stays literal.
 */
export function parseTemplate(template: string): readonly TemplateNode[] {
  const cached = parsed.get(template);
  if (cached !== undefined) return cached;
  const nodes = new Parser(template).parse();
  if (template.length <= MAX_CACHED_LENGTH) {
    if (parsed.size >= MAX_CACHED) parsed.clear();
    parsed.set(template, nodes);
  }
  return nodes;
}

/** The number of parsed templates kept (for tests that check the cache stays bounded). */
export function parsedTemplateCount(): number {
  return parsed.size;
}

const simple = /\{(\w+)(:or)?\}/y;
const complex = /\{(\w+),\s*(plural|select),\s*/y;
const selector = /\s*(=?[\w-]+)\s*\{/y;

class OutOfSteps {}

class Parser {
  private index = 0;
  // Blocks that failed to parse, by depth and start: a failed block is literal
  // text, and remembering it saves parsing it again.
  private readonly failed = new Set<number>();
  // A failed block's text is scanned again as literal text, so hostile input
  // (thousands of unclosed `{a, plural, other {`) could cost quadratic time.
  // Well-formed templates take about one step a character; past this budget
  // the whole template is taken as literal text.
  private steps: number;

  constructor(private readonly text: string) {
    this.steps = 16 * text.length + 256;
  }

  parse(): TemplateNode[] {
    try {
      return this.nodes(0, false);
    } catch (error) {
      if (error instanceof OutOfSteps) return this.text === '' ? [] : [this.text];
      throw error;
    }
  }

  private nodes(depth: number, inBranch: boolean): TemplateNode[] {
    const { text } = this;
    const nodes: TemplateNode[] = [];
    let literalStart = this.index;
    const flush = (end: number) => {
      if (end > literalStart) nodes.push(text.slice(literalStart, end));
    };
    while (this.index < text.length) {
      if (--this.steps < 0) throw new OutOfSteps();
      const char = text.charCodeAt(this.index);
      if (inBranch && char === 125 /* } */) break;
      if (inBranch && char === 35 /* # */) {
        flush(this.index);
        nodes.push({ kind: 'number' });
        this.index++;
        literalStart = this.index;
        continue;
      }
      if (char === 123 /* { */ && depth < MAX_DEPTH) {
        const start = this.index;
        const node = this.block(depth);
        if (node !== undefined) {
          flush(start);
          nodes.push(node);
          literalStart = this.index;
          continue;
        }
        this.index = start;
      }
      this.index++;
    }
    flush(this.index);
    return nodes;
  }

  /** A `{…}` block at the current index, or `undefined` (the brace is then literal text). */
  private block(depth: number): TemplateNode | undefined {
    const { text } = this;
    const start = this.index;
    const memo = start * MAX_DEPTH + depth;
    if (this.failed.has(memo)) return undefined;
    simple.lastIndex = start;
    const plain = simple.exec(text);
    if (plain !== null) {
      this.index = simple.lastIndex;
      return { kind: 'param', name: plain[1] as string, or: plain[2] !== undefined };
    }
    complex.lastIndex = start;
    const head = complex.exec(text);
    if (head !== null) {
      this.index = complex.lastIndex;
      const branches = new Map<string, TemplateNode[]>();
      while (this.index < text.length) {
        while (text.charCodeAt(this.index) === 32) this.index++;
        if (text.charCodeAt(this.index) === 125 /* } */) {
          this.index++;
          if (branches.size === 0) break;
          return { kind: head[2] as 'plural' | 'select', name: head[1] as string, branches };
        }
        selector.lastIndex = this.index;
        const branch = selector.exec(text);
        if (branch === null) break;
        this.index = selector.lastIndex;
        const body = this.nodes(depth + 1, true);
        if (text.charCodeAt(this.index) !== 125 /* } */) break;
        this.index++;
        if (!branches.has(branch[1] as string)) branches.set(branch[1] as string, body);
      }
    }
    this.failed.add(memo);
    return undefined;
  }
}
