/**
 * Deterministic test pages: English-like prose from a seeded PRNG, in `<p>`
 * paragraphs with headings and some inline `<a>`/`<b>`. The "mentions"
 * variant slips a sentence naming the subjects into about every twentieth
 * paragraph; the plain variant names nothing the knowledge base knows.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface PageSpec {
  /** File name without extension, e.g. `1mb-plain`. */
  name: string;
  /** Characters of text to generate (ASCII, so about the bytes of text). */
  textChars: number;
  mentions: boolean;
}

export interface GeneratedPage extends PageSpec {
  file: string;
  /** Characters of text actually written. */
  written: number;
  /** How many mention sentences were slipped in. */
  mentionSentences: number;
}

export const SIZES = [
  { label: '100 kB', key: '100kb', textChars: 100_000 },
  { label: '1 MB', key: '1mb', textChars: 1_000_000 },
  { label: '5 MB', key: '5mb', textChars: 5_000_000 },
] as const;

export type SizeKey = (typeof SIZES)[number]['key'];

export function pageSpecs(sizes: readonly SizeKey[]): PageSpec[] {
  return SIZES.filter((size) => sizes.includes(size.key)).flatMap((size) => [
    { name: `${size.key}-plain`, textChars: size.textChars, mentions: false },
    { name: `${size.key}-mentions`, textChars: size.textChars, mentions: true },
  ]);
}

/** mulberry32: small, fast, good enough for prose. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const FALLBACK_WORDS = `
  about above across after again against along also although always among answer around asked away back
  because become been before began behind being believe below best better between beyond body book both
  bring brought build built business called came care carried case cause certain change children clear close
  come coming common company complete could country course covered cross current dark days decided deep
  different direction does done door down during early earth easy either else enough even evening ever every
  example face fact family far feel felt field figure final find fire first follow food form found free friend
  from full gave general given going gone good government great green ground group grow half hand happened
  hard having head heard held help here high himself history hold home hope hours house however human idea
  important inside instead interest island just keep kind knew know known land language large last later learn
  least leave left less letter light line little live long look made main make many mark matter maybe mean
  measure might mind minutes money month more morning most mother move much music must name near need never
  next night nothing notice number often once only open order other over page paper part pass past people
  perhaps picture piece place plan plant play point power present problem produce public pulled question quite
  rather reach read ready real reason record remember rest result river road rock room round rule same sand
  school science second seemed seen sentence serve several shape short should show side simple since size
  slowly small something sometimes song soon sound south space special stand start still stood story street
  strong study such summer sure surface table taken talk teacher tell than their them themselves there these
  thing think those though thought through together told took toward travel tree true turn under until upon
  usually very voice walk wanted warm watch water weather week well went were west what where whether which
  while white whole why wind winter with within without wood word work world would write year young
`;

/**
 * Ordinary lower-case English words: harvested from the corpus pages when
 * present (the most frequent ones), else a built-in list. Words that occur
 * in any alias are left out, so the plain pages mention nothing.
 */
export function buildVocabulary(corpusDir: string | undefined, aliasTexts: readonly string[], size = 3000): string[] {
  const excluded = new Set(aliasTexts.flatMap((alias) => alias.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean));
  const counts = new Map<string, number>();
  const files = new Map<string, number>();
  if (corpusDir && existsSync(corpusDir)) {
    for (const file of readdirSync(corpusDir).filter((name) => name.endsWith('.html')).sort()) {
      const text = readFileSync(path.join(corpusDir, file), 'utf8')
        .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&[#a-z0-9]+;/gi, ' ');
      const seen = new Set<string>();
      for (const match of text.matchAll(/(?<![\p{L}\p{N}'-])[a-z]{3,12}(?![\p{L}\p{N}'-])/gu)) {
        counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
        seen.add(match[0]);
      }
      for (const word of seen) files.set(word, (files.get(word) ?? 0) + 1);
    }
  }
  let words = [...counts.entries()]
    // Words used by at least four pages: ordinary words rather than one site's jargon.
    .filter(([word, count]) => count >= 5 && (files.get(word) ?? 0) >= 4 && !excluded.has(word))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, size)
    .map(([word]) => word);
  if (words.length < 500) words = FALLBACK_WORDS.split(/\s+/).filter((word) => word && !excluded.has(word));
  return words;
}

