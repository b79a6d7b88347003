import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import path from 'node:path'

// Folders that must stay free of React and the DOM (see docs/adr/001-architecture.md).
const PURE = [
  'src/model/**',
  'src/analysis/**',
  'src/layout/**',
  'src/state/**',
  'src/import/**',
  'src/share/**',
  'src/export/**',
]

/**
 * The folders of src/analysis/ in layers (see its CONTEXT.md): a module may import its own folder and folders of
 * lower layers only, so dependencies point one way (lexicon <- text <- passes <- attribution <- events <-
 * annotate.ts <- eval). Folders of one layer do not import each other. `fixtures/` is data and tests may read any
 * layer (they test through the pipeline); import cycles are caught by src/import-graph.test.ts.
 */
const ANALYSIS_LAYERS = {
  lexicon: 0,
  text: 1,
  speakers: 2,
  numbers: 2,
  sources: 2,
  time: 2,
  attribution: 3,
  events: 4,
  '': 5,
  eval: 6,
}

/** The folder of src/analysis/ that holds `file` ('' for the root), or null outside src/analysis/. */
function analysisFolder(file) {
  const at = file.replaceAll('\\', '/').lastIndexOf('/src/analysis/')
  if (at < 0) return null
  const rest = file
    .replaceAll('\\', '/')
    .slice(at + '/src/analysis/'.length)
    .split('/')
  return rest.length === 1 ? '' : rest[0]
}

const layersRule = {
  meta: { type: 'problem', schema: [], messages: { up: '{{from}} must not import {{to}}: {{why}}' } },
  create(context) {
    const file = context.filename
    const from = analysisFolder(file)
    if (from === null || from === 'fixtures' || /\.test\.tsx?$/.test(file)) return {}
    const check = (node) => {
      const spec = node.source?.value
      if (typeof spec !== 'string' || !spec.startsWith('.')) return
      const target = path.resolve(path.dirname(file), spec)
      const to = analysisFolder(target)
      if (to === null || to === from || to === 'fixtures') return
      const a = ANALYSIS_LAYERS[from]
      const b = ANALYSIS_LAYERS[to]
      const name = (f) => (f === '' ? 'src/analysis/' : `src/analysis/${f}/`)
      const why =
        a === undefined || b === undefined
          ? 'add the folder to ANALYSIS_LAYERS in eslint.config.js'
          : b === a
            ? 'folders of one layer stay apart'
            : b > a
              ? 'dependencies point down the layers'
              : null
      if (why) context.report({ node, messageId: 'up', data: { from: name(from), to: name(to), why } })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'public/articles'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    files: ['src/analysis/**/*.ts'],
    plugins: { local: { rules: { layers: layersRule } } },
    rules: { 'local/layers': 'error' },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*'],
              message: 'Pure modules must not use React.',
            },
            {
              group: ['**/reader/**', '**/app/**', '**/data/**'],
              message: 'Dependencies run one way: pure <- reader <- app.',
            },
          ],
        },
      ],
    },
  },
)
