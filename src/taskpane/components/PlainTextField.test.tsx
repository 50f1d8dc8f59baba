/** @jest-environment jsdom */
import { useState } from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PlainTextField } from "./PlainTextField";

function Harness({ seen, hint }: { seen: string[]; hint?: string }) {
  const [value, setValue] = useState("");
  return (
    <FluentProvider theme={webLightTheme}>
      <PlainTextField
        label="核实理由"
        hint={hint}
        rows={3}
        value={value}
        placeholder="例如：已电话核实"
        onChange={(v) => {
          seen.push(v);
          setValue(v);
        }}
      />
    </FluentProvider>
  );
}

test("a textarea named by its label and described by its hint", () => {
  render(<Harness seen={[]} hint="写明向谁核实" />);
  const box = screen.getByRole("textbox", { name: "核实理由" });
  expect(box.tagName).toBe("TEXTAREA");
  expect(box).toHaveAttribute("rows", "3");
  expect(box).toHaveAttribute("placeholder", "例如：已电话核实");
  expect(box).toHaveAccessibleDescription("写明向谁核实");
});

test("without a hint it is described by nothing", () => {
  render(<Harness seen={[]} />);
  expect(screen.getByRole("textbox", { name: "核实理由" })).not.toHaveAttribute("aria-describedby");
});

test("what is typed, line breaks included, reaches onChange and shows in the box", async () => {
  const seen: string[] = [];
  render(<Harness seen={seen} />);
  const box = screen.getByRole("textbox", { name: "核实理由" });
  await userEvent.type(box, "甲乡{Enter}乙镇");
  expect(box).toHaveValue("甲乡\n乙镇");
  expect(seen[seen.length - 1]).toBe("甲乡\n乙镇");
});
