#!/usr/bin/env node
// `npm run harness [-- --port N]`: builds the task pane with the Excel test double
// (webpack.harness.config.js) and serves it on http://127.0.0.1:N/taskpane.html until stopped.
// `--port 0` picks a free port; the URL is printed as the line "HARNESS_URL <url>".
const path = require("path");
const webpack = require("webpack");
const { serveFolder } = require("./serve");

const DEFAULT_PORT = 3100;

function portFromArgs(args) {
  const i = args.indexOf("--port");
  if (i < 0) return DEFAULT_PORT;
  const port = Number(args[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port needs a port number from 0 to 65535, got "${args[i + 1] ?? ""}"`);
  }
  return port;
}

async function build() {
  const config = await require("../webpack.harness.config.js")();
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(config.output.path);
    });
  });
}

async function main() {
  const port = portFromArgs(process.argv.slice(2));
  const started = Date.now();
  const folder = await build();
  console.log(
    `Built ${path.relative(process.cwd(), folder)} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  const server = await serveFolder(folder, port);
  console.log(`HARNESS_URL ${server.url}taskpane.html`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
