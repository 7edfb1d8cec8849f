import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-output/', 'bench-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    rules: {
      // Page and knowledge-base text must never become markup or code.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use text nodes or Preact; page and KB text must never become markup.' },
        { property: 'outerHTML', message: 'Use text nodes or Preact; page and KB text must never become markup.' },
        { property: 'insertAdjacentHTML', message: 'Use DOM methods; page and KB text must never become markup.' },
        { object: 'document', property: 'write', message: 'Never write markup into a page.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'KB text must never become markup.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['utils/**/*.ts'],
    ignores: ['utils/page/**', 'utils/messaging.ts'],
    rules: {
      // The core is pure TypeScript over strings: it runs in the content script, Node tools and tests alike.
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'chrome', 'browser', 'fetch', 'localStorage'],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'wxt/*', 'preact', 'preact/*', '../../components/*', '../components/*'] }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../entrypoints/*', '../../entrypoints/*'] }],
    },
  },
);
