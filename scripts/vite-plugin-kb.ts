/**
 * Compiles the knowledge base in `data/` at build time, with the same code the
 * validator runs, and serves it as two virtual modules:
 * - `virtual:gloss-kb/matcher`: the small slice of the KB that detection needs (as data);
 * - `virtual:gloss-kb/gate`: the anchors of the aliases and the gate's pattern (`packGate`), which the
 *   background runs over every page's text;
 * - `virtual:gloss-kb/detector`: that slice compiled for the detection engine (`packMatcher`: folded,
 *   sorted keys and the like), which the background loads with no per-page build;
 * - `virtual:gloss-kb/full`: everything the cards show, loaded by the background.
 * A KB error fails the build with the validator's message (file, line, path).
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { packGate } from '../utils/detect/gate-pack';
import { packMatcher } from '../utils/detect/packed';
import { compileKb, formatKbError } from '../utils/kb/compile';
import { readKbFiles } from './kb-files';

const MODULES = {
  'virtual:gloss-kb/matcher': 'matcher',
  'virtual:gloss-kb/gate': 'gate',
  'virtual:gloss-kb/detector': 'detector',
  'virtual:gloss-kb/full': 'kb',
} as const;
type VirtualId = keyof typeof MODULES;

export function glossKb(root = process.cwd()): Plugin {
  const dataDir = path.join(root, 'data');
  /** One compile per build (or per change in watch mode), whichever module asks first. */
  let compiled: { files: string[]; result: ReturnType<typeof compileKb> } | undefined;
  return {
    name: 'gloss-kb',
    enforce: 'pre',
    buildStart() {
      compiled = undefined;
    },
    watchChange(id) {
      if (id.startsWith(dataDir)) compiled = undefined;
    },
    resolveId(id) {
      return id in MODULES ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:gloss-kb/')) return undefined;
      const which = MODULES[id.slice(1) as VirtualId];
      if (!compiled) {
        const folder = readKbFiles(dataDir, root);
        compiled = { files: folder.files.map((file) => file.path), result: compileKb(folder.files, { root: folder.root }) };
      }
      for (const file of compiled.files) this.addWatchFile(path.join(root, file));
      const { result } = compiled;
      if (!result.ok) {
        throw new Error(`The knowledge base has errors:\n${result.errors.map(formatKbError).join('\n')}`);
      }
      const value =
        which === 'gate' ? packGate(result.matcher) : which === 'detector' ? packMatcher(result.matcher, { signatures: true }) : result[which];
      // JSON.parse of a string literal is faster to start than an object literal of the same size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
