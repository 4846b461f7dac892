/**
 * Reads one YAML file into a tree whose every node knows where it came from, and offers typed
 * accessors that record a located problem instead of throwing. The validators are written against
 * this so that each field's check is one line and every message names file:line:col and field.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { LIMITS } from './limits.js';
import type { ContentProblem } from './problem.js';

export { LIMITS };

/** Keys that could reach Object.prototype if content were ever spread or assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The YAML parser recurses once per level of nesting and runs out of stack somewhere past 700
 * levels. Worse, once it has, V8 has been seen to abort the whole process the next time it
 * compiles a regular expression (issue 7: a 100,000-level file, then any other file). So a file
 * whose rough nesting passes this is refused before it is parsed; `LIMITS.depth` is the real rule.
 */
const SAFE_TO_PARSE_DEPTH = 200;

/**
 * Past this many problems in one file, the rest are summed up in one line: a 2 MiB file of
 * unknown keys would otherwise print 150,000 lines (and, spread into a call, overflow the stack).
 */
const MAX_PROBLEMS = 50;

export class YamlReader {
  readonly problems: ContentProblem[] = [];
  private readonly lines = new LineCounter();
  /** The document's root, or undefined when the file could not be parsed. */
  readonly root: Node | undefined;

  constructor(
    readonly file: string,
    source: string,
  ) {
    this.root = this.parse(source);
  }

  private parse(source: string): Node | undefined {
    if (Buffer.byteLength(source) > LIMITS.fileBytes) {
      this.at(undefined, `file is larger than ${LIMITS.fileBytes / 1024 / 1024} MiB`);
      return undefined;
    }
    const nul = source.indexOf('\u0000');
    if (nul >= 0) {
      this.atOffset(source, nul, 'file is binary, not YAML text (a NUL byte)');
      return undefined;
    }
    const deep = roughlyDeeperThan(source, SAFE_TO_PARSE_DEPTH);
    if (deep !== undefined) {
      this.atOffset(source, deep, `nested more than ${LIMITS.depth} levels deep`);
      return undefined;
    }
    let doc;
    try {
      doc = parseDocument(source, {
        lineCounter: this.lines,
        // The parser's own check compares every key with every other: minutes for a 2 MiB map.
        // checkTree finds duplicates with a Set instead.
        uniqueKeys: false,
        prettyErrors: true,
        strict: true,
      });
    } catch (error) {
      // The parser throws (rather than reporting) for a few inputs.
      this.at(undefined, `cannot parse YAML: ${(error as Error).message}`);
      return undefined;
    }
    for (const e of [...doc.errors, ...doc.warnings]) {
      const pos = e.linePos?.[0];
      this.add({ file: this.file, line: pos?.line ?? 1, col: pos?.col ?? 1, message: `YAML: ${firstLine(e.message)}` });
    }
    if (doc.errors.length > 0) return undefined;
    if (!doc.contents) {
      this.at(undefined, 'file is empty');
      return undefined;
    }
    this.checkTree(doc.contents as Node, 0);
    return this.problems.length > 0 ? undefined : (doc.contents as Node);
  }

  /** Anchors, aliases and tags have no use in content and are the usual vehicles of YAML attacks. */
  private checkTree(node: Node, depth: number): void {
    if (depth > LIMITS.depth) {
      this.at(node, `nested more than ${LIMITS.depth} levels deep`);
      return;
    }
    if (isAlias(node)) {
      this.at(node, 'aliases (*name) are not supported in content files');
      return;
    }
    if (node.anchor) this.at(node, 'anchors (&name) are not supported in content files');
    if (node.tag && !isScalar(node)) this.at(node, `tags (${node.tag}) are not supported in content files`);
    if (isScalar(node) && node.tag) this.at(node, `tags (${node.tag}) are not supported in content files`);
    if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (key !== undefined && keys.has(key)) this.at(pair.key as Node, 'YAML: Map keys must be unique');
        if (key !== undefined) keys.add(key);
        if (pair.key) this.checkTree(pair.key as Node, depth + 1);
        if (pair.value) this.checkTree(pair.value as Node, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (item) this.checkTree(item as Node, depth + 1);
    }
  }

  /** Records a problem at an offset in the source, before there is a parsed tree to point into. */
  private atOffset(source: string, offset: number, message: string): void {
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    this.add({ file: this.file, line, col: offset - before.lastIndexOf('\n'), message });
  }

