/**
 * Requests to the background's engine go in parts (utils/message-parts.ts):
 * nothing may be lost, changed or reordered on the way, and a request with a
 * part missing must be refused, not run on part of a page.
 */
import { describe, expect, it } from 'vitest';
import type { BlockInput } from '../../utils/detect/engine';
import { PartsInbox, blockBatches, joinPieces, textParts } from '../../utils/message-parts';

const units = (pieces: readonly { text: string }[]) => pieces.reduce((n, piece) => n + piece.text.length, 0);

describe('textParts', () => {
  it('cuts a long text into parts of at most the size, which join into the text again', () => {
    const text = 'Crocus City Hall. '.repeat(1000);
    const parts = textParts(text, 1000);
    expect(parts.length).toBe(18);
    expect(parts.every((part) => part.length <= 1000)).toBe(true);
    expect(parts.join('')).toBe(text);
  });

  it('never parts a surrogate pair, and sends a short or empty text as one part', () => {
    const text = 'ab\u{1F600}cd';
    const parts = textParts(text, 3);
    expect(parts).toEqual(['ab', '\u{1F600}c', 'd']);
    expect(textParts('short')).toEqual(['short']);
    expect(textParts('a\u{1F600}', 1)).toEqual(['a', '\u{1F600}']);
    expect(textParts('')).toEqual(['']);
  });
});

describe('blockBatches and joinPieces', () => {
  const blocks: BlockInput[] = [
    { text: 'Gunmen attacked Crocus City Hall.', anchored: true },
    { text: '139', anchored: false, headers: ['Killed'] },
    { text: 'x'.repeat(2500) + ' Patrushev', anchored: true },
    { text: '', anchored: false },
    { text: 'The end.', anchored: false },
  ];

  it('batches blocks by their text, cuts a block longer than the room left, and joins them back as they were', () => {
    const batches = blockBatches(blocks, 1000);
    expect(batches.length).toBe(3);
    expect(batches.every((batch) => units(batch) <= 1000)).toBe(true);
    expect(batches.flat().filter((piece) => piece.more).length).toBe(2);
    expect(joinPieces(batches.flat())).toEqual(blocks);
  });

  it('sends a page of short blocks in one batch, and no blocks as one empty batch', () => {
    expect(blockBatches(blocks.slice(0, 2))).toEqual([blocks.slice(0, 2)]);
    expect(blockBatches([])).toEqual([[]]);
  });

  it('never parts a surrogate pair', () => {
    const text = 'a\u{1F600}b';
    const pieces = blockBatches([{ text, anchored: true }], 2).flat();
    expect(pieces.map((piece) => piece.text)).toEqual(['a', '\u{1F600}', 'b']);
    expect(joinPieces(pieces)).toEqual([{ text, anchored: true }]);
    expect(joinPieces(blockBatches([{ text, anchored: true }], 1).flat())).toEqual([{ text, anchored: true }]);
  });
});

describe('PartsInbox', () => {
  it('puts each request together from its own parts, whoever else sends at the same time', () => {
    const inbox = new PartsInbox<string>();
    inbox.add('tab 1', 7, ['a']);
    inbox.add('tab 2', 7, ['x']);
    inbox.add('tab 1', 7, ['b']);
    inbox.add('tab 1', 8, ['other']);
    expect(inbox.take('tab 1', 7, ['c'], 3)).toEqual(['a', 'b', 'c']);
    expect(inbox.take('tab 2', 7, ['y'], 2)).toEqual(['x', 'y']);
    expect(inbox.take('tab 1', 9, ['alone'], 1)).toEqual(['alone']);
  });

  it('refuses a request with a part missing, and one whose parts were dropped to make room', () => {
    const inbox = new PartsInbox<string>();
    inbox.add('tab 1', 1, ['a']);
    expect(() => inbox.take('tab 1', 1, ['c'], 3)).toThrow(/1 of its 2 earlier parts/);
    inbox.add('tab 1', 2, ['first']);
    for (let id = 3; id < 3 + 64; id++) inbox.add('tab 1', id, ['more']);
    expect(() => inbox.take('tab 1', 2, ['last'], 2)).toThrow(/0 of its 1 earlier parts/);
    expect(inbox.take('tab 1', 66, ['last'], 2)).toEqual(['more', 'last']);
  });
});
