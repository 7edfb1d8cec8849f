/**
 * Long requests to the background's detection engine, sent in parts. A
 * message is serialized in one go on the sender's thread (about 8 ms per
 * megabyte of text in a page), so a page's text, or the blocks around its
 * anchors, go as parts of at most PART_UNITS units, each in a task of its
 * own; the background puts them together again (`PartsInbox`) before the
 * engine runs. Pure: no browser APIs.
 */
import type { BlockInput } from './detect/engine';

/** Units of text per message part. */
export const PART_UNITS = 1 << 18;

/** A piece of a block; `more`: the block's text goes on in the next piece. */
export interface BlockPiece extends BlockInput {
  more?: boolean;
}

/** Where to cut `text` at `at`, after `from`, without parting a surrogate pair (one unit earlier, or later if that is `from`). */
function cutAt(text: string, from: number, at: number): number {
  const unit = text.charCodeAt(at - 1);
  if (unit < 0xd800 || unit > 0xdbff) return at;
  return at - 1 > from ? at - 1 : at + 1;
}

/** `text` in parts of at most `size` units (one more to keep a surrogate pair whole when `size` is 1; one part for a short text, even an empty one). */
export function textParts(text: string, size = PART_UNITS): string[] {
  const parts: string[] = [];
  let start = 0;
  do {
    const end = text.length - start <= size ? text.length : cutAt(text, start, start + size);
    parts.push(text.slice(start, end));
    start = end;
  } while (start < text.length);
  return parts;
}

/** The blocks in batches of at most `size` units of text; a longer block is cut into pieces (`joinPieces` puts it together). */
export function blockBatches(blocks: readonly BlockInput[], size = PART_UNITS): BlockPiece[][] {
  const batches: BlockPiece[][] = [];
  let batch: BlockPiece[] = [];
  let units = 0;
  const flush = () => {
    batches.push(batch);
    batch = [];
    units = 0;
  };
  for (const block of blocks) {
    let start = 0;
    for (;;) {
      const room = size - units;
      if (room <= 0) {
        flush();
        continue;
      }
      const left = block.text.length - start;
      if (left <= room) {
        batch.push(start === 0 ? block : { ...block, text: block.text.slice(start) });
        units += left;
        break;
      }
      const end = cutAt(block.text, start, start + room);
      batch.push({ ...block, text: block.text.slice(start, end), more: true });
      start = end;
      flush();
    }
  }
  if (batch.length > 0 || batches.length === 0) flush();
  return batches;
}

/** The blocks that `blockBatches` cut, whole again. */
export function joinPieces(pieces: readonly BlockPiece[]): BlockInput[] {
  const blocks: BlockInput[] = [];
  let text = '';
  for (const { more, ...piece } of pieces) {
    text += piece.text;
    if (more) continue;
    blocks.push({ ...piece, text });
    text = '';
  }
  return blocks;
}

/** How many requests being sent in parts are held at most; the oldest is dropped to make room. */
const OPEN_REQUESTS = 64;

/**
 * The parts of the requests being sent, per sender and request id, until
 * the last part arrives. A request whose parts did not all arrive (dropped
 * to make room, or sent by a page that went away and came back) is refused
 * with an error, never run on part of its text.
 */
export class PartsInbox<T> {
  private readonly open = new Map<string, { items: T[]; parts: number }>();

  /** A part that is not the last. */
  add(from: string, id: number, items: readonly T[]): void {
    const key = `${from}#${id}`;
    let held = this.open.get(key);
    if (!held) {
      if (this.open.size >= OPEN_REQUESTS) this.open.delete(this.open.keys().next().value as string);
      this.open.set(key, (held = { items: [], parts: 0 }));
    }
    for (const item of items) held.items.push(item);
    held.parts++;
  }

  /** The last part: the whole request, which came in `parts` parts. */
  take(from: string, id: number, items: readonly T[], parts: number): T[] {
    const key = `${from}#${id}`;
    const held = this.open.get(key) ?? { items: [], parts: 0 };
    this.open.delete(key);
    if (held.parts !== parts - 1) throw new Error(`Request ${id} from ${from} came with ${held.parts} of its ${parts - 1} earlier parts`);
    for (const item of items) held.items.push(item);
    return held.items;
  }
}
