/**
 * Collects every way an entity is written (display names and aliases), and
 * checks them: risky aliases (short or everyday words) and aliases that two
 * entities claim.
 */
import type { KbError } from './errors.ts';
import { commonWordLanguages } from './common-words.ts';
import { foldText, letterCount } from './fold.ts';
import type { MatcherAlias } from './matcher-data.ts';
import type { Entity } from './schema.ts';
import type { ParsedFile, PathPart } from './yaml-source.ts';

export interface AliasEntry extends MatcherAlias {
  /** Where it was written, for error locations. */
  path: PathPart[];
  fromName: boolean;
}

/**
 * Display names and aliases of one entity; an explicit alias overrides a
 * same-text display name (so it can carry flags), and a display name
 * written exactly as a case-sensitive alias of another language is
 * case-sensitive too. Case-sensitive spellings that fold alike are all kept
 * ("ISKP" and "Iskp").
 */
export function entityAliases(entity: Entity): AliasEntry[] {
  const out = new Map<string, AliasEntry>();
  const add = (entry: AliasEntry) => {
    const folded = `${entry.lang}\u0000${foldText(entry.text)}`;
    const key = entry.caseSensitive ? `${folded}\u0000${entry.text}` : folded;
    if (!entry.fromName && out.get(folded)?.fromName) {
      // An alias takes a same-text display name's place.
      if (key === folded) {
        out.set(key, entry);
        return;
      }
      out.delete(folded);
    }
    if (!out.has(key)) out.set(key, entry);
  };
  const weakEntity = entity.weak ?? false;
  for (const [lang, name] of Object.entries(entity.names)) {
    // "Picnic (band)" is written "Picnic" in running text: the parenthesis only disambiguates the card title.
    const text = name.replace(/\s*\([^()]*\)$/u, '');
    add({ text, entity: entity.id, lang, caseSensitive: false, weak: weakEntity, misspelling: false, path: ['names', lang], fromName: true });
  }
  for (const [lang, list] of Object.entries(entity.aliases)) {
    (list ?? []).forEach((alias, i) => {
      const a = typeof alias === 'string' ? { text: alias } : alias;
      add({
        text: a.text,
        entity: entity.id,
        lang,
        caseSensitive: a.caseSensitive ?? false,
        weak: weakEntity || (a.weak ?? false),
        misspelling: a.misspelling ?? false,
        path: ['aliases', lang, i],
        fromName: false,
      });
    });
  }
  // A display name written exactly as an alias with flags, in any language, takes the alias's case rule: "Shot" is
  // the Telegram channel's name in every language, and only with its capital.
  const caseSensitive = new Set([...out.values()].filter((e) => !e.fromName && e.caseSensitive).map((e) => e.text));
  return [...out.values()].map((e) => (e.fromName && caseSensitive.has(e.text) ? { ...e, caseSensitive: true } : e));
}

const LETTER = /\p{L}/u;

/** Why an alias would match ordinary text, or undefined when it is safe. */
export function aliasRisk(text: string): string | undefined {
  const letters = letterCount(text);
  if (letters <= 3) return `has only ${letters} letter${letters === 1 ? '' : 's'}`;
  const langs = commonWordLanguages(text);
  if (langs.length > 0) return `is an everyday word (${langs.join(', ')})`;
  return undefined;
}

export function checkRiskyAliases(parsed: ParsedFile, aliases: readonly AliasEntry[]): KbError[] {
  const errors: KbError[] = [];
  for (const a of aliases) {
    // A number alone ("112") is any count of it, whatever its flags.
    if (!LETTER.test(a.text)) {
      const hint = a.fromName ? 'Write the display name with a word beside the number ("Telegram channel 112")' : 'Write it with a word beside the number, or remove it';
      errors.push(parsed.error('risky-alias', a.path, `risky alias ${JSON.stringify(a.text)}: it has no letter and would match any such number`, hint));
      continue;
    }
    if (a.caseSensitive || a.weak) continue;
    const risk = aliasRisk(a.text);
    if (!risk) continue;
    const hint = a.fromName
      ? `Display names are matched too; add it under aliases.${a.lang} as {text: ${JSON.stringify(a.text)}, caseSensitive: true} for an acronym or {text: ${JSON.stringify(a.text)}, weak: true} so it needs a strong mention nearby`
      : 'Mark it caseSensitive: true (acronyms such as "IS") or weak: true (counts only next to a strong mention), or remove it';
    errors.push(parsed.error('risky-alias', a.path, `risky alias ${JSON.stringify(a.text)}: it ${risk} and would match ordinary text`, hint));
  }
  return errors;
}

interface Claim {
  entry: AliasEntry;
  parsed: ParsedFile;
}

/** Aliases with the same folded text on two entities (two case-sensitive spellings that differ may coexist). */
export function checkAliasCollisions(claims: readonly Claim[]): KbError[] {
  const byText = new Map<string, Claim[]>();
  const errors: KbError[] = [];
  const reported = new Set<string>();
  for (const claim of claims) {
    const folded = foldText(claim.entry.text);
    const earlier = byText.get(folded) ?? [];
    const clash = earlier.find(
      (c) =>
        c.entry.entity !== claim.entry.entity &&
        !(c.entry.caseSensitive && claim.entry.caseSensitive && c.entry.text !== claim.entry.text),
    );
    const key = `${folded}\u0000${claim.entry.entity}`;
    if (clash && !reported.has(key)) {
      reported.add(key);
      // Point at the explicit alias rather than at a display name, which is usually the intended one.
      const [here, there] = claim.entry.fromName && !clash.entry.fromName ? [clash, claim] : [claim, clash];
      const { line } = there.parsed.locate(there.entry.path);
      errors.push(
        here.parsed.error(
          'alias-collision',
          here.entry.path,
          `alias ${JSON.stringify(here.entry.text)} is also claimed by entity "${there.entry.entity}" (${there.parsed.file}:${line})`,
          'Keep it on one entity only, or replace it on both with longer, more specific aliases',
        ),
      );
    }
    earlier.push(claim);
    byText.set(folded, earlier);
  }
  return errors;
}
