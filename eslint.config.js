// ESLint flat config: typescript-eslint strict rules, the Office add-in rules, and the layer rules
// that keep src/core pure (no Office, Node, React or adapter imports).
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const prettierConfig = require("eslint-config-prettier");

const officePlugin = officeAddins.default ?? officeAddins;

/** Imports a lower layer may not make: UI, Node and the .xlsx libraries. */
const UI_AND_NODE = ["react", "react-*", "@fluentui/*", "exceljs", "jszip", "fs", "node:*", "path"];
/** The layers above the adapters (and the Node file adapter, which the add-in never loads). */
const ABOVE_ADAPTERS = ["**/file/**", "**/workflow/**", "**/taskpane/**", "**/commands/**", "**/cli/**"];

/** A layer rule: files matching `files` may not import `banned`. */
function layer(files, banned, message) {
  return {
    files,
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: banned, message }] }] },
  };
}

module.exports = tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-bench/**",
      "node_modules/**",
      "coverage/**",
      "demo-output/**",
      "test/fixtures/**",
      "bin/**",
    ],
  },
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
  layer(
    ["src/core/**/*.ts"],
    [
      ...UI_AND_NODE,
      "os",
      "child_process",
      "commander",
      "fflate",
      "**/excel/**",
      "**/xlsx/**",
      ...ABOVE_ADAPTERS,
    ],
    "src/core is pure TypeScript: no Office, Node, React or adapter imports.",
  ),
  layer(
    ["src/xlsx/**/*.ts"],
    [...UI_AND_NODE, "os", "child_process", "commander", "**/excel/**", ...ABOVE_ADAPTERS],
    "src/xlsx is the portable .xlsx reader (Node and the task pane): only src/core and fflate.",
  ),
  layer(
    ["src/excel/**/*.ts", "src/workflow/**/*.ts"],
    [...UI_AND_NODE, ...ABOVE_ADAPTERS],
    "src/excel and src/workflow run in the add-in: no UI, Node or file-adapter imports.",
  ),
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
