#!/usr/bin/env node
// Builds the `pmo-pulse` CLI into dist/cli/ (run by `npm ci` as the `prepare` script, or by
// `npm run build:cli`): main.js holds the argument parsing and help, and each command is one file of
// its own (commands/validate.js, build.js, demo.js, template.js) holding everything it needs, so a run
// loads two files instead of a few hundred small compiled modules, and `--help` still loads no
// engine code. Usage: node scripts/bundleCli.js [outDir]   (outDir defaults to dist/cli)
"use strict";
const { build } = require("esbuild");
const { rmSync } = require("fs");
const { basename, dirname, join, resolve } = require("path");

const ROOT = resolve(__dirname, "..");
const CLI = join(ROOT, "src", "cli");
const COMMANDS = ["validate", "build", "demo", "template"];
/**
 * Modules of src/cli that main.js and the commands' files must share rather than each hold a copy:
 * main.ts tells a CliError thrown by a command by its class (`instanceof`).
 */
const SHARED = ["cliError"];
/** What the CLI may contain: the Node-side layers and two packages (no add-in or browser code). */
const ALLOWED = [/^src\/(core|xlsx|file|cli)\//, /^node_modules\/(commander|fflate)\//];

/**
 * A command imported by main.ts (lazily) or by another command (demo runs validate and build), and a
 * shared module, stay a require of that file: `outSub` is where the importing file is written
 * ("" for main.js, "commands" for a command's file).
 */
function ownFiles(outSub) {
  return {
    name: "own-files",
    setup(bundler) {
      bundler.onResolve({ filter: /^\.\.?\/([a-z]+\/)?[A-Za-z]+$/ }, (args) => {
        const target = resolve(args.resolveDir, args.path);
        const name = basename(target);
        const sub =
          dirname(target) === join(CLI, "commands") && COMMANDS.includes(name)
            ? "commands"
            : dirname(target) === CLI && SHARED.includes(name)
              ? ""
              : undefined;
        if (sub === undefined) return undefined;
        const up = outSub === "" ? "./" : "../";
        const path = sub === outSub ? `./${name}.js` : `${up}${sub === "" ? "" : `${sub}/`}${name}.js`;
        return { path, external: true };
      });
    },
  };
}

/** Bundles `entries` (output name → source) into `outDir/outSub`; returns each output's sources. */
async function bundle(entries, outDir, outSub) {
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outdir: join(outDir, outSub),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // A dynamic import() of a command's file becomes a require: import() would start Node's ESM
    // loader, which parses the whole CommonJS file again to find its exports.
    supported: { "dynamic-import": false },
    plugins: [ownFiles(outSub)],
    // Readable stack traces with `node --enable-source-maps`; Node reads no map otherwise.
    sourcemap: true,
    metafile: true,
    logLevel: "warning",
  });
  const strays = Object.keys(metafile.inputs).filter(
    (path) => !ALLOWED.some((allowed) => allowed.test(path)),
  );
  if (strays.length > 0) throw new Error(`the CLI bundle may not contain ${strays.join(", ")}`);
  return Object.entries(metafile.outputs)
    .filter(([path]) => path.endsWith(".js"))
    .map(([path, output]) => ({ path, sources: Object.keys(output.inputs) }));
}

async function bundleCli(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  const main = await bundle(
    {
      main: join(CLI, "main.ts"),
      ...Object.fromEntries(SHARED.map((name) => [name, join(CLI, `${name}.ts`)])),
    },
    outDir,
    "",
  );
  const commands = await bundle(
    Object.fromEntries(COMMANDS.map((name) => [name, join(CLI, "commands", `${name}.ts`)])),
    outDir,
    "commands",
  );
  // A module of ours in main.js and in a command's file would be two copies: two classes, two states.
  const inMain = new Set(main.flatMap((output) => output.sources).filter((path) => path.startsWith("src/")));
  for (const { path, sources } of commands) {
    const twice = sources.filter((source) => inMain.has(source));
    if (twice.length > 0)
      throw new Error(`${path} copies ${twice.join(", ")} from main.js: add it to SHARED`);
  }
}

bundleCli(resolve(process.argv[2] ?? join(ROOT, "dist", "cli"))).catch((error) => {
  console.error(`bundleCli: ${error.message}`);
  process.exitCode = 1;
});