  private add(problem: ContentProblem): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
    else if (this.problems.length === MAX_PROBLEMS) {
      this.problems.push({ ...problem, message: `more problems follow in this file; fix these ${MAX_PROBLEMS} first` });
    }
  }

  /** Records a problem at a node (or at the top of the file). */
  at(node: Node | null | undefined, message: string): void {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    this.add({ file: this.file, line: line || 1, col: col || 1, message });
  }

  /**
   * A mapping with only the allowed keys. Returns key → value node, or undefined (with a problem).
   * `required` keys that are missing are reported at the mapping itself.
   */
  fields(
    node: Node | null | undefined,
    path: string,
    allowed: readonly string[],
    required: readonly string[],
  ): Map<string, Node | null> | undefined {
    if (!isMap(node)) {
      this.at(node, `${path}: expected a mapping of keys to values`);
      return undefined;
    }
    const out = new Map<string, Node | null>();
    for (const pair of node.items) {
      const key = pair.key as Node;
      const name = isScalar(key) ? String(key.value) : '';
      if (FORBIDDEN_KEYS.has(name)) {
        this.at(key, `${join(path, name)}: the key "${name}" is not allowed`);
      } else if (!allowed.includes(name)) {
        this.at(key, `${join(path, name)}: unknown key (allowed: ${allowed.join(', ')})`);
      } else {
        out.set(name, pair.value as Node | null);
      }
    }
    for (const name of required) {
      if (!out.has(name)) this.at(node, `${join(path, name)}: required`);
    }
    return out;
  }

  /** The value under `key` in a mapping, without checking anything. */
  peek(node: Node | null | undefined, key: string): Node | undefined {
    if (!isMap(node)) return undefined;
    const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
    return (pair?.value as Node | null | undefined) ?? undefined;
  }

  /** A non-empty string (numbers and booleans are refused: YAML turns `1.10` into 1.1). */
  text(node: Node | null | undefined, path: string, max = LIMITS.stringLength): string | undefined {
    if (!isScalar(node) || typeof node.value !== 'string') {
      this.at(node, `${path}: expected text${isScalar(node) ? ' (quote it)' : ''}`);
      return undefined;
    }
    const value = node.value;
    if (value.trim() === '') {
      this.at(node, `${path}: must not be empty`);
      return undefined;
    }
    if (value.length > max) {
      this.at(node, `${path}: longer than ${max} characters`);
      return undefined;
    }
    return value;
  }

  bool(node: Node | null | undefined, path: string): boolean | undefined {
    if (!isScalar(node) || typeof node.value !== 'boolean') {
      this.at(node, `${path}: expected true or false`);
      return undefined;
    }
    return node.value;
  }

  number(node: Node | null | undefined, path: string): number | undefined {
    if (!isScalar(node) || typeof node.value !== 'number') {
      this.at(node, `${path}: expected a number`);
      return undefined;
    }
    return node.value;
  }

  /** A list's items, bounded in length. */
  list(node: Node | null | undefined, path: string, min = 1, max = LIMITS.listLength): Node[] | undefined {
    if (!isSeq(node)) {
      this.at(node, `${path}: expected a list`);
      return undefined;
    }
    if (node.items.length < min) {
      this.at(node, `${path}: needs at least ${min} item${min === 1 ? '' : 's'}`);
      return undefined;
    }
    if (node.items.length > max) {
      this.at(node, `${path}: more than ${max} items`);
      return undefined;
    }
    return node.items as Node[];
  }

  /** The raw scalar value, for fields that accept more than one type. */
  scalar(node: Node | null | undefined): unknown {
    return isScalar(node) ? node.value : undefined;
  }
}

/**
 * A cheap upper bound of how deeply `source` nests, in one pass over its characters: on each line,
 * its indentation plus its block indicators ("- ", "? ", ": "), plus the flow brackets left open
 * so far. It over-counts (brackets in strings and comments count too), never under-counts by much.
 * Returns the offset where the bound first passes `max`, if it does.
 */
export function roughlyDeeperThan(source: string, max: number): number | undefined {
  let flow = 0;
  let indent = 0;
  let indicators = 0;
  let lineStart = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a) {
      indent = indicators = 0;
      lineStart = true;
      continue;
    }
    if (lineStart && c === 0x20) indent++;
    else {
      lineStart = false;
      if (c === 0x5b || c === 0x7b) flow++;
      else if ((c === 0x5d || c === 0x7d) && flow > 0) flow--;
      else if ((c === 0x2d || c === 0x3f || c === 0x3a) && isBlank(source.charCodeAt(i + 1))) indicators++;
    }
    if (indent + indicators + flow > max) return i;
  }
  return undefined;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || Number.isNaN(c);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** The parser's message without its code frame and its own "at line, column" (we give the position). */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
