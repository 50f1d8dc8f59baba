import { formatValue } from "./numberFormat";

describe("display text under the number formats the add-in writes", () => {
  test.each([
    [0.1234, "0.0%", "12.3%"],
    [-0.195, "0.0%", "-19.5%"],
    [2.2273, "0%", "223%"],
    [0.00125, "0.00%", "0.13%"],
    [15.5, "0.00##", "15.50"],
    [1234567, "#,##0", "1,234,567"],
    [42, "General", "42"],
  ])("%p as %s shows %s", (value, format, shown) => {
    expect(formatValue(value, format)).toBe(shown);
  });

  test("text and blanks are shown as they are, whatever the format", () => {
    expect(formatValue("—", "0.0%")).toBe("—");
    expect(formatValue(null, "0.0%")).toBe("");
  });
});
