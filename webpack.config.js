/**
 * Builds the add-in into dist/:
 *   taskpane.html + taskpane.js   the task pane (in Excel it loads office.js from Microsoft's CDN, or with
 *                                 --env officeJs=local from office-js/ on the add-in's own origin)
 *   commands.html                 the manifest's FunctionFile
 *   preview.html + preview.js     the browser preview: preview.js installs the Excel stand-in, then the page
 *                                 loads the same taskpane.js; nothing is requested from the internet
 *   assets/                       icons
 *   office-js/                    only with --env officeJs=local (npm run build:offline): Microsoft's Office.js
 *                                 copied from the @microsoft/office-js package, for intranets that reach no
 *                                 outside site
 * Production builds fail when taskpane.js holds ExcelJS or exceeds its gzip budget (DESIGN.md).
 */
"use strict";
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const fs = require("fs");

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
/** Task-pane JavaScript, gzip, production build (DESIGN.md budgets). */
const TASKPANE_GZIP_BUDGET = 150 * 1024;

/**
 * Copies assets/*.png to dist/assets/. (Not copy-webpack-plugin: its option check loads ajv-keywords, which
 * breaks when npm's legacy-peer-deps leaves it beside ajv 6.)
 */
class CopyAssetsPlugin {
  /** @param {{ prefix?: string }} [options] folder inside the output the icons go to (default: none) */
  constructor({ prefix = "" } = {}) {
    this.prefix = prefix;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("CopyAssetsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CopyAssetsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const dir = path.resolve(__dirname, "assets");
          for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".png"))) {
            compilation.fileDependencies.add(path.join(dir, file));
            compilation.emitAsset(`${this.prefix}assets/${file}`, new RawSource(fs.readFileSync(path.join(dir, file))));
          }
        },
      );
    });
  }
}

/** Where the task pane loads office.js from: Microsoft's CDN, or (officeJs=local) the add-in's own origin. */
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL_DIR = "office-js";
const OFFICE_JS_PACKAGE = path.dirname(require.resolve("@microsoft/office-js/package.json"));

/**
 * The files of @microsoft/office-js an Excel task pane loads (office.js loads the rest from its own folder):
 * office.js, the Excel host scripts, the mapping table, telemetry, and each language's office_strings.js.
 */
function officeJsFiles() {
  const dist = path.join(OFFICE_JS_PACKAGE, "dist");
  const top = fs
    .readdirSync(dist)
    .filter((f) => /^(excel|office|o15|es6-promise|custom-functions-runtime|html2canvas)[^/]*\.js$/.test(f))
    .filter((f) => !f.endsWith(".debug.js"));
  const folders = ["telemetry", "ariatelemetry"].flatMap((dir) =>
    fs.existsSync(path.join(dist, dir))
      ? fs
          .readdirSync(path.join(dist, dir))
          .filter((f) => f.endsWith(".js") && !f.endsWith(".debug.js"))
          .map((f) => `${dir}/${f}`)
      : [],
  );
  const strings = fs
    .readdirSync(dist)
    .filter((d) => /^[a-z]{2,3}(-[a-z0-9]+)+$/.test(d) && fs.existsSync(path.join(dist, d, "office_strings.js")))
    .map((d) => `${d}/office_strings.js`);
  return { dist, files: [...top, ...folders, ...strings] };
}

/** Copies Office.js into dist/office-js/ (the no-internet build). */
class CopyOfficeJsPlugin {
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("CopyOfficeJsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CopyOfficeJsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const { dist, files } = officeJsFiles();
          for (const file of files) {
            compilation.emitAsset(
              `${OFFICE_JS_LOCAL_DIR}/${file}`,
              new RawSource(fs.readFileSync(path.join(dist, file))),
            );
          }
        },
      );
    });
  }
}

/** Fails the build when a bundle that runs in the task pane pulls in a module it must not carry. */
class GuardTaskpanePlugin {
  /** @param {{ production: boolean, budget?: number }} options budget in bytes (default: the Excel pane's) */
  constructor({ production, budget = TASKPANE_GZIP_BUDGET }) {
    this.production = production;
    this.budget = budget;
  }
  apply(compiler) {
    compiler.hooks.emit.tap("GuardTaskpanePlugin", (compilation) => {
      const forbidden = /node_modules[\\/]exceljs[\\/]|src[\\/]workbook[\\/]exceljs|src[\\/]cli[\\/]/;
      for (const chunk of compilation.chunks) {
        if (chunk.name !== "taskpane") continue;
        // Concatenated modules hide their parts: look inside them too.
        const modules = [...compilation.chunkGraph.getChunkModulesIterable(chunk)].flatMap((m) => [
          m,
          ...(m.modules || []),
        ]);
        const bad = modules.map((m) => m.resource || "").find((resource) => forbidden.test(resource));
        if (bad) compilation.errors.push(new Error(`taskpane.js must not include ExcelJS or Node-side code: ${bad}`));
      }
      const asset = compilation.getAssets().find((a) => /(^|\/)taskpane\.js$/.test(a.name));
      if (!asset) return;
      const gzip = zlib.gzipSync(asset.source.buffer(), { level: 9 }).length;
      const kb = (gzip / 1024).toFixed(1);

      const budget = `${this.budget / 1024} KB`;
      console.log(`taskpane.js: ${(asset.source.size() / 1024).toFixed(1)} KB, gzip ${kb} KB (budget ${budget})`);
      if (this.production && gzip > this.budget) {
        compilation.errors.push(new Error(`taskpane.js is ${kb} KB gzip, over the ${budget} budget`));
      }
    });
  }
}

/** The https certificates Office trusts for localhost (installed on first use; Windows and macOS). */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (err) {
    throw new Error(
      `无法安装 Office 加载项开发证书：${err.message}\n` +
        "dev-server 用于 Windows / macOS 上的 Excel；没有 Excel 时请运行 npm run preview。\n" +
        "Cannot install the Office add-in dev certificates; without Excel use npm run preview.",
    );
  }
}

const config = async (env = {}, options = {}) => {
  const production = options.mode === "production";
  const localOfficeJs = env.officeJs === "local";
  const officeJsUrl = localOfficeJs ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN;
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      // ExcelJS's browser build (package.json "browser"; loaded only when 导入报告 reads a workbook) is one prebuilt
      // bundle: parsing it for require() calls only yields warnings.
      noParse: /[\\/]node_modules[\\/]exceljs[\\/]dist[\\/]/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
      ],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    stats: "errors-warnings",
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { officeJsUrl },
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        templateParameters: { officeJsUrl },
        chunks: [],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        // The stand-in must be in place before the task pane runs: preview.js first.
        chunks: ["preview", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyAssetsPlugin(),
      ...(localOfficeJs ? [new CopyOfficeJsPlugin()] : []),
      new GuardTaskpanePlugin({ production }),
    ],
    devServer: env.WEBPACK_SERVE
      ? {
          static: { directory: path.resolve(__dirname, "dist") },
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.PORT || DEV_PORT),
          hot: false,
          client: { overlay: false },
        }
      : undefined,
  };
};

module.exports = config;
/** Shared with webpack.wps.config.js (the WPS 加载项 build). */
module.exports.CopyAssetsPlugin = CopyAssetsPlugin;
module.exports.GuardTaskpanePlugin = GuardTaskpanePlugin;
module.exports.TASKPANE_GZIP_BUDGET = TASKPANE_GZIP_BUDGET;
module.exports.officeJsFiles = officeJsFiles;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
