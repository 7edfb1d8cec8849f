import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, readKbFiles } from '../../scripts/kb-files';
import { compileKb, formatKbError } from '../../utils/kb/compile';
import { KB_ERROR_CODES } from '../../utils/kb/errors';
import { compileFolder, invalidCases, VALID } from './helpers';

const cases = invalidCases();

describe('invalid fixtures', () => {
  it('cover the required kinds of mistake', () => {
    const names = cases.map((c) => c.name);
    for (const required of [
      'yaml-syntax', 'missing-source-ref', 'unknown-property', 'duplicate-entity-id', 'duplicate-statement-id',
      'file-name-mismatch', 'dispute-one-value', 'risky-alias', 'alias-collision', 'missing-required-field',
      'bad-date', 'deprecated-without-reason', 'unresolved-related', 'numeric-dispute-without-figure-words', 'missing-meta',
    ]) {
      expect(names).toContain(required);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s is rejected with its message and location', (_name, c) => {
    const { root, result } = compileFolder(c.dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const file = `${root}/${c.file}`;
    const lines = result.errors.map(formatKbError);
    const match = result.errors.find((e, i) => e.file === file && lines[i]?.includes(c.text));
    expect(match, `no error in ${file} containing ${JSON.stringify(c.text)}; got:\n${lines.join('\n')}`).toBeDefined();
    expect(match?.line).toBe(c.line ?? 0);
    // One mistake gives at most two errors (a copied file can be both misnamed and a duplicate).
    expect(result.errors.length).toBeLessThanOrEqual(2);
    for (const e of result.errors) {
      expect(KB_ERROR_CODES).toContain(e.code);
      expect(e.hint.length).toBeGreaterThan(0);
    }
  });
});

describe('partial builds', () => {
  it('are only made on request, and leave out what does not resolve', () => {
    const c = cases.find((x) => x.name === 'missing-source-ref');
    if (!c) throw new Error('missing-source-ref fixture not found');
    const { root, files } = readKbFiles(c.dir, PROJECT_ROOT);
    const strict = compileKb(files, { root });
    expect(strict.ok === false && strict.partial).toBe(undefined);
    const partial = compileKb(files, { root, partial: true });
    if (partial.ok || !partial.partial) throw new Error('expected a partial build');
    const date = partial.partial.kb.entities['crocus-city-hall-attack']?.statements.find((s) => s.id === 'attack-date');
    expect(date?.sources).toEqual([]);
    expect(partial.errors).toHaveLength(1);
  });
});

describe('more mistakes, in memory', () => {
  const { root, files } = readKbFiles(VALID, PROJECT_ROOT);
  const withFile = (rel: string, text: string | undefined) => {
    const path = `${root}/${rel}`;
    const rest = files.filter((f) => f.path !== path);
    return compileKb(text === undefined ? rest : [...rest, { path, text }], { root });
  };
  const messages = (r: ReturnType<typeof compileKb>) => (r.ok ? [] : r.errors.map(formatKbError));

  it('reports a key given twice', () => {
    const r = withFile('sources/dup.yaml', 'id: dup\nid: dup\n');
    expect(messages(r).join('\n')).toMatch(/sources\/dup\.yaml:2:1 YAML syntax error: Map keys must be unique/);
  });

  it('reports an empty file and a .yml file', () => {
    expect(messages(withFile('sources/empty.yaml', '# nothing yet\n')).join('\n')).toMatch(/empty\.yaml:\d+:\d+ the file is empty/);
    expect(messages(withFile('sources/x.yml', 'id: x\n')).join('\n')).toMatch(/x\.yml:1:1 unexpected file: it is not a \.yaml file\. Rename it to x\.yaml/);
  });

  it('explains a value in none of the accepted shapes', () => {
    const entity = files.find((f) => f.path.endsWith('entities/isis-k.yaml'));
    const text = `${entity?.text}statements:\n  - id: x1\n    property: date\n    value: { when: 2024 }\n    sources: [example-news-0324]\n`;
    const out = messages(withFile('entities/isis-k.yaml', text)).join('\n');
    expect(out).toMatch(/isis-k\.yaml:20:12 statements\[0\]\.value: \{"when":2024\} does not match any accepted form: a value is one of/);
  });

  it('does not repeat errors for references to a broken file', () => {
    const r = withFile('sources/example-news-0324.yaml', 'id: example-news-0324\ntitle: x\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.every((e) => e.file.endsWith('example-news-0324.yaml'))).toBe(true);
  });
});
