import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { commandFor, isJumpKey, slideNamed } from '../../src/presenter/speaker-keys.ts';

const press = (key: string, modifiers: { shift?: boolean; ctrl?: boolean } = {}) => ({
  key,
  shiftKey: modifiers.shift ?? false,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: false,
  altKey: false,
});

describe('keys pressed in the speaker window', () => {
  it('stand for the deck’s commands, as reveal and the deck bind them', () => {
    expect(commandFor(press('ArrowRight'))).toBe('next');
    expect(commandFor(press(' '))).toBe('next');
    expect(commandFor(press(' ', { shift: true }))).toBe('prev');
    expect(commandFor(press('PageUp'))).toBe('prev');
    expect(commandFor(press('B', { shift: true }))).toBe('blackout');
    expect(commandFor(press('.'))).toBe('blackout');
    expect(commandFor(press('f'))).toBe('fullscreen');
    expect(commandFor(press('Escape'))).toBe('overview');
    expect(commandFor(press('End'))).toBe('last');
    expect(commandFor(press('t'))).toBe('slideLanguage');
    expect(commandFor(press('u'))).toBe('subtitles');
  });

  it('leave browser shortcuts, the notes’ scrolling and unknown keys alone', () => {
    expect(commandFor(press('p', { ctrl: true }))).toBeUndefined();
    expect(commandFor(press('ArrowDown'))).toBeUndefined();
    expect(commandFor(press('s'))).toBeUndefined();
    expect(commandFor(press('constructor'))).toBeUndefined();
    expect(isJumpKey(press('g'))).toBe(true);
    expect(isJumpKey(press('g', { ctrl: true }))).toBe(false);
  });

  it('go to a slide by its number or its id, and nowhere for anything else', () => {
    const ids = SLIDES.map((slide) => slide.id);
    expect(slideNamed('16', ids)).toBe(15);
    expect(slideNamed(' 1 ', ids)).toBe(0);
    expect(slideNamed('stage-3-results', ids)).toBe(ids.indexOf('stage-3-results'));
    expect(slideNamed('#/size', ids)).toBe(ids.indexOf('size'));
    expect(slideNamed('0', ids)).toBeNull();
    expect(slideNamed(String(ids.length + 1), ids)).toBeNull();
    expect(slideNamed('nowhere', ids)).toBeNull();
  });
});
