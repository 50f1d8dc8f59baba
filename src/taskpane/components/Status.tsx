import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";

export interface Outcome {
  intent: "success" | "warning" | "error" | "info";
  title: string;
  text: string;
}

interface Props {
  /** What is running (the spinner's label), or null. */
  busyLabel: string | null;
  outcome: Outcome | null;
}

/** Progress while an action runs, then its outcome; announced to screen readers. */
export function Status({ busyLabel, outcome }: Props) {
  return (
    <div aria-live="polite">
      {busyLabel !== null && <Spinner size="tiny" labelPosition="after" label={busyLabel} />}
      {busyLabel === null && outcome && (
        <MessageBar intent={outcome.intent} data-intent={outcome.intent}>
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            {outcome.text}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
