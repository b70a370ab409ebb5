// Unit and integration tests; ts-jest compiles with isolatedModules (type checking is `npm run typecheck`).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  testTimeout: 60000,
  // Browser APIs jsdom lacks (TextEncoder/TextDecoder); a no-op under the node environment.
  setupFiles: ["<rootDir>/test/support/browserGlobals.ts"],
};
