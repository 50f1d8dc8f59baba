/**
 * The project's CustomUI subset (test/wps/customui-subset.xsd) against Microsoft's customUI.xsd: on ribbons made
 * from the elements the subset defines, both accept and reject the same ones. Each case carries the official
 * schema's verdict; where ../shared/customui-xsd/customUI.xsd holds Microsoft's file the verdicts are checked
 * against it too (public copy: github.com/fernandreu/office-ribbonx-editor,
 * src/OfficeRibbonXEditor/Resources/Schemas/customUI.xsd).
 */
import * as fs from "fs";
import * as path from "path";
import { sharedPath } from "../shared";
import { compilableOfficialCustomUi, validateAgainst } from "./officialCustomUi";

jest.setTimeout(60_000);

const SUBSET_XSD = path.join(__dirname, "customui-subset.xsd");
const OFFICIAL_XSD = sharedPath("customui-xsd", "customUI.xsd");
const NS = "http://schemas.microsoft.com/office/2006/01/customui";

async function isValid(xml: string, xsd: string): Promise<boolean> {
  const { validateXML } = await import("xmllint-wasm");
  return (await validateAgainst(validateXML, xml, xsd, "customUI.xsd")).valid;
}

const subset = fs.readFileSync(SUBSET_XSD, "utf8");

function ui(ribbon: string, customUiAttributes = ' onLoad="OnAddinLoad"'): string {
  return `<customUI xmlns="${NS}"${customUiAttributes}>${ribbon}</customUI>`;
}

function tab(groups: string, tabAttributes = 'id="t" label="政务公开"'): string {
  return `<ribbon><tabs><tab ${tabAttributes}>${groups}</tab></tabs></ribbon>`;
}

function group(buttons: string, groupAttributes = 'id="g" label="年度报告"'): string {
  return tab(`<group ${groupAttributes}>${buttons}</group>`);
}

function button(attributes: string): string {
  return group(`<button ${attributes}/>`);
}

type Case = [what: string, ribbonXml: string, officialAccepts: boolean];

/** Ribbons built only from what the subset defines: the subset must give the official verdict. */
const agreeing: Case[] = [
  [
    "the add-in's own ribbon",
    fs.readFileSync(path.join(__dirname, "..", "..", "src", "wpsaddin", "ribbon.xml"), "utf8"),
    true,
  ],
  ["customUI with nothing inside", ui(""), true],
  ["a ribbon without tabs", ui('<ribbon startFromScratch="true"/>'), true],
  ["an empty tab and an empty group", ui(tab('<group id="g"/>')), true],
  ["two tabs", ui('<ribbon><tabs><tab id="a"/><tab idMso="TabHome"/></tabs></ribbon>'), true],
  [
    "a button with every attribute it may carry",
    ui(
      button(
        'id="b" tag="t" label="年报表格" getLabel="L" visible="true" getVisible="V" enabled="false" getEnabled="E" ' +
          'keytip=" NB " getKeytip="K" screentip="s" getScreentip="S" supertip="p" getSupertip="P" image="a.png" ' +
          'imageMso="FileSave" getImage="I" size="normal" getSize="Z" showLabel="1" getShowLabel="SL" ' +
          'showImage="0" getShowImage="SI" description="d" getDescription="D" onAction="A" insertAfterMso="FileSave"',
      ),
    ),
    true,
  ],
  ["a qualified id", ui(button('idQ="x:b" label="b"'), ` xmlns:x="urn:x" onLoad="OnAddinLoad"`), true],
  [
    "a group and a tab placed by insertBeforeMso/insertAfterQ",
    ui(tab('<group id="g" insertBeforeMso="GroupFont"/>', 'id="t" insertAfterQ="TabHome"')),
    true,
  ],
  ["a description of 4096 characters", ui(button(`id="b" description="${"说".repeat(4096)}"`)), true],
  ["a label of 1024 characters", ui(button(`id="b" label="${"表".repeat(1024)}"`)), true],
  ["1000 buttons in a group", ui(group(Array.from({ length: 1000 }, (_, i) => `<button id="b${i}"/>`).join(""))), true],

  ["an attribute the schema does not define", ui(button('id="b" colour="red"')), false],
  ["a size outside normal/large", ui(button('id="b" size="huge"')), false],
  ["a button outside a group", ui(tab('<button id="b"/>')), false],
  ["a tab directly in the ribbon", ui('<ribbon><tab id="t"/></ribbon>'), false],
  ["tabs without a tab", ui("<ribbon><tabs/></ribbon>"), false],
  ["two ribbons", ui("<ribbon/><ribbon/>"), false],
  ["an id that is not a name", ui(button('id="1 button"')), false],
  ["the same id twice", ui(group('<button id="b"/><button id="b"/>')), false],
  ["an empty label", ui(button('id="b" label=""')), false],
  ["an empty callback name", ui(button('id="b" onAction=""')), false],
  ["an empty onLoad", ui("", ' onLoad=""'), false],
  ["a keytip of four characters", ui(button('id="b" keytip="ABCD"')), false],
  ["enabled that is not a boolean", ui(button('id="b" enabled="yes"')), false],
  ["a label of 1025 characters", ui(button(`id="b" label="${"表".repeat(1025)}"`)), false],
  ["a description of 4097 characters", ui(button(`id="b" description="${"说".repeat(4097)}"`)), false],
  ["an idMso that is not a name", ui(button('idMso="File Save"')), false],
  [
    "1001 buttons in a group",
    ui(group(Array.from({ length: 1001 }, (_, i) => `<button id="b${i}"/>`).join(""))),
    false,
  ],
  ["another namespace", ui("").replace("2006/01/customui", "2009/07/customui"), false],
  ["an unknown element", ui('<ribbon><toolbar id="x"/></ribbon>'), false],
];

/** Parts of the official schema the subset leaves out on purpose: it rejects them, the official schema does not. */
const outsideSubset: Case[] = [
  ["a separator between buttons", ui(group('<button id="a"/><separator id="s"/><button id="b"/>')), true],
  ["a menu control", ui(group('<menu id="m"><button id="a"/></menu>')), true],
  ["repurposed commands", ui('<commands><command idMso="FileSave" onAction="A"/></commands>'), true],
];

describe("the CustomUI subset schema", () => {
  it.each(agreeing)("gives the official verdict on %s", async (_what, xml, officialAccepts) => {
    expect(await isValid(xml, subset)).toBe(officialAccepts);
  });

  it.each(outsideSubset)("rejects %s, which it does not define", async (_what, xml) => {
    expect(await isValid(xml, subset)).toBe(false);
  });

  it("has verdicts that Microsoft's customUI.xsd gives, where ../shared/customui-xsd holds it", async () => {
    if (!fs.existsSync(OFFICIAL_XSD)) {
      console.warn(`未找到 ${OFFICIAL_XSD}：子集与官方 CustomUI 架构的对照未运行`);
      return;
    }
    const official = await compilableOfficialCustomUi(OFFICIAL_XSD);
    const verdicts: Array<[string, boolean]> = [];
    for (const [what, xml] of [...agreeing, ...outsideSubset]) verdicts.push([what, await isValid(xml, official)]);
    expect(verdicts).toEqual([...agreeing, ...outsideSubset].map(([what, , accepts]) => [what, accepts]));
  });
});
