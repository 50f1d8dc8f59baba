/**
 * preview.js: installs a stand-in, then draws its workbook. The page loads taskpane.js after this file, so the
 * task pane finds the stand-in where it would find its host:
 *   preview.html            the Excel stand-in's Excel and Office globals (the pane runs on Office.js)
 *   preview.html?host=wps   the WPS stand-in's Application (the pane runs on WPS 表格's object model)
 */
import { createRoot } from "react-dom/client";
import { installStandin, type StandinView } from "../standin";
import { createWpsStandin } from "../standin/wps";
import { cycleFocusOnF6 } from "./focusCycle";
import { Workbook } from "./Workbook";

/** Puts WPS's Application on the page, as WPS does for an add-in's task pane. */
function installWpsStandin(): StandinView {
  const wps = createWpsStandin();
  (globalThis as { Application?: object }).Application = wps.Application;
  return wps.view;
}

const host = new URLSearchParams(window.location.search).get("host");
const view = host === "wps" ? installWpsStandin() : installStandin();
const container = document.getElementById("workbook");
if (container) createRoot(container).render(<Workbook view={view} />);
const pane = document.getElementById("container");
if (container && pane) cycleFocusOnF6(document, container, pane);
