import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The speech the deck is built from, kept in the repository as given. */
export const SPEECH_PATH = fileURLToPath(new URL('../../source/speech.en.txt', import.meta.url));

/** The speech's text as given. */
export function speechText(): string {
  return readFileSync(SPEECH_PATH, 'utf8');
}

/**
 * The speech as a list of unique sentences in order: the title (spread over several lines in
 * the file), every bullet and stage heading split at sentence ends, and the closing thanks.
 */
export function speechSentences(): string[] {
  const lines = speechText()
    .split('\n')
    .map((line) => line.trim().replace(/^-\s*/, '').trim())
    .filter((line) => line !== '' && line !== '-');
  const firstBody = lines.findIndex((line) => line.startsWith('Distinguished'));
  const title = lines.slice(0, firstBody).join(' ');
  const sentences = [title, ...lines.slice(firstBody).flatMap(splitSentences)];
  return [...new Set(sentences)];
}

/** Splits at ". ", "! " or "? " followed by a capital letter (so "Co., Ltd" stays whole). */
function splitSentences(line: string): string[] {
  return line.split(/(?<=[.!?])\s+(?=[A-Z“"])/u).filter((part) => part !== '');
}

/** Words and numbers of a text, compared loosely: case, quotes, ², thousands commas aside. */
export function tokens(text: string): string[] {
  const normal = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/([a-z])(\d)/g, '$1 $2');
  return normal.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The share of a sentence's words found in a text: 1 when every word is there. */
export function recall(sentence: string, text: string): number {
  const words = tokens(sentence);
  const available = new Set(tokens(text));
  if (words.length === 0) return 1;
  return words.filter((word) => available.has(word)).length / words.length;
}
