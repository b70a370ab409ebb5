// The browser harness: the real task pane bundle with the Excel test double in place of Excel, built
// to dist/taskpane-harness/ (office.js from node_modules). `npm run harness` builds and serves it.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const addinConfig = require("./webpack.config.js");

module.exports = async () => {
  const base = await addinConfig({ harness: true }, { mode: "development" });
  return {
    ...base,
    entry: { taskpane: "./test/e2e/support/harnessEntry.ts" },
    output: { ...base.output, path: path.resolve(__dirname, "dist", "taskpane-harness") },
    // Only the task pane page: the ribbon commands and their message dialog have no place outside Excel.
    plugins: base.plugins.filter(
      (plugin) =>
        !(
          plugin instanceof HtmlWebpackPlugin &&
          ["commands.html", "message.html"].includes(plugin.userOptions.filename)
        ),
    ),
    devtool: false,
  };
};
