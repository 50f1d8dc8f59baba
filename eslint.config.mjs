import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["@typescript-eslint"]).plugins[
  "@typescript-eslint"
];

const prettierPlugin = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins.prettier).plugins.prettier;

const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

/** What Node gives a CommonJS script (the build, bench and packaging scripts, the CLI's launcher). */
const nodeGlobals = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "process",
    "console",
    "Buffer",
    "URL",
    "URLSearchParams",
    "TextDecoder",
    "TextEncoder",
    "AbortController",
    "fetch",
    "performance",
    "structuredClone",
    "queueMicrotask",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "setImmediate",
    "clearImmediate",
    "globalThis",
  ].map((name) => [name, "readonly"]),
);

const prettierRule = { "prettier/prettier": ["error", { endOfLine: "auto" }] };

export default [
  { ignores: ["dist/**", "dist-wps/**", "lib/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin, prettier: prettierPlugin },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      ...officeRules,
      "no-undef": "off",
      "no-unused-vars": "off",
      "no-redeclare": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      ...prettierRule,
    },
  },
  {
    files: ["scripts/**/*.js", "bin/**/*.js", "*.config.js"],
    plugins: { prettier: prettierPlugin },
    languageOptions: { ecmaVersion: "latest", sourceType: "commonjs", globals: nodeGlobals },
    rules: {
      ...prettierRule,
      "@typescript-eslint/no-unused-vars": "off",
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    files: ["eslint.config.mjs"],
    languageOptions: { ecmaVersion: "latest", sourceType: "module" },
  },
  {
    // The WPS add-in's entry script runs unbundled in every WPS build's browser: ES5, a plain script whose
    // top-level functions are the ribbon's callbacks (named in its /* exported */ comment).
    files: ["src/wpsaddin/main.js"],
    plugins: { prettier: prettierPlugin },
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      parserOptions: { ecmaFeatures: { jsx: false } },
      globals: { window: "readonly", document: "readonly", wps: "readonly" },
    },
    rules: {
      ...prettierRule,
      "@typescript-eslint/no-unused-vars": "off",
      // ES5 has no catch without a binding.
      "no-unused-vars": ["error", { caughtErrors: "none" }],
    },
  },
];
