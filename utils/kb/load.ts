/** Step 1 of compiling: classify, parse and schema-check every file. */
import type { z } from 'zod';
import type { KbError } from './errors.ts';
import { classifyFile, KIND_FOLDERS, type FileKind } from './layout.ts';
import {
  disputeSchema,
  entitySchema,
  metaSchema,
  propertiesFileSchema,
  sourceSchema,
  type Dispute,
  type Entity,
  type Meta,
  type Property,
  type Source,
} from './schema.ts';
import { parseKbFile, type ParsedFile } from './yaml-source.ts';
import { zodIssuesToErrors } from './zod-issues.ts';

export interface KbFile {
  /** Relative path with forward slashes, e.g. `data/entities/isis-k.yaml`. */
  path: string;
  text: string;
}

export interface Loaded<T> {
  parsed: ParsedFile;
  value: T;
}

export interface LoadedKb {
  root: string;
  meta?: Loaded<Meta>;
  properties?: Loaded<{ properties: Property[] }>;
  sources: Loaded<Source>[];
  entities: Loaded<Entity>[];
  disputes: Loaded<Dispute>[];
  /** Ids declared by files that failed the schema; references to them are not reported again. */
  brokenIds: Set<string>;
  /** True when properties.yaml is missing or broken (property references are then not checked). */
  propertiesBroken: boolean;
}

const SCHEMAS: Record<FileKind, z.ZodType> = {
  meta: metaSchema,
  properties: propertiesFileSchema,
  source: sourceSchema,
  entity: entitySchema,
  dispute: disputeSchema,
};

function rawId(data: unknown): string | undefined {
  const id = (data as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

export function loadKb(files: readonly KbFile[], root: string): { kb: LoadedKb; errors: KbError[] } {
  const kb: LoadedKb = { root, sources: [], entities: [], disputes: [], brokenIds: new Set(), propertiesBroken: true };
  const errors: KbError[] = [];
  const seen = new Set<FileKind>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  for (const file of sorted) {
    const path = file.path.replace(/\\/g, '/');
    const where = classifyFile(path, root);
    if (where.kind === 'unknown') {
      errors.push({ code: 'unknown-file', file: path, line: 1, column: 1, path: '', message: `unexpected file: it ${where.reason}`, hint: where.hint });
      continue;
    }
    seen.add(where.kind);
    const { parsed, errors: syntax } = parseKbFile(path, file.text);
    errors.push(...syntax);
    if (syntax.length > 0) {
      if (where.kind !== 'meta' && where.kind !== 'properties') kb.brokenIds.add(where.name);
      continue;
    }
    if (parsed.data === undefined || parsed.data === null) {
      errors.push(parsed.error('schema', [], 'the file is empty', 'Write the object this file describes, or delete the file'));
      kb.brokenIds.add(where.name);
      continue;
    }
    const result = SCHEMAS[where.kind].safeParse(parsed.data);
    const id = rawId(parsed.data);
    if (where.kind === 'source' || where.kind === 'entity' || where.kind === 'dispute') {
      if (id !== undefined && id !== where.name) {
        const folder = `${root}/${KIND_FOLDERS[where.kind]}`;
        errors.push(
          parsed.error('file-name-mismatch', ['id'], `the id "${id}" does not match the file name "${where.name}.yaml"`, `Rename the file to ${folder}/${id}.yaml or change the id to "${where.name}"`),
        );
        // References may use either spelling; report the mismatch once, not at every reference.
        kb.brokenIds.add(where.name);
      }
    }
    if (!result.success) {
      errors.push(...zodIssuesToErrors(parsed, result.error.issues));
      kb.brokenIds.add(id ?? where.name);
      continue;
    }
    const value = result.data as never;
    switch (where.kind) {
      case 'meta':
        kb.meta = { parsed, value };
        break;
      case 'properties':
        kb.properties = { parsed, value };
        kb.propertiesBroken = false;
        break;
      case 'source':
        kb.sources.push({ parsed, value });
        break;
      case 'entity':
        kb.entities.push({ parsed, value });
        break;
      case 'dispute':
        kb.disputes.push({ parsed, value });
        break;
    }
  }

  for (const [kind, name, what] of [
    ['meta', 'kb.yaml', 'revision, date and title'],
    ['properties', 'properties.yaml', 'the list of statement properties'],
  ] as const) {
    if (!seen.has(kind)) {
      errors.push({ code: 'missing-file', file: `${root}/${name}`, line: 0, column: 0, path: '', message: `missing file: every knowledge base needs ${name}`, hint: `Create it with ${what}; see docs/knowledge-base.md` });
    }
  }
  return { kb, errors };
}
