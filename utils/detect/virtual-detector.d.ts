/** The knowledge base compiled for the detection engine at build time (scripts/vite-plugin-kb.ts). */
declare module 'virtual:gloss-kb/detector' {
  const data: import('./packed').PackedDetector;
  export default data;
}
