/**
 * Grows the matcher data to a given number of aliases with synthetic
 * entities: made-up but plausible names ("Davorin Kestrava"), one to three
 * words, two to four aliases per entity; by default about 3 in 100 aliases start with
 * an ordinary English word ("harbour Kestrava"), as real titles and names do.
 * A made-up name that happens to be a word of the page vocabulary is drawn
 * again, so the plain pages still mention nothing and every level does the
 * same page-wide work.
 */
import type { MatcherAlias, MatcherData, MatcherEntity } from '../../utils/kb/matcher-data';
import { createRandom } from './generate-pages';

const ONSETS = ['b', 'br', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'tr', 'v', 'z', 'sh', 'ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'k', 'v', 'sk', 'nd', 'rt'];

export interface GrownMatcher {
  matcher: MatcherData;
  /** Distinct ordinary words that begin a synthetic alias. */
  ordinaryFirstWords: number;
}

export function growMatcher(base: MatcherData, total: number, vocabulary: readonly string[], ordinaryShare = 0.03, seed = 2024): GrownMatcher {
  const random = createRandom(seed + total);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const syllable = () => pick(ONSETS) + pick(VOWELS) + pick(CODAS);
  const words = new Set(vocabulary);
  const name = (): string => {
    for (;;) {
      const word = Array.from({ length: 2 + Math.floor(random() * 2) }, syllable).join('');
      if (!words.has(word)) return word.charAt(0).toUpperCase() + word.slice(1);
    }
  };
  const entities: MatcherEntity[] = [...base.entities];
  const aliases: MatcherAlias[] = [...base.aliases];
  const ordinary = new Set<string>();
  for (let index = 0; aliases.length < total; index++) {
    const id = `synthetic-${index}`;
    const family = name();
    const given = name();
    const forms = [`${given} ${family}`, family, `${given} ${name()} ${family}`, `${given.charAt(0)}. ${family}`];
    const count = Math.min(2 + Math.floor(random() * 3), total - aliases.length);
    for (let i = 0; i < count; i++) {
      let text = forms[i]!;
      if (random() < ordinaryShare) {
        const word = pick(vocabulary);
        ordinary.add(word);
        text = `${word} ${family}`;
      }
      aliases.push({ text, entity: id, lang: 'en', caseSensitive: false, weak: random() < 0.05, misspelling: false });
    }
    entities.push({ id, type: 'person', name: `${given} ${family}`, related: [], excludeContexts: [] });
  }
  return { matcher: { ...base, entities, aliases }, ordinaryFirstWords: ordinary.size };
}

/**
 * Cuts the matcher data down to `total` aliases, for the alias counts below
 * the KB's: first the aliases `keep` picks (those the generated pages name,
 * so that the cut KB marks there what the whole one marks), then the others
 * in the KB's order. Entities and disputes stay.
 */
export function cutMatcher(base: MatcherData, total: number, keep: (alias: MatcherAlias) => boolean): MatcherData {
  const kept: MatcherAlias[] = [];
  const others: MatcherAlias[] = [];
  for (const alias of base.aliases) (keep(alias) ? kept : others).push(alias);
  if (kept.length > total) throw new Error(`The KB cannot be cut to ${total} aliases: the generated pages name ${kept.length} of them.`);
  return { ...base, aliases: [...kept, ...others.slice(0, total - kept.length)] };
}

/** Whether an alias's text stands in `text` as whole words, in any case. */
export function namedIn(text: string): (alias: MatcherAlias) => boolean {
  return (alias) => {
    const escaped = alias.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  };
}
