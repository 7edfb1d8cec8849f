/**
 * `npm run kb -- scan PAGE [--json]`: runs the extension's own code (the
 * gate, then segmentation and detection around its anchors, with the engine
 * in place where the extension runs it in its background) on a saved .html
 * or .txt page, with the DOM parsed in Node by linkedom. Offsets are into the
 * page text: the blocks joined by newlines, in document order.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { type DetectionEngine, localEngine } from '../utils/detect/engine.ts';
import { createDetector, createGate } from '../utils/detect/index.ts';
import type { MatcherData } from '../utils/kb/matcher-data.ts';
import { scanDocument } from '../utils/page/scan-document.ts';
import { segmentBlocks } from '../utils/page/segment-blocks.ts';

export interface ScanReport {
  text: string;
  /** Whether the gate let the page through, and the anchor words it found there (a maintainer's clue to what it saw). */
  gate: { open: boolean; anchors: string[] };
  mentions: { entity: string; text: string; start: number; end: number; fuzzy: boolean }[];
  figures: { dispute: string; value: number; text: string; start: number; end: number }[];
}

/** Parses a saved page: HTML as is; plain text as one paragraph per run of non-blank lines. */
export function parsePage(file: string): Document {
  const source = readFileSync(file, 'utf8');
  if (!/\.txt$/i.test(file)) return parseHTML(source).document as unknown as Document;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  for (const paragraph of source.split(/\n\s*\n/)) {
    if (!paragraph.trim()) continue;
    const p = document.createElement('p');
    p.textContent = paragraph.trim();
    document.body.append(p);
  }
  return document as unknown as Document;
}

export async function scanPage(document: Document, matcher: MatcherData): Promise<ScanReport> {
  const root = document.body ?? document.documentElement;
  const detector = createDetector(matcher);
  const engine = localEngine(createGate(matcher), () => detector);
  // What the gate saw, kept for the human report: the page's text and the anchor words it found there.
  let seen: { text: string; hits: readonly number[] | null } = { text: '', hits: null };
  const watched: DetectionEngine = {
    ...engine,
    async gate(pageText) {
      const hits = await engine.gate(pageText);
      seen = { text: pageText, hits };
      return hits;
    },
  };
  const { blocks, result } = await scanDocument(root, watched);
  const words = new Set<string>();
  const hits = seen.hits ?? [];
  for (let i = 0; i < hits.length; i += 2) words.add(seen.text.slice(hits[i], hits[i + 1]).replace(/\n/g, ''));
  // The scan makes only the blocks around what it found: offsets are into all of them, joined.
  const offsetOf = new Map<Text, number>();
  let text = '';
  for (const block of segmentBlocks(root)) {
    if (text) text += '\n';
    offsetOf.set(block.nodes[0] as Text, text.length);
    text += block.text;
  }
  const at = (block: number) => offsetOf.get(blocks[block]?.nodes[0] as Text) ?? 0;
  return {
    text,
    gate: { open: seen.hits !== null, anchors: [...words] },
    mentions: result.mentions.map((m) => ({
      entity: m.entity,
      text: m.text,
      start: at(m.block) + m.start,
      end: at(m.block) + m.end,
      fuzzy: m.fuzzy,
    })),
    figures: result.figures.map((f) => ({
      dispute: f.dispute,
      value: f.value,
      text: f.text,
      start: at(f.block) + f.start,
      end: at(f.block) + f.end,
    })),
  };
}

/** Human-readable lines: each hit with a little of the text around it. */
export function formatScan(report: ScanReport): string {
  const context = (start: number, end: number) => {
    const before = report.text.slice(Math.max(0, start - 40), start).replace(/\s+/g, ' ');
    const after = report.text.slice(end, end + 40).replace(/\s+/g, ' ');
    return `…${before}[${report.text.slice(start, end)}]${after}…`;
  };
  const lines = [
    report.gate.open
      ? `gate: open; anchors on the page: ${report.gate.anchors.join(', ')}`
      : 'gate: shut (no alias that counts on its own is possible here; names count only written with their capitals)',
    `${report.mentions.length} mentions, ${report.figures.length} figures`,
  ];
  for (const m of [...report.mentions].sort((a, b) => a.start - b.start)) {
    lines.push(`  ${m.fuzzy ? 'possible ' : ''}${m.entity} @${m.start}: ${context(m.start, m.end)}`);
  }
  for (const f of [...report.figures].sort((a, b) => a.start - b.start)) {
    lines.push(`  figure ${f.dispute} = ${f.value} @${f.start}: ${context(f.start, f.end)}`);
  }
  return lines.join('\n');
}
