// Builds the Excel add-in: task pane (React), ribbon function commands and their message dialog page,
// plus assets and manifest.
//   webpack --mode production            → dist/addin/, manifest URLs rewritten to ADDIN_BASE_URL (required)
//   webpack --mode production --env dev  → dist/addin/ for https://localhost:3000/ (trying it out; no ADDIN_BASE_URL)
//   webpack serve --mode development     → https://localhost:3000/ with office-addin-dev-certs certificates
//   webpack --mode development --env harness → dist/harness/, office.js served locally (tests outside Office)
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** The base URL every URL in manifest.xml uses during development. */
const DEV_BASE_URL = "https://localhost:3000/";
const DEV_SERVER_PORT = 3000;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Validates ADDIN_BASE_URL for a production build and returns it with a trailing slash.
 * Office only loads add-in pages over HTTPS, so anything else is refused here rather than at sideload time.
 */
function resolveAddinBaseUrl(value) {
  const example = "ADDIN_BASE_URL=https://addins.example.org/pmo-pulse/ npm run build";
  if (value === undefined || value.trim() === "") {
    throw new Error(
      `ADDIN_BASE_URL is not set. A production build needs the HTTPS address the add-in is served from, e.g. ${example}`,
    );
  }
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a valid URL: "${value}". Example: ${example}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_BASE_URL must use https:// (Office loads add-ins only over HTTPS), got "${value}"`,
    );
  }
  if (url.search !== "" || url.hash !== "") {
    throw new Error(`ADDIN_BASE_URL must not contain a query or fragment, got "${value}"`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Replaces the development base URL in manifest text; fails if a localhost URL would survive. */
function rewriteManifestUrls(manifestXml, baseUrl) {
  const rewritten = manifestXml.split(DEV_BASE_URL).join(baseUrl);
  if (/https?:\/\/localhost[:/]/.test(rewritten)) {
    throw new Error(
      `manifest.xml still points at localhost after rewriting to ${baseUrl}: use ${DEV_BASE_URL} for every URL`,
    );
  }
  return rewritten;
}

/**
 * The base URL of a production build. A missing or bad ADDIN_BASE_URL ends the build with one line
 * (the reason and the example command), not a stack trace: it is a usage error, not a crash.
 */
function productionBaseUrl(env) {
  if (env.dev) return DEV_BASE_URL;
  try {
    return resolveAddinBaseUrl(process.env.ADDIN_BASE_URL);
  } catch (error) {
    console.error(
      `Build stopped: ${error.message} (or npm run build -- --env dev to try it on https://localhost:3000/)`,
    );
    process.exit(1);
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const harness = Boolean(env.harness);
  if (production && harness) throw new Error("--env harness is a development build: drop --mode production");
  const baseUrl = production ? productionBaseUrl(env) : DEV_BASE_URL;

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    production && baseUrl !== DEV_BASE_URL
      ? { from: "manifest.xml", transform: (content) => rewriteManifestUrls(content.toString(), baseUrl) }
      : { from: "manifest.xml" },
  ];
  // The harness runs the pages in a plain browser, possibly offline, so office.js comes from node_modules.
  // Outside Office it also fetches its host mapping table from the same folder before onReady fires.
  if (harness) {
    const officeJsDir = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
    for (const file of ["office.js", "o15apptofilemappingtable.js"]) {
      copyPatterns.push({ from: path.join(officeJsDir, file), to: file });
    }
  }

  const page = (name, template) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks: [name],
      templateParameters: { officeJsUrl: harness ? "office.js" : OFFICE_JS_CDN },
    });

  return {
    mode: production ? "production" : "development",
    // Production maps are written for debugging but not linked from the bundles users download.
    devtool: production ? "hidden-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      // The dialog the function commands show their messages in (Office.context.ui.displayDialogAsync).
      message: "./src/commands/message.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist", harness ? "harness" : "addin"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; ES modules let webpack tree-shake Fluent UI.
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              compilerOptions: { noEmit: false, module: "es2020", moduleResolution: "node" },
            },
          },
        },
      ],
    },
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html"),
      page("commands", "./src/commands/commands.html"),
      page("message", "./src/commands/message.html"),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    // The task pane carries the whole engine (reader, validator, KPIs, plan) beside React and Fluent.
    performance: { maxAssetSize: 1024 * 1024, maxEntrypointSize: 1024 * 1024 },
    devServer: env.WEBPACK_SERVE
      ? {
          port: DEV_SERVER_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          // Office requires HTTPS even for localhost; office-addin-dev-certs creates and trusts a local CA.
          server: { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() },
        }
      : undefined,
  };
};

module.exports.resolveAddinBaseUrl = resolveAddinBaseUrl;
module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
