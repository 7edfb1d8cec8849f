import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/kb-files';
import { kbJsonSchemas } from '../../utils/kb/json-schema';

describe('data/schema/*.schema.json', () => {
  const schemas = kbJsonSchemas();

  it.each(schemas.map((s) => [s.name, s] as const))('%s matches utils/kb/schema.ts', (name, s) => {
    const path = join(PROJECT_ROOT, 'data/schema', name);
    expect(existsSync(path), `${path} is missing: run npm run kb -- schema`).toBe(true);
    expect(readFileSync(path, 'utf8'), `${name} is out of date: run npm run kb -- schema`).toBe(s.json);
  });

  it('carries descriptions for the editor', () => {
    const entity = JSON.parse(schemas.find((s) => s.name === 'entity.schema.json')?.json ?? '{}');
    expect(entity.properties.id.description).toMatch(/file name/);
    expect(entity.properties.aliases.description).toMatch(/per language/);
  });

  it('is mapped to its files in .vscode/settings.json', () => {
    const settings = JSON.parse(readFileSync(join(PROJECT_ROOT, '.vscode/settings.json'), 'utf8'));
    for (const s of schemas) expect([settings['yaml.schemas'][`./data/schema/${s.name}`]].flat()).toContain(s.glob);
  });
});
