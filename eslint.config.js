// ESLint flat config: typescript-eslint strict rules, the Office add-in rules, and the layer rules
// that keep src/core pure (no Office, Node, React or adapter imports).
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const prettierConfig = require("eslint-config-prettier");

const officePlugin = officeAddins.default ?? officeAddins;

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "demo-output/**", "test/fixtures/**", "bin/**"] },
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officePlugin },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "no-console": "off",
      eqeqeq: ["error", "smart"],
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "react",
                "react-*",
                "@fluentui/*",
                "exceljs",
                "jszip",
                "fs",
                "node:*",
                "path",
                "os",
                "child_process",
                "commander",
                "**/excel/**",
                "**/file/**",
                "**/taskpane/**",
                "**/commands/**",
                "**/cli/**",
              ],
              message: "src/core is pure TypeScript: no Office, Node, React or adapter imports.",
            },
          ],
        },
      ],
    },
  },
  {
    // The Office.js adapter and the shared add-in workflow: no UI, no Node, no file adapter.
    files: ["src/excel/**/*.ts", "src/workflow/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "react",
                "react-*",
                "@fluentui/*",
                "exceljs",
                "jszip",
                "fs",
                "node:*",
                "path",
                "**/file/**",
                "**/taskpane/**",
                "**/commands/**",
                "**/cli/**",
              ],
              message: "src/excel and src/workflow run in the add-in: no UI, Node or file-adapter imports.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
