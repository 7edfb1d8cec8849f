declare module 'virtual:gloss-kb/matcher' {
  const data: import('./matcher-data').MatcherData;
  export default data;
}

declare module 'virtual:gloss-kb/full' {
  const kb: import('./compiled').CompiledKb;
  export default kb;
}
