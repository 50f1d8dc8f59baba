/** Task-pane entry: once Office is ready, render the pane with the real actions. */
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { createActions } from "./actions";
import { unsupportedMessage } from "./requirements";

function mount(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App actions={createActions()} unsupported={unsupportedMessage()} />);
}

Office.onReady(() => mount());
