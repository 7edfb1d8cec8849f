/**
 * The signature pieces of the misspelling targets (see fuzzy.ts): which k + 1
 * disjoint pieces of each target the page pass looks for. Worked out at build
 * time (packed.ts), so the extension ships the result, not this search.
 */

/** English letters from common to rare. */
const COMMON = 'etaoinsrhldcumfpgwybvkxjqz';

/**
 * Frequent word starts and middles in the six languages, which signature
 * pieces avoid. Made on first use: only the build (and tools) make
 * signatures, so the extension, which imports this module's neighbours,
 * never carries the list.
 */
let frequent: Set<string> | null = null;
function frequentPieces(): Set<string> {
  frequent ??= new Set(
    (
      'tion atio ment ther that with ight ions ence ance comm cons inte ting ings ated ever tter ould ally nter able ture ical ' +
      'ness ista ente ione sion chen lich isch ство ного ения ании ский ская ских ' +
      '^com ^con ^pro ^pre ^per ^par ^dis ^int ^res ^rep ^sta ^str ^tra ^for ^man ^mar ^sec ^ser ^ind ^inf ^ins ^exp ^ent ' +
      '^acc ^app ^att ^ass ^cha ^det ^des ^dif ^sup ^sub ^und ^uni ^ver ^wor ^new ^mor ^min ^mis ^cou ^gen ^gov ^nat ' +
      '^про ^пре ^при ^под ^пос ^сов ^гос ^мин ^нац ^кон ^рас ^раз ^нет ^вос ^все ^бол ^мос ^рос ' +
      '^the ^and ^for ^was ^are ^you ^his ^her ^not ^but ^all ^can ^had ^one ^our ^out ^who ^has ^its ^new ^may ^les ^des ' +
      '^del ^der ' +
      '^die ^das ^den ^dem ^ein ^und ^von ^mit ^per ^che ^non ^una ^los ^las ^por ^que ^est ^sur ^par ^une ^что ^как ^это'
    ).split(' '),
  );
  return frequent;
}

/** How likely a piece of a target is to occur in ordinary text (relative; lower is rarer). */
function pieceCost(gram: string, anchored: boolean): number {
  const q = gram.length;
  // Short unanchored pieces force the slow path of the page pass on every unit: a last resort.
  let cost = anchored ? ([0, 20_000, 2_000, 15][q] ?? 1) : ([0, 500_000, 50_000, 5_000, 10][q] ?? 1);
  for (let i = 0; i < q; i++) {
    const r = COMMON.indexOf(gram.charAt(i));
    cost *= r < 0 ? 0.8 : 0.7 + (26 - r) / 40;
  }
  if (frequentPieces().has(anchored ? '^' + gram : gram)) cost *= 20;
  return cost;
}

/**
 * The signature of a target with k allowed errors: k + 1 disjoint pieces of
 * its words, each either a q-gram inside a word (q ≤ 4) or the first q - 1
 * letters of a word together with the boundary before them (an insertion at
 * the word's start breaks that piece). k edits break at most k disjoint
 * pieces, so every run within k errors keeps one whole, inside one of its
 * words. The pieces are chosen to be rare (a small cost model), by dynamic
 * programming over the positions of each word, then over the words.
 *
 * Each piece is a code: (offset in `norm` << 4) | (q << 1) | anchored, where
 * q counts letters (an anchored piece takes q letters and the boundary).
 */
export function signaturePieces(norm: string, count: number): number[] {
  const INF = Number.POSITIVE_INFINITY;
  const words: [number, number][] = [];
  for (let i = 0; i < norm.length; ) {
    let j = i;
    while (j < norm.length && norm.charCodeAt(j) !== 0x20) j++;
    if (j > i) words.push([i, j - i]);
    i = j + 1;
  }
  const width = count + 1;
  // Per word: cost[pos * width + j] = cheapest j pieces within letters [pos, L); how[...] = the choice at pos.
  const tables = words.map(([start, L]) => {
    const cost = new Float64Array((L + 1) * width).fill(INF);
    const how = new Int8Array((L + 1) * width);
    cost[L * width] = 0;
    for (let pos = L - 1; pos >= 0; pos--) {
      for (let j = 0; j <= count; j++) {
        let best = cost[(pos + 1) * width + j] as number;
        let choice = 0;
        if (j > 0) {
          for (let q = 1; q <= 4; q++) {
            for (let anchored = 0; anchored <= 1; anchored++) {
              if (anchored ? pos !== 0 || q > 3 : pos + q > L) continue;
              if (q > L - pos) continue;
              const rest = cost[(pos + q) * width + j - 1] as number;
              if (rest === INF) continue;
              const c = rest + pieceCost(norm.slice(start + pos, start + pos + q), anchored === 1);
              if (c < best) {
                best = c;
                choice = (q << 1) | anchored;
              }
            }
          }
        }
        cost[pos * width + j] = best;
        how[pos * width + j] = choice;
      }
    }
    return { start, L, cost, how };
  });
  // Across words: acc[w][i] = cheapest i pieces from the first w words; took[w][i] = how many from word w - 1.
  let acc = new Float64Array(width).fill(INF);
  acc[0] = 0;
  const took: Int8Array[] = [];
  for (const t of tables) {
    const next = new Float64Array(width).fill(INF);
    const pick = new Int8Array(width);
    for (let i = 0; i <= count; i++) {
      if (acc[i] === INF) continue;
      for (let j = 0; i + j <= count; j++) {
        const c = (acc[i] as number) + (t.cost[j] as number);
        if (c < (next[i + j] as number)) {
          next[i + j] = c;
          pick[i + j] = j;
        }
      }
    }
    took.push(pick);
    acc = next;
  }
  if (acc[count] === INF) throw new Error(`no signature for "${norm}"`);
  const out: number[] = [];
  let left = count;
  for (let w = tables.length - 1; w >= 0; w--) {
    const t = tables[w] as (typeof tables)[number];
    let j = (took[w] as Int8Array)[left] as number;
    left -= j;
    for (let pos = 0; j > 0 && pos < t.L; ) {
      const choice = t.how[pos * width + j] as number;
      if (choice === 0) {
        pos++;
        continue;
      }
      const q = choice >> 1;
      out.push(((t.start + pos) << 4) | choice);
      pos += q;
      j--;
    }
  }
  return out.sort((x, y) => x - y);
}
