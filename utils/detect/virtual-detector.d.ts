/** The knowledge base compiled for the detection engine at build time (scripts/vite-plugin-kb.ts). */
declare module 'virtual:gloss-kb/detector' {
  const data: import('./packed').PackedDetector;
  export default data;
}

/** The page gate compiled at build time (scripts/vite-plugin-kb.ts): what the background runs over every page's text. */
declare module 'virtual:gloss-kb/gate' {
  const data: import('./gate-format').PackedGate;
  export default data;
}