/** Sentences naming the subjects, used in rotation in the "mentions" pages. */
export const MENTIONS = [
  'The attack on Crocus City Hall shocked the whole region.',
  'ISIS-K claimed responsibility for the attack within hours.',
  'Nikolai Patrushev insisted that others had planned it.',
  'Officials later said that 139 people were killed.',
  'Investigators returned to <b>Crocus City Hall</b> the next morning.',
  'Analysts linked the claim to <a href="#isis-k">ISIS-K</a> fighters.',
];

export function generatePage(spec: PageSpec, vocabulary: readonly string[]): { html: string; written: number; mentionSentences: number } {
  const random = createRandom(seedOf(spec.name));
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  // Zipf-like choice: frequent words come up more often, as in real prose.
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 2.5)]!;

  const words = (count: number) => Array.from({ length: count }, word);
  const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

  const parts: string[] = [];
  let written = 0;
  let mentionSentences = 0;
  const title = capitalise(words(4).join(' '));
  parts.push(`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>`);
  parts.push(`<nav><ul>${words(5).map((item, i) => `<li><a href="#s${i}">${capitalise(item)}</a></li>`).join('')}</ul></nav>`);
  parts.push(`<article><h1>${title}</h1>`);
  written += title.length;

  let paragraph = 0;
  let nextHeading = between(6, 14);
  while (written < spec.textChars) {
    if (paragraph === nextHeading) {
      const heading = capitalise(words(between(2, 5)).join(' '));
      parts.push(`<h2 id="s${paragraph}">${heading}</h2>`);
      written += heading.length;
      nextHeading += between(6, 14);
    }
    // Tokens of the paragraph: words with their punctuation attached.
    const tokens: string[] = [];
    const sentences = between(3, 7);
    for (let s = 0; s < sentences; s++) {
      const sentence = words(between(6, 22));
      sentence[0] = capitalise(sentence[0]!);
      for (let w = 1; w < sentence.length - 1; w++) if (random() < 0.07) sentence[w] += ',';
      sentence[sentence.length - 1] += random() < 0.06 ? '?' : '.';
      tokens.push(...sentence);
    }
    wrap(tokens, 'a', 0.35, random, () => ` href="#p${between(0, 999)}"`);
    wrap(tokens, 'b', 0.2, random, () => '');
    let body = tokens.join(' ');
    written += body.replace(/<[^>]*>/g, '').length;
    if (spec.mentions && paragraph % 20 === 10) {
      const sentence = MENTIONS[mentionSentences % MENTIONS.length]!;
      body = `${body} ${sentence}`;
      written += 1 + sentence.replace(/<[^>]*>/g, '').length;
      mentionSentences++;
    }
    parts.push(`<p>${body}</p>`);
    paragraph++;
  }
  parts.push(`</article><footer><p>${capitalise(words(8).join(' '))}.</p></footer></body></html>\n`);
  return { html: parts.join('\n'), written, mentionSentences };
}

/** Wraps a run of 1-3 tokens in an inline element, with the given probability. */
function wrap(tokens: string[], tag: string, probability: number, random: () => number, attributes: () => string): void {
  if (random() >= probability || tokens.length < 4) return;
  const length = 1 + Math.floor(random() * 3);
  const start = Math.floor(random() * (tokens.length - length));
  const end = start + length - 1;
  if (tokens.slice(start, end + 1).some((token) => token.includes('<'))) return;
  // Keep trailing punctuation outside the element, as writers do.
  const last = tokens[end]!;
  const punctuation = /[.,?]$/.test(last) ? last.slice(-1) : '';
  tokens[start] = `<${tag}${attributes()}>${tokens[start]}`;
  tokens[end] = `${punctuation ? tokens[end]!.slice(0, -1) : tokens[end]}</${tag}>${punctuation}`;
}

export function writePages(dir: string, specs: readonly PageSpec[], vocabulary: readonly string[]): GeneratedPage[] {
  return specs.map((spec) => {
    const { html, written, mentionSentences } = generatePage(spec, vocabulary);
    const file = path.join(dir, `${spec.name}.html`);
    writeFileSync(file, html);
    return { ...spec, file, written, mentionSentences };
  });
}
