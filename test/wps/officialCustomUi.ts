/**
 * Microsoft's customUI.xsd as libxml2 (xmllint-wasm) can compile it. The official file declares some attributes
 * twice in a derived type (CT_ButtonRegular extends CT_Control, which already has AG_Enabled and AG_Image, and adds
 * them again); .NET's validator tolerates that, libxml2 refuses the schema ("Duplicate attribute use"). Dropping the
 * second declaration of each such attribute, which names the same attribute with the same type, leaves what the
 * schema accepts unchanged.
 */
import * as fs from "fs";
import * as path from "path";

type Validate = (typeof import("xmllint-wasm"))["validateXML"];

const DUPLICATE = /complex type '(\w+)': Duplicate attribute use '(\w+)'/;

export async function validateAgainst(validateXML: Validate, xml: string, xsd: string, xsdName: string) {
  return validateXML({
    xml: [{ fileName: "ribbon.xml", contents: xml }],
    schema: [{ fileName: xsdName, contents: xsd }],
  });
}

/** The official schema's text, with each attribute a derived type declares again removed from that type. */
export async function compilableOfficialCustomUi(file: string): Promise<string> {
  const { validateXML } = await import("xmllint-wasm");
  const probe = `<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui"/>`;
  let xsd = fs.readFileSync(file, "utf8");
  for (let round = 0; round < 10; round++) {
    let duplicates: Array<[string, string]>;
    try {
      await validateAgainst(validateXML, probe, xsd, path.basename(file));
      return xsd;
    } catch (error) {
      duplicates = String(error)
        .split("\n")
        .map((line) => DUPLICATE.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1], m[2]]);
      if (duplicates.length === 0) throw error;
    }
    for (const [type, attribute] of duplicates) xsd = dropRedeclared(xsd, type, attribute);
  }
  throw new Error(`${file}: duplicate attributes remain after 10 rounds`);
}

function dropRedeclared(xsd: string, type: string, attribute: string): string {
  const typeBlock = new RegExp(`<xsd:complexType name="${type}"[\\s\\S]*?</xsd:complexType>`).exec(xsd);
  if (!typeBlock) throw new Error(`complexType ${type} not found`);
  const extension = /<xsd:extension[\s\S]*?<\/xsd:extension>/.exec(typeBlock[0]);
  if (!extension) throw new Error(`${type} is not an extension`);
  let body = extension[0];
  const direct = new RegExp(`<xsd:attribute name="${attribute}"[^>]*?(?:/>|>[\\s\\S]*?</xsd:attribute>)`);
  if (direct.test(body)) {
    body = body.replace(direct, "");
  } else {
    const groupRef = [...body.matchAll(/<xsd:attributeGroup ref="(\w+)"\s*\/>/g)].find(([, group]) =>
      new RegExp(`<xsd:attribute name="${attribute}"`).test(attributeGroupBody(xsd, group)),
    );
    if (!groupRef) throw new Error(`${type}: no declaration of ${attribute} found`);
    body = body.replace(groupRef[0], attributeGroupBody(xsd, groupRef[1]).replace(direct, ""));
  }
  const newType = typeBlock[0].replace(extension[0], body);
  return xsd.replace(typeBlock[0], newType);
}

function attributeGroupBody(xsd: string, group: string): string {
  const block = new RegExp(`<xsd:attributeGroup name="${group}">([\\s\\S]*?)</xsd:attributeGroup>`).exec(xsd);
  if (!block) throw new Error(`attributeGroup ${group} not found`);
  return block[1].replace(/<xsd:annotation>[\s\S]*?<\/xsd:annotation>/, "");
}
