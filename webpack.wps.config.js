/**
 * npm run build:wps — the WPS 加载项 (WPS 表格's JavaScript add-in) in dist-wps/:
 *   <name>_<version>/    the add-in folder WPS loads: ribbon.xml (年报表格 button), index.html + main.js (its
 *                        callbacks; main.js opens the task pane with Application.CreateTaskPane), taskpane.html +
 *                        taskpane.js (the production task pane, without office.js), assets/ (icons)
 *   publish.xml          goes with the folder into the user's jsaddons folder (offline install)
 *   jsplugins.xml        for oem.ini's JSPluginsServer: the folder served from WPS_ADDIN_URL
 *   jsplugins-7z.xml     the same with the .7z of the folder (make it with: 7z a <name>_<version>.7z <name>_<version>)
 *   install.sh           installs the folder for the current user on Linux (UOS, Kylin): jsaddons + publish.xml
 * WPS embeds older Chromium builds: everything in the task pane, node_modules included, is compiled down to
 * ES2019 syntax (the pane's floor is Chromium 67, for BigInt), and src/wpsaddin/polyfills.ts fills in the newer
 * built-ins (crypto.randomUUID …).
 *
 *   npm run build:wps                                          served from http://127.0.0.1:3889/
 *   WPS_ADDIN_URL=http://intranet.example/wps/ npm run build:wps
 */
"use strict";
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { CopyAssetsPlugin, GuardTaskpanePlugin, TASKPANE_GZIP_BUDGET } = require("./webpack.config");
const { addinFolderName, publishXml, jspluginsXml, jspluginsOfflineXml } = require("./scripts/wps-package");

/** Syntax level of the WPS task pane (TypeScript target): ES2019 runs on Chromium 67, the pane's floor (BigInt). */
const WPS_SYNTAX = "ES2019";
const DEFAULT_URL = "http://127.0.0.1:3889/";
/**
 * The Excel pane's budget plus what compiling the same code down and the polyfills cost (2.5 KB gzip measured:
 * Excel 147.0 KB, WPS 149.5 KB), so that the WPS build does not fail before the Excel one; it loads from the
 * desk's disk or the intranet.
 */
const WPS_TASKPANE_GZIP_BUDGET = TASKPANE_GZIP_BUDGET + 5 * 1024;
const ADDIN_SOURCES = ["ribbon.xml", "index.html", "main.js"];

/** Copies the add-in's own files (not bundled) into its folder and writes the deployment lists beside it. */
class WpsAddinFilesPlugin {
  constructor({ folder, name, version, baseUrl }) {
    Object.assign(this, { folder, name, version, baseUrl });
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("WpsAddinFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "WpsAddinFilesPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const file of ADDIN_SOURCES) {
            const source = path.resolve(__dirname, "src", "wpsaddin", file);
            compilation.fileDependencies.add(source);
            // As written: main.js is hand-written ES5 for every WPS build (no minifier rewriting it).
            compilation.emitAsset(`${this.folder}/${file}`, new RawSource(fs.readFileSync(source)), {
              minimized: true,
            });
          }
          const info = { name: this.name, version: this.version, baseUrl: this.baseUrl };
          compilation.emitAsset("publish.xml", new RawSource(publishXml(info)));
          compilation.emitAsset("jsplugins.xml", new RawSource(jspluginsXml(info)));
          compilation.emitAsset("jsplugins-7z.xml", new RawSource(jspluginsOfflineXml(info)));
          const installer = path.resolve(__dirname, "scripts", "wps-install.sh");
          compilation.fileDependencies.add(installer);
          compilation.emitAsset("install.sh", new RawSource(fs.readFileSync(installer)));
        },
      );
    });
  }
}

function tsLoader(compilerOptions) {
  return {
    loader: "ts-loader",
    options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions },
  };
}

module.exports = (env = {}) => {
  const pkg = require("./package.json");
  const folder = addinFolderName(pkg.name, pkg.version);
  const baseUrl = env.url || process.env.WPS_ADDIN_URL || DEFAULT_URL;
  return {
    mode: "production",
    devtool: false,
    target: ["web", WPS_SYNTAX.toLowerCase()],
    entry: { taskpane: "./src/wpsaddin/taskpane.ts" },
    output: {
      path: path.resolve(__dirname, env.out || "dist-wps"),
      filename: `${folder}/[name].js`,
      // Files loaded on use (pdfjs's worker for 导入报告) belong in the add-in's folder too.
      assetModuleFilename: `${folder}/[hash][ext]`,
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: tsLoader({ target: WPS_SYNTAX }) },
        {
          // Libraries ship newer syntax (?., ??, class fields, object spread …): compile them down too.
          test: /\.[cm]?js$/,
          include: /node_modules/,
          use: tsLoader({ target: WPS_SYNTAX, allowJs: true, checkJs: false }),
        },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    stats: "errors-warnings",
    plugins: [
      new HtmlWebpackPlugin({
        filename: `${folder}/taskpane.html`,
        template: "./src/wpsaddin/taskpane.html",
        chunks: ["taskpane"],
        // taskpane.html names taskpane.js itself, after its check for a too old browser.
        inject: false,
      }),
      new CopyAssetsPlugin({ prefix: `${folder}/` }),
      new WpsAddinFilesPlugin({ folder, name: pkg.name, version: pkg.version, baseUrl }),
      new GuardTaskpanePlugin({ production: true, budget: WPS_TASKPANE_GZIP_BUDGET }),
    ],
  };
};
