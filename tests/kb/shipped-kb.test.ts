import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/kb-files';
import { formatKbError } from '../../utils/kb/compile';
import { compileFolder } from './helpers';

const DATA = join(PROJECT_ROOT, 'data');
const present = existsSync(join(DATA, 'kb.yaml'));

if (!present) console.warn('NOTICE: data/kb.yaml does not exist yet; the shipped-KB test is skipped.');

describe('the shipped knowledge base in data/', () => {
  it.skipIf(!present)('compiles without errors', () => {
    const { result } = compileFolder(DATA);
    const errors = result.ok ? [] : result.errors.map(formatKbError);
    if (errors.length > 0) console.error(`data/ has ${errors.length} KB errors:\n${errors.join('\n')}`);
    expect(errors).toEqual([]);
    if (!result.ok) return;
    expect(Object.keys(result.kb.entities).length).toBeGreaterThan(0);
    expect(result.matcher.aliases.length).toBeGreaterThan(0);
  });
});
