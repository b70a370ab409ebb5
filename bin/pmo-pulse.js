#!/usr/bin/env node
// Entry point for `npx pmo-pulse`: the compiled CLI is built by `npm ci` (the `prepare` script).
"use strict";
const { runCli } = require("../dist/src/cli/main.js");
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
