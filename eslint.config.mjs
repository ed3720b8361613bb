// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pure core must not depend on the bot platform or the web server, so that
// moving from botbuilder to the Microsoft 365 Agents SDK touches only the glue.
const platformImports = {
  patterns: [
    { group: ['botbuilder', 'botbuilder-*', 'botframework-*', 'restify', 'restify-*'], message: 'src/core is platform-free: keep botbuilder and restify in src/bot, src/server or dialogs/.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'public/vendor/**', '.ci/**', 'scripts/_*.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', platformImports] },
  },
  {
    // The package's index also loads its prompts and Recognizers-Text: heap we never use (src/tuning/botbuilderDialogs.ts).
    files: ['src/**/*.ts', 'dialogs/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'botbuilder-dialogs', allowTypeImports: true, message: 'import dialog classes from src/tuning/botbuilderDialogs.ts (without the prompts).' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/no-unsafe-member-access': 'off' },
  },
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
