/** A step the offline file's post-passes share (`font-blocks.ts`, `engine-block.ts`). */

/**
 * Puts `blocks` at the end of the file's `<body>`: before the last `</body>`, since the inlined
 * scripts may hold that string in a literal. Throws if there is none.
 */
export function appendToBody(html: string, blocks: string): string {
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error('The single file has no </body>.');
  return `${html.slice(0, end)}${blocks}\n${html.slice(end)}`;
}
