/** Bytes the offline file carries as base64 text (fonts, the chart engine). */

/** `Uint8Array` with `fromBase64` (ES2026: native, and faster than `atob` and a loop). */
const Bytes = Uint8Array as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> };

/** The bytes of a base64 text. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  if (Bytes.fromBase64 !== undefined) return Bytes.fromBase64(text.trim());
  const binary = atob(text.trim());
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
