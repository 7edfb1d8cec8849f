/** Where each kind of KB file lives, relative to the data folder. */

export type FileKind = 'meta' | 'properties' | 'source' | 'entity' | 'dispute';

export const KIND_FOLDERS: Record<'source' | 'entity' | 'dispute', string> = {
  source: 'sources',
  entity: 'entities',
  dispute: 'disputes',
};

export type Classified =
  | { kind: FileKind; name: string }
  | { kind: 'unknown'; reason: string; hint: string };

/** Removes a trailing slash and normalises backslashes. */
export function normaliseRoot(root: string): string {
  return root.replace(/\\/g, '/').replace(/\/+$/, '');
}

/** Classifies `file` (e.g. `data/entities/isis-k.yaml`) given the data folder `root` (e.g. `data`). */
export function classifyFile(file: string, root: string): Classified {
  const norm = file.replace(/\\/g, '/');
  const prefix = root === '' || root === '.' ? '' : `${root}/`;
  if (!norm.startsWith(prefix)) {
    return { kind: 'unknown', reason: `is outside the data folder "${root}"`, hint: `Move it into ${root}/ or leave it out` };
  }
  const rel = norm.slice(prefix.length);
  const parts = rel.split('/');
  const base = parts[parts.length - 1] ?? '';
  if (!base.endsWith('.yaml')) {
    const renamed = base.replace(/\.yml$/, '.yaml');
    return {
      kind: 'unknown',
      reason: 'is not a .yaml file',
      hint: renamed !== base ? `Rename it to ${renamed}` : 'Knowledge-base files end in .yaml',
    };
  }
  const name = base.slice(0, -'.yaml'.length);
  if (parts.length === 1) {
    if (name === 'kb') return { kind: 'meta', name };
    if (name === 'properties') return { kind: 'properties', name };
  }
  if (parts.length === 2) {
    for (const [kind, folder] of Object.entries(KIND_FOLDERS) as [keyof typeof KIND_FOLDERS, string][]) {
      if (parts[0] === folder) return { kind, name };
    }
  }
  return {
    kind: 'unknown',
    reason: 'is in a place the compiler does not read',
    hint: `The compiler reads only kb.yaml, properties.yaml and files directly inside sources/, entities/ and disputes/ of ${root}/; move or delete this file`,
  };
}
