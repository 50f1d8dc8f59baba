/**
 * preview.js: installs the Excel stand-in's Excel and Office globals, then draws its workbook. The page loads
 * taskpane.js after this file, so the task pane finds the stand-in where it would find Excel.
 */
import { createRoot } from "react-dom/client";
import { installStandin } from "../standin";
import { Workbook } from "./Workbook";

const view = installStandin();
const container = document.getElementById("workbook");
if (container) createRoot(container).render(<Workbook view={view} />);
