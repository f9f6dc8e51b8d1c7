// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../src/i18n/languages.ts';
import { localeButtons } from '../../src/presenter/locale-buttons.ts';

/** A row of buttons placed in the document, as the menu and the speaker view place theirs. */
function row(choose: (locale: Locale) => void = () => undefined) {
  const choices = localeButtons('locale', choose);
  const group = document.createElement('div');
  group.append(...choices.buttons.values());
  document.body.replaceChildren(group);
  const button = (locale: Locale): HTMLButtonElement => {
    const found = group.querySelector<HTMLButtonElement>(`button[data-locale="${locale}"]`);
    if (found === null) throw new Error(`no ${locale} button`);
    return found;
  };
  const pressed = () =>
    [...group.querySelectorAll('[aria-pressed="true"]')].map((item) => item.textContent);
  return { choices, group, button, pressed };
}

describe('a row of language buttons', () => {
  it('names each language in its own script, under its own lang', () => {
    const { group } = row();
    expect(
      [...group.querySelectorAll('button')].map((item) => [item.textContent, item.lang]),
    ).toEqual([
      ['English', 'en'],
      ['中文', 'zh-Hans'],
      ['日本語', 'ja'],
    ]);
  });

  it('shows the chosen language pressed, and only that one, as the language changes', () => {
    const { choices, button, pressed } = row();
    choices.press('zh');
    expect(pressed()).toEqual(['中文']);
    expect(button('en').getAttribute('aria-pressed')).toBe('false');
    choices.press('ja');
    expect(pressed()).toEqual(['日本語']);
    choices.press(null);
    expect(pressed()).toEqual([]);
  });

  it('calls back with the language of the button clicked', () => {
    const choose = vi.fn();
    const { button } = row(choose);
    button('ja').click();
    button('en').click();
    expect(choose.mock.calls).toEqual([['ja'], ['en']]);
  });

  it('gives the keys back to the deck after a pointer click, not after a keyboard one', () => {
    const { button } = row();
    const japanese = button('ja');
    japanese.focus();
    // A keyboard press (Enter or Space) clicks with detail 0: the focus stays for the next key.
    japanese.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
    expect(document.activeElement).toBe(japanese);
    japanese.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
    expect(document.activeElement).not.toBe(japanese);
  });
});
