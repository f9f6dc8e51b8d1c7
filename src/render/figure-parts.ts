/** A formatted figure cut into what is set large (the number) and what is set small (around it). */
export interface FigureParts {
  readonly before: string;
  readonly number: string;
  readonly after: string;
}

/**
 * Splits "RMB 1.68 billion" into "RMB ", "1.68", " billion" and "16.8亿元" into "", "16.8", "亿元":
 * a hero figure shows its digits big and its unit and words smaller, as a keynote would. A
 * text without digits is all `before`.
 */
export function figureParts(text: string): FigureParts {
  const match = /^(.*?)(\d[\d.,\u00a0\u202f]*\d|\d)(.*)$/su.exec(text);
  if (match === null) return { before: text, number: '', after: '' };
  const [, before = '', number = '', after = ''] = match;
  return { before, number, after };
}
