/** The task pane as built for WPS (npm run build:wps): the missing built-ins first, then the same pane as in Excel. */
import "./polyfills";
import "../taskpane/index";
