import { describe, expect, it } from 'vitest';
import { renderedNotes } from '../support/deck.ts';
import { recall, speechSentences } from '../support/speech.ts';

/** A sentence counts as present when this share of its words is in the notes (light edits). */
const PRESENT = 0.75;

describe('the English speaker notes', () => {
  const sentences = speechSentences();
  const notes = renderedNotes('en');

  /** A sentence's best score over some slides, and the first slide that reaches it. */
  const bestMatch = (sentence: string, from: number) => {
    let best = { index: -1, score: 0 };
    notes.forEach((entry, index) => {
      const score = index >= from ? recall(sentence, entry.notes) : 0;
      if (score > best.score) best = { index, score };
    });
    return best;
  };

  /** Each sentence matched to a slide at or after the previous sentence's slide. */
  let previous = 0;
  const matches = sentences.map((sentence) => {
    const inOrder = bestMatch(sentence, previous);
    previous = Math.max(previous, inOrder.index);
    return { sentence, ...inOrder, anywhere: bestMatch(sentence, 0).score };
  });

  it('contain every sentence of the speech', () => {
    const found = matches.filter((match) => match.score >= PRESENT);
    const share = found.length / sentences.length;
    console.info(
      `Speech coverage: ${found.length}/${sentences.length} sentences = ${(share * 100).toFixed(1)}%` +
        ` (lowest word recall ${Math.min(...matches.map((m) => m.score)).toFixed(2)})`,
    );
    expect(matches.filter((match) => match.score < PRESENT).map((m) => m.sentence)).toEqual([]);
    expect(share).toBe(1);
  });

  it('follow the order of the speech', () => {
    const outOfOrder = matches.filter((match) => match.score < match.anywhere);
    expect(outOfOrder.map((match) => match.sentence)).toEqual([]);
  });
});
