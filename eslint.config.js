import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Which layer may import which (ARCHITECTURE.md): data flows one way, and only extension/ and
// entrypoints/ touch browser APIs.
const layerRules = {
  engine: ['knowledge', 'page', 'components', 'extension', 'entrypoints', 'cli'],
  knowledge: ['page', 'components', 'extension', 'entrypoints', 'cli'],
  page: ['knowledge', 'components', 'extension', 'entrypoints', 'cli'],
  components: ['knowledge', 'page', 'extension', 'entrypoints', 'cli'],
  extension: ['entrypoints', 'cli'],
  cli: ['extension', 'entrypoints'],
};

const layerConfigs = Object.entries(layerRules).map(([layer, forbidden]) => ({
  files: [`${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((other) => ({
            group: [`**/${other}/*`, `~/${other}/*`, `@/${other}/*`],
            message: `${layer}/ may not import ${other}/ (see ARCHITECTURE.md).`,
          })),
          ...(['engine', 'knowledge', 'page', 'components', 'cli'].includes(layer)
            ? [
                {
                  group: ['wxt/browser', 'webextension-polyfill', '#imports', 'wxt/utils/*'],
                  message: `${layer}/ may not use browser APIs.`,
                },
              ]
            : []),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'public/store/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layerConfigs,
);
