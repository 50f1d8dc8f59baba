/*
 * WPS 加载项入口脚本（index.html 载入）：ribbon.xml 按钮的回调。
 * 「年报表格」按钮用 Application.CreateTaskPane(网址) 打开任务窗格，窗格 ID 存入 Application.PluginStorage
 * （同一加载项的页面共享），再次点击时显示或隐藏同一窗格。
 * ES5 写成，不经打包：WPS 各版本的内置浏览器都能直接运行。类型按 et-jsapi-declare 检查（tsconfig.wpsaddin.json，JSDoc 注解）。
 */
/* exported OnAddinLoad, OnAction, GetImage */
var TASK_PANE_ID_KEY = "disclosure_tables_task_pane_id";
var TASK_PANE_PAGE = "taskpane.html";
var BUTTON_ID = "btnDisclosureTables";
var DOCK_RIGHT = 2;

/** @typedef {WPSMergedRoot} WpsApplication WPS's Application (type-checked against et-jsapi-declare). */
/** @typedef {{ Id: string } | null | undefined} RibbonControl */

/** @returns {WpsApplication | null} */
function wpsApplication() {
  if (typeof window !== "undefined" && window.Application) return window.Application;
  // Older builds: wps.EtApplication() (a method there, though the typings describe a property).
  var etApplication = typeof wps !== "undefined" && wps ? /** @type {unknown} */ (wps.EtApplication) : undefined;
  if (typeof etApplication === "function") return /** @type {WpsApplication} */ (etApplication.call(wps));
  return null;
}

/** Directory of this page (the add-in folder), without the trailing slash. */
function addinBaseUrl() {
  var href = decodeURI(String(document.location.href)).split("#")[0].split("?")[0];
  var slash = href.lastIndexOf("/");
  return slash >= 0 ? href.substring(0, slash) : href;
}

/** @param {WpsApplication} app */
function storedPane(app) {
  // Passed back as PluginStorage gives it, as WPS's own template does (the typings say string there, number here).
  var id = /** @type {number | string | null | undefined} */ (app.PluginStorage.getItem(TASK_PANE_ID_KEY));
  if (id === null || id === undefined || id === "") return null;
  try {
    return app.GetTaskPane(/** @type {number} */ (id));
  } catch (e) {
    // The pane was closed for good (or WPS restarted its pages): make a new one.
    return null;
  }
}

/** @param {WpsApplication} app */
function showTaskPane(app) {
  var pane = storedPane(app);
  if (pane) {
    pane.Visible = !pane.Visible;
    return pane;
  }
  pane = app.CreateTaskPane(addinBaseUrl() + "/" + TASK_PANE_PAGE);
  app.PluginStorage.setItem(TASK_PANE_ID_KEY, pane.ID);
  try {
    pane.DockPosition = DOCK_RIGHT;
  } catch (e) {
    // Some builds fix the dock position; the pane still opens.
  }
  pane.Visible = true;
  return pane;
}

function OnAddinLoad() {
  return true;
}

/** @param {RibbonControl} control */
function OnAction(control) {
  var app = wpsApplication();
  if (!app) return false;
  if (control && control.Id === BUTTON_ID) {
    showTaskPane(app);
    return true;
  }
  return false;
}

/** @param {RibbonControl} control */
function GetImage(control) {
  return control && control.Id === BUTTON_ID ? "assets/icon-32.png" : "";
}
