export { exceljsHost } from "./exceljsHost";
export { openXlsx, loadXlsx, saveXlsx, newWorkbook } from "./files";
