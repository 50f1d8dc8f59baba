/** The Excel enums the add-in uses, with the values Office.js gives them. */
export const excelEnums = {
  ConditionalFormatType: { custom: "Custom" },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
  },
  BorderLineStyle: { none: "None", continuous: "Continuous" },
  BorderWeight: { thin: "Thin", medium: "Medium", thick: "Thick" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
} as const;
