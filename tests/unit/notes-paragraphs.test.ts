// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { writeNotes } from '../../src/render/notes.ts';

/** Each paragraph's text in `container`, and whether all its children are paragraphs. */
function paragraphs(container: HTMLElement): string[] {
  expect([...container.children].every((child) => child.tagName === 'P')).toBe(true);
  return [...container.children].map((child) => child.textContent);
}

describe('notes written as paragraphs', () => {
  it('makes one paragraph per line of the notes', () => {
    const container = document.createElement('div');
    writeNotes(container, 'Good morning!\nI come from Dalian.\nThank you.');
    expect(paragraphs(container)).toEqual(['Good morning!', 'I come from Dalian.', 'Thank you.']);
  });

  it('makes no empty paragraph, for a blank line or for no notes at all', () => {
    const container = document.createElement('div');
    writeNotes(container, 'First.\n\n  \nSecond.\n');
    expect(paragraphs(container)).toEqual(['First.', 'Second.']);
    writeNotes(container, '');
    expect(container.childElementCount).toBe(0);
  });

  it('replaces the notes of the previous slide or language, however many lines they had', () => {
    const container = document.createElement('div');
    writeNotes(container, 'One.\nTwo.\nThree.');
    writeNotes(container, '一。\n二。\n三。');
    expect(paragraphs(container)).toEqual(['一。', '二。', '三。']);
    writeNotes(container, 'Only one.');
    expect(paragraphs(container)).toEqual(['Only one.']);
  });

  it('writes markup in the text as text', () => {
    const container = document.createElement('div');
    writeNotes(container, '<b>bold</b> & <img src=x>');
    expect(container.querySelector('b, img')).toBeNull();
    expect(paragraphs(container)).toEqual(['<b>bold</b> & <img src=x>']);
  });

  it('adds a name’s reading as ruby over its first mention only', () => {
    const container = document.createElement('div');
    writeNotes(container, 'Dalian is a port.\nDalian is green.', [
      { name: 'Dalian', reading: 'Dàlián' },
    ]);
    expect(container.querySelectorAll('p').length).toBe(2);
    expect(container.querySelectorAll('p:first-child ruby rt').length).toBe(1);
    expect(container.querySelector('p:first-child rt')?.textContent).toBe('Dàlián');
    expect(container.querySelector('p:last-child ruby')).toBeNull();
  });
});
