/**
 * The case forms the compiler adds to the matcher (utils/kb/case-forms.ts):
 * what the Russian and German rules decline and what they leave, and that a
 * page that writes a name in another case is found, exactly, by the gate and
 * the detector.
 */
import { describe, expect, it } from 'vitest';
import { GATE_OPEN, createDetector, createGate, packMatcher, scanPage } from '../../utils/detect';
import type { MatcherAlias } from '../../utils/kb/matcher-data';
import { withCaseForms } from '../../utils/kb/case-forms';
import { germanCaseForms, germanNameGenitive } from '../../utils/kb/german-cases';
import { russianCaseForms } from '../../utils/kb/russian-cases';
import { shippedMatcher } from './helpers';

const alias = (text: string, entity: string, opts: Partial<MatcherAlias> = {}): MatcherAlias => ({
  text,
  entity,
  lang: 'ru',
  caseSensitive: false,
  weak: false,
  misspelling: false,
  ...opts,
});

describe('russianCaseForms', () => {
  it.each([
    ['Исламское государство', false, ['Исламского государства', 'Исламскому государству', 'Исламским государством', 'Исламском государстве']],
    ['Следственный комитет России', false, ['Следственного комитета России', 'Следственному комитету России', 'Следственным комитетом России', 'Следственном комитете России']],
    ['Федеральная служба безопасности', false, ['Федеральной службы безопасности', 'Федеральной службе безопасности', 'Федеральную службу безопасности', 'Федеральной службой безопасности']],
    ['Российская Федерация', false, ['Российской Федерации', 'Российскую Федерацию', 'Российской Федерацией']],
    ['Московская область', false, ['Московской области', 'Московскую область', 'Московской областью']],
    ['Московский Кремль', false, ['Московского Кремля', 'Московскому Кремлю', 'Московским Кремлем', 'Московском Кремле']],
    ['Николай Патрушев', true, ['Николая Патрушева', 'Николаю Патрушеву', 'Николаем Патрушевым', 'Николае Патрушеве']],
    ['Владимир Зеленский', true, ['Владимира Зеленского', 'Владимиру Зеленскому', 'Владимиром Зеленским', 'Владимире Зеленском']],
  ])('declines «%s» (person: %s)', (text, person, forms) => {
    expect(russianCaseForms(text, person)).toEqual(forms);
  });

  it('declines the head of an alias and leaves what follows it: a genitive, a quoted name, a place after a preposition', () => {
    expect(russianCaseForms('Совет безопасности', false)[0]).toBe('Совета безопасности');
    expect(russianCaseForms('концертный зал «Крокус»', false)[0]).toBe('концертного зала «Крокус»');
    expect(russianCaseForms('теракт в Красногорске', false)[0]).toBe('теракта в Красногорске');
    expect(russianCaseForms('телеграм-канал Shot', false)[0]).toBe('телеграм-канала Shot');
  });

  it('leaves what the rule does not know: one word, plural nouns, names that do not decline, acronyms', () => {
    expect(russianCaseForms('Пикник', false)).toEqual([]);
    expect(russianCaseForms('Соединённые Штаты', false)).toEqual([]);
    expect(russianCaseForms('Летние Олимпийские игры 2024', false)).toEqual([]);
    expect(russianCaseForms('Михаил Мурашко', true)).toEqual(['Михаила Мурашко', 'Михаилу Мурашко', 'Михаилом Мурашко', 'Михаиле Мурашко']);
    expect(russianCaseForms('ФСБ России', false)).toEqual([]);
  });
});

describe('germanCaseForms', () => {
  it('gives adjectives every ending, and the noun the genitive after a strong masculine or neuter ending', () => {
    expect(germanCaseForms('Islamischer Staat')).toEqual([
      'Islamische Staat',
      'Islamischen Staat',
      'Islamisches Staat',
      'Islamischem Staat',
      'Islamischen Staats',
      'Islamischen Staates',
    ]);
    expect(germanCaseForms('Russische Föderation')).toEqual(['Russischen Föderation', 'Russischer Föderation', 'Russisches Föderation', 'Russischem Föderation']);
    expect(germanCaseForms('Palästinensischer Islamischer Dschihad')).toContain('Palästinensischen Islamischen Dschihads');
    expect(germanCaseForms('Olympische Sommerspiele 2024')).toContain('Olympischen Sommerspielen 2024');
    expect(germanCaseForms('Terrormiliz Islamischer Staat')).toContain('Terrormiliz Islamischen Staates');
  });

  it('leaves aliases without adjectives before a noun, or with them further in', () => {
    expect(germanCaseForms('Staat')).toEqual([]);
    expect(germanCaseForms('Anschlag auf die russische Botschaft in Kabul')).toEqual([]);
    expect(germanCaseForms('Ermittlungskomitee russisch')).toEqual([]);
  });
});

