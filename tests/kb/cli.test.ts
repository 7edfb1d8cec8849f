import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/kb-files';
import type { CompiledDispute, CompiledEntity } from '../../utils/kb/compiled';
import { INVALID, VALID } from './helpers';

const TSX = join(PROJECT_ROOT, 'node_modules/.bin/tsx');

function kb(...args: string[]) {
  const run = spawnSync(TSX, ['scripts/kb.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run kb', { timeout: 60_000 }, () => {
  it('check passes on the valid fixture with a summary', () => {
    const r = kb('check', '--data', VALID);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^KB revision 3: 4 entities, 3 sources, 1 dispute, 7 statements — OK/);
  });

  it('check fails on an invalid fixture and names file:line', () => {
    const r = kb('check', '--data', join(INVALID, 'missing-source-ref'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'tests/kb/fixtures/invalid/missing-source-ref/entities/crocus-city-hall-attack.yaml:19:15 statements[0].sources[0]: unknown source "reuters-x".',
    );
    expect(r.stdout).toMatch(/1 error in 1 file\./);
  });

  it('show --json lists each figure of a dispute with its source and date', () => {
    const r = kb('show', 'crocus-death-toll', '--json', '--data', VALID);
    expect(r.code).toBe(0);
    const dispute = JSON.parse(r.stdout) as CompiledDispute;
    expect(dispute.statements.map((s) => [s.value, s.qualifiers.asOf, s.sources[0]?.publisher, s.sources[0]?.published])).toEqual([
      [{ number: 115 }, '2024-03-23T09:00+03:00', 'Example Agency', '2024-03-23'],
      [{ number: 133, bound: 'at-least' }, '2024-03-23T18:00+03:00', 'Example Agency', '2024-03-23'],
      [{ number: 137 }, '2024-03-24', 'Example News', '2024-03-24'],
      [{ number: 145 }, '2024-04-03', 'Example Ministry', '2024-04-03'],
    ]);
  });

  it('show prints an entity for people, and fails clearly on an unknown id', () => {
    const text = kb('show', 'crocus-city-hall-attack', '--data', VALID);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Crocus City Hall attack  [event]');
    expect(text.stdout).toContain('Claimed by: Islamic State – Khorasan Province (isis-k) — as of 2024-03-22, said by Amaq');
    expect(text.stdout).toContain('source: Example News, 2024-03-24, news-report');
    const json = JSON.parse(kb('show', 'isis-k', '--json', '--data', VALID).stdout) as CompiledEntity;
    expect(json.related).toEqual(['crocus-city-hall-attack']);
    const missing = kb('show', 'crocus', '--data', VALID);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No entity or dispute has the id "crocus"\. Did you mean: .*crocus-city-hall/);
  });

  it('show still works on a KB with errors, warning on stderr', () => {
    const r = kb('show', 'crocus-death-toll', '--json', '--data', join(INVALID, 'missing-source-ref'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Warning: the knowledge base has 1 error/);
    expect((JSON.parse(r.stdout) as CompiledDispute).statements).toHaveLength(4);
  });

  it('stats --json counts by type, language and kind', () => {
    const r = kb('stats', '--json', '--data', VALID);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout);
    expect(stats.entities).toEqual({ total: 4, byType: { event: 1, 'government-body': 1, organization: 1, place: 1 } });
    expect(stats.aliases.byLanguage.ru).toBeGreaterThan(0);
    expect(stats.statements.byRank).toEqual({ deprecated: 1, normal: 5, preferred: 1 });
    expect(stats.sources.byKind['official-statement']).toBe(1);
  });

  it('scan reports what the gate saw, the mentions with context, and the JSON the issue specifies', () => {
    const human = kb('scan', 'tests/pages/crocus-report.html');
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^gate: open; anchors on the page: .*Crocus, City, Hall/);
    expect(human.stdout).toMatch(/crocus-city-hall .*\[Crocus City Hall\]/);
    const json = JSON.parse(kb('scan', 'tests/pages/crocus-report.html', '--json').stdout) as Record<string, unknown[]>;
    expect(Object.keys(json)).toEqual(['mentions', 'figures']);
    expect(json.figures).toContainEqual(expect.objectContaining({ dispute: 'crocus-death-toll', value: 139, text: '139' }));
    const garden = kb('scan', 'tests/pages/gardening.html');
    expect(garden.stdout).toMatch(/^gate: shut/);
    expect(garden.stdout).toContain('0 mentions, 0 figures');
  });

  it('prints usage and exits 2 without a known command', () => {
    for (const args of [[], ['frobnicate'], ['check', '--nope']]) {
      const r = kb(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: npm run kb -- COMMAND');
    }
  });
});
