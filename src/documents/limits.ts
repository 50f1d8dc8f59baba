/**
 * Sizes no report file comes near: larger files are refused unread (hostile inputs are answered within 10 s and
 * 1 GB). A module of its own: the task pane checks a chosen file's size before reading it, in its first load.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** A published report's text is well under 1 MB; reading text costs far more per byte than a workbook. */
export const MAX_TEXT_BYTES = 4 * 1024 * 1024;

const mb = (n: number) => Math.ceil(n / (1024 * 1024));

export function fileTooLarge(size: number): string {
  return `文件过大（${mb(size)} MB，上限 ${mb(MAX_INPUT_BYTES)} MB），未读取`;
}

export function textTooLarge(size: number): string {
  return (
    `文本过大（${mb(size)} MB，上限 ${mb(MAX_TEXT_BYTES)} MB），未读取：` +
    "年度报告的文本通常不到 1 MB，请确认是否选错了文件"
  );
}
