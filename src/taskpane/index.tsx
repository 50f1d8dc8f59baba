/** Task-pane entry: find the host (WPS at once, Excel once Office is ready; startup.ts), then render the pane. */
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { startUp } from "./startup";

startUp(({ actions, unsupported }) => {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App actions={actions} unsupported={unsupported} />);
});
