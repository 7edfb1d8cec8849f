/** Parses one KB file with positions, so any path inside it can be turned into a line and column. */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { formatPath, type KbError, type KbErrorCode } from './errors.ts';

export type PathPart = string | number;

export interface ParsedFile {
  file: string;
  /** The plain data (undefined when the file is empty or did not parse). */
  data: unknown;
  /** Locates a path; falls back to the deepest node that exists, then to the file start. */
  locate(path: readonly PathPart[], options?: { key?: boolean }): { line: number; column: number };
  /** Builds an error at a path inside this file. */
  error(code: KbErrorCode, path: readonly PathPart[], message: string, hint: string, options?: { key?: boolean }): KbError;
}

function childNode(node: unknown, part: PathPart, key: boolean): unknown {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? p.key.value : p.key) === part);
    if (!pair) return undefined;
    return key ? pair.key : (pair.value ?? pair.key);
  }
  if (isSeq(node) && typeof part === 'number') return node.items[part];
  return undefined;
}

function nodeOffset(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

export function parseKbFile(file: string, text: string): { parsed: ParsedFile; errors: KbError[] } {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };

  const locate: ParsedFile['locate'] = (path, options = {}) => {
    let node: unknown = doc.contents;
    let offset = nodeOffset(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
      const part = path[i] as PathPart;
      const next = childNode(node, part, options.key === true && i === path.length - 1);
      if (next === undefined || next === null) break;
      node = next;
      offset = nodeOffset(node) ?? offset;
    }
    return at(offset);
  };

  const parsed: ParsedFile = {
    file,
    data: undefined,
    locate,
    error(code, path, message, hint, options) {
      const { line, column } = locate(path, options);
      return { code, file, line, column, path: formatPath(path), message, hint };
    },
  };

  const errors: KbError[] = [];
  // Later syntax errors usually follow from the first one, so report only that.
  const first = doc.errors[0];
  if (first) {
    const { line, column } = at(first.pos[0]);
    const more = doc.errors.length - 1;
    errors.push({
      code: 'yaml-syntax',
      file,
      line,
      column,
      path: '',
      message: `YAML syntax error: ${first.message}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'} after it, which often go away with it)` : ''}`,
      hint: 'Fix the YAML at this spot (check indentation, a missing ":" or an unclosed quote or bracket), then run npm run kb -- check again',
    });
  }
  if (errors.length === 0) {
    try {
      parsed.data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      errors.push({ code: 'yaml-syntax', file, line: 1, column: 1, path: '', message: `YAML could not be read: ${e instanceof Error ? e.message : String(e)}`, hint: 'Simplify the YAML (avoid anchors and aliases) and check again' });
    }
  }
  return { parsed, errors };
}
