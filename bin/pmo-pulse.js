#!/usr/bin/env node
// Entry point for `npx pmo-pulse`: the bundled CLI (dist/cli/) is built by `npm ci` (the `prepare`
// script) or `npm run build:cli`.
"use strict";
const { runCli } = require("../dist/cli/main.js");
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
