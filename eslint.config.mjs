import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const tsPlugin = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["@typescript-eslint"]).plugins["@typescript-eslint"];

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
      "prettier/prettier": ["error", { endOfLine: "auto" }],
    },
  },
];