describe('germanNameGenitive', () => {
  it('gives a name written as a name its genitive -s, unless it ends in a sibilant', () => {
    expect(germanNameGenitive('Wladimir Putin')).toEqual(['Wladimir Putins']);
    expect(germanNameGenitive('Russland')).toEqual(['Russlands']);
    expect(germanNameGenitive('Moskau')).toEqual(['Moskaus']);
    expect(germanNameGenitive('Dmitri Peskow')).toEqual(['Dmitri Peskows']);
    expect(germanNameGenitive('Paris')).toEqual([]);
    expect(germanNameGenitive('FSB')).toEqual([]);
  });

  it('is given to persons and places only', () => {
    const out = withCaseForms(
      [alias('Putin', 'putin', { lang: 'de' }), alias('Moskau', 'moscow', { lang: 'de' }), alias('Kreml', 'kremlin-org', { lang: 'de' })],
      (id) => id === 'putin',
      (id) => id === 'moscow',
    );
    expect(out.slice(3).map((a) => [a.entity, a.text])).toEqual([
      ['putin', 'Putins'],
      ['moscow', 'Moskaus'],
    ]);
  });
});

describe('withCaseForms', () => {
  it('adds each form once, as its alias, and marks it', () => {
    const out = withCaseForms([alias('Исламское государство', 'is', { weak: true })], () => false);
    expect(out.slice(1)).toEqual([
      alias('Исламского государства', 'is', { weak: true, caseForm: true }),
      alias('Исламскому государству', 'is', { weak: true, caseForm: true }),
      alias('Исламским государством', 'is', { weak: true, caseForm: true }),
      alias('Исламском государстве', 'is', { weak: true, caseForm: true }),
    ]);
  });

  it('gives no forms of an alias in an oblique case, of other languages, acronyms or misspellings, nor one another subject has', () => {
    const out = withCaseForms(
      [
        alias('Совет безопасности', 'council'),
        alias('Совета безопасности', 'council'),
        alias('Исламское государство', 'is', { lang: 'uk' }),
        alias('Исламские государство', 'is', { misspelling: true }),
        alias('СК РФ', 'ic', { caseSensitive: true }),
        alias('Совету безопасности', 'other'),
      ],
      () => false,
    );
    expect(out.slice(6).map((a) => a.text)).toEqual(['Советом безопасности', 'Совете безопасности']);
  });
});

describe('case forms of the shipped knowledge base', () => {
  const matcher = shippedMatcher();

  it('are found exactly, not as possible misspellings, and open the gate on their own', () => {
    const german = scanPage(createDetector(matcher), ['Der Islamische Staat reklamierte die Tat. Kämpfer des Islamischen Staates.']);
    expect(german.mentions.map((m) => [m.entity, m.text, m.fuzzy])).toEqual([
      ['islamic-state', 'Islamische Staat', false],
      ['islamic-state', 'Islamischen Staates', false],
    ]);
    const text = 'Боевики Исламского государства. Представитель Следственного комитета России. По словам Николая Патрушева.';
    const result = scanPage(createDetector(matcher), [text]);
    expect(result.mentions.map((m) => [m.entity, m.text, m.fuzzy])).toEqual([
      ['islamic-state', 'Исламского государства', false],
      ['investigative-committee-of-russia', 'Следственного комитета России', false],
      ['nikolai-patrushev', 'Николая Патрушева', false],
    ]);
    const scan = createGate(matcher).start('Главное о деятельности Исламского государства в регионе.');
    scan.run();
    expect(scan.level).toBe(GATE_OPEN);
  });

  it('are no misspelling targets', () => {
    const forms = new Set(matcher.aliases.filter((a) => a.caseForm).map((a) => a.text.toLowerCase()));
    expect(forms.size).toBeGreaterThan(400);
    const { norms } = packMatcher(matcher).targets;
    expect(norms.some((norm) => norm === 'исламского государства')).toBe(false);
    expect(norms).toContain('исламское государство');
    expect(norms.filter((norm) => forms.has(norm))).toEqual([]);
  });
});
