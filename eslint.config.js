// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'export/', 'test-results/', 'node_modules/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // Text is text: translated strings reach the DOM through textContent, never as markup.
    // Chart.js is tree-shaken: charts register only the parts they use (src/charts/register.ts).
    files: ['src/**/*.ts', 'slides/**/*.ts'],
    rules: {
      'no-eval': 'error',
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
          property,
          message: 'Text reaches the DOM through textContent (or built elements), never as HTML.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'chart.js/auto', message: 'Import and register only what is used.' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[property.name=/^write(ln)?$/]:matches([object.name='document'], [object.property.name='document'])",
          message: 'document.write parses HTML; build elements and set textContent.',
        },
        {
          selector: "Identifier[name='DOMParser']",
          message: 'DOMParser turns strings into markup; build elements and set textContent.',
        },
        {
          selector: "ImportExpression[source.value='chart.js/auto']",
          message: 'Import and register only what is used.',
        },
      ],
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
