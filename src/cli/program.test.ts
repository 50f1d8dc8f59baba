/** The command line's parser (issue 9 item 7): commander for every command, --help for each, --version, "--". */
import { readFileSync } from "fs";
import * as path from "path";
import { COMMANDS } from "./commands";
import { main } from "./main";

let stdout: string;
let stderr: string;

beforeEach(() => {
  stdout = "";
  stderr = "";
  jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  jest.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});

afterEach(() => jest.restoreAllMocks());

const packageVersion = (
  JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }
).version;

test("--version prints the package's version, exit 0", async () => {
  expect(await main(["--version"])).toBe(0);
  expect(stdout.trim()).toBe(packageVersion);
});

test("--help lists every command, in Chinese", async () => {
  expect(await main(["--help"])).toBe(0);
  for (const name of ["template", "check", "new-year", "rollup"]) expect(stdout).toContain(name);
  expect(stdout).toContain("命令：");
  expect(stderr).toBe("");
});

test.each(COMMANDS.map((c) => [c.name]))("%s --help: its usage and every option, exit 0", async (name) => {
  expect(await main([name, "--help"])).toBe(0);
  expect(stdout).toContain("用法：");
  expect(stdout).toContain("选项：");
  const spec = COMMANDS.find((c) => c.name === name)!;
  for (const option of spec.options.filter((o) => !o.hidden)) {
    expect(stdout).toContain(option.flags.replace(/ <.*$/, ""));
  }
  expect(stdout).not.toContain("--part <");
  expect(stderr).toBe("");
});

test("help COMMAND is the same as COMMAND --help", async () => {
  expect(await main(["help", "rollup"])).toBe(0);
  expect(stdout).toContain("--unit");
});

test("after --, an argument that looks like an option is a file name", async () => {
  expect(await main(["check", "--", "-没有的文件.txt"])).toBe(2);
  expect(stderr).toContain("-没有的文件.txt：文件不存在");
  expect(stderr).not.toContain("未知选项");
});

test.each([
  [["template", "--year=", "--unit", "甲乡", "-o", "x.xlsx"], /选项 --year 需要一个值/],
  [["rollup", "a", "--unit"], /选项 --unit 需要一个值/],
  [["new-year", "a.xlsx", "-o"], /选项 --output 需要一个值/],
  [["template", "--year", "2024", "--unit", "甲乡", "-o", "x.xlsx", "多余"], /多余的参数“多余”/],
  [["check", "a.xlsx", "--jsn"], /未知选项“--jsn”/],
  [["chek"], /未知命令“chek”/],
])("%j: exit 2, a Chinese message and the usage on stderr", async (args, message) => {
  expect(await main(args)).toBe(2);
  expect(stderr).toMatch(message);
  expect(stderr).toContain("用法");
  expect(stderr).not.toMatch(/error:|unknown|Usage/);
});
