/**
 * Reads one YAML file into a tree whose every node knows where it came from, and offers typed
 * accessors that record a located problem instead of throwing. The validators are written against
 * this so that each field's check is one line and every message names file:line:col and field.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from './problem.js';

/** Keys that could reach Object.prototype if content were ever spread or assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Guards against content that is really a denial of service. */
export const LIMITS = {
  fileBytes: 2 * 1024 * 1024,
  depth: 64,
  stringLength: 20_000,
  listLength: 500,
};

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
    if (source.includes('\u0000')) {
      this.at(undefined, 'file is binary, not YAML text');
      return undefined;
    }
    let doc;
    try {
      doc = parseDocument(source, {
        lineCounter: this.lines,
        uniqueKeys: true,
        prettyErrors: true,
        strict: true,
      });
    } catch (error) {
      // The parser throws (rather than reporting) for a few inputs, e.g. runaway nesting.
      this.at(undefined, `cannot parse YAML: ${(error as Error).message}`);
      return undefined;
    }
    for (const e of [...doc.errors, ...doc.warnings]) {
      const pos = e.linePos?.[0];
      this.problems.push({
        file: this.file,
        line: pos?.line ?? 1,
        col: pos?.col ?? 1,
        message: `YAML: ${firstLine(e.message)}`,
      });
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
      for (const pair of node.items) {
        if (pair.key) this.checkTree(pair.key as Node, depth + 1);
        if (pair.value) this.checkTree(pair.value as Node, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (item) this.checkTree(item as Node, depth + 1);
    }
  }

  /** Records a problem at a node (or at the top of the file). */
  at(node: Node | null | undefined, message: string): void {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    this.problems.push({ file: this.file, line: line || 1, col: col || 1, message });
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

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** The parser's message without its code frame and its own "at line, column" (we give the position). */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
