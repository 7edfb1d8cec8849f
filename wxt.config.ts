import { defineConfig } from 'wxt';
import { glossKb } from './scripts/vite-plugin-kb';

export default defineConfig({
  // Explicit imports everywhere: the import graph is the architecture.
  imports: false,
  vite: () => ({ plugins: [glossKb()] }),
  // The sources zip for Firefox review: what builds the extension, not local run output.
  zip: { excludeSources: ['demo-output/**', 'bench-output/**', '.vscode/**'] },
  manifest: ({ browser }) => ({
    name: 'Gloss',
    description: 'Sourced context beside the news: who said which figure, when, and why sources differ.',
    // `scripting` and the page hosts let the background inject the card UI into a page on first
    // hover; the content script already runs on the same pages. Gloss fetches nothing.
    permissions: ['scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gloss@gloss.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
