import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides/index.ts';
import { LOCALES } from '../../src/i18n/languages.ts';
import { goToSlide, openDeck, useBrowser } from './deck-page.ts';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeSummary {
  readonly violations: string[];
  readonly rules: number;
  readonly nodes: number;
}

/**
 * Puts axe-core into the page, once per page: through the protocol, so the page's CSP holds.
 * Evaluating its 650 kB again for each slide cost more than the audits themselves.
 */
async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(AXE_SOURCE);
}

/** Runs axe-core (see `injectAxe`) on the page as it is. */
async function audit(page: Page): Promise<AxeSummary> {
  return page.evaluate(async () => {
    interface Node {
      target: string[];
      failureSummary?: string;
    }
    interface Rule {
      id: string;
      nodes: Node[];
    }
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<Record<string, Rule[]>> } }
    ).axe;
    const result = await axe.run(document);
    const checked = [
      ...(result['passes'] ?? []),
      ...(result['violations'] ?? []),
      ...(result['incomplete'] ?? []),
    ];
    return {
      violations: (result['violations'] ?? []).flatMap((rule) =>
        rule.nodes.map(
          (node) => `${rule.id}: ${node.target.join(' ')} ${node.failureSummary ?? ''}`,
        ),
      ),
      rules: checked.length,
      nodes: checked.reduce((sum, rule) => sum + rule.nodes.length, 0),
    };
  });
}

const browser = useBrowser();

describe('accessibility (axe-core, every impact level)', () => {
  it.each(LOCALES)('finds no violation on any slide in %s', async (locale) => {
    const { page } = await openDeck(browser(), { query: `?lang=${locale}` });
    await injectAxe(page);
    const violations: string[] = [];
    let rules = 0;
    let nodes = 0;
    for (const slide of SLIDES) {
      await goToSlide(page, slide.id);
      const summary = await audit(page);
      violations.push(...summary.violations.map((v) => `${slide.id}: ${v}`));
      rules = Math.max(rules, summary.rules);
      nodes += summary.nodes;
    }
    console.info(
      `axe ${locale}: ${rules} rules checked, ${nodes} nodes scanned over ${SLIDES.length} slides`,
    );
    expect(violations).toEqual([]);
  });

  it('finds no violation in the speaker view', async () => {
    const { page } = await openDeck(browser(), { query: '?lang=ja&speaker=zh', hash: '#/size' });
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await popup.waitForSelector('.speaker-notes p');
    await injectAxe(popup);
    const summary = await audit(popup);
    console.info(`axe speaker view: ${summary.rules} rules, ${summary.nodes} nodes`);
    expect(summary.violations).toEqual([]);
  });
});

describe('keyboard', () => {
  it('reaches the language menu with Tab, shows a focus ring, and never focuses a hidden slide', async () => {
    const { page } = await openDeck(browser(), { hash: '#/location' });
    const visited: { inMenu: boolean; inHiddenSlide: boolean; outline: string }[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      visited.push(
        await page.evaluate(() => {
          const active = document.activeElement;
          const slide = active?.closest('section[data-slide-id]');
          return {
            inMenu:
              active?.closest('.deck-menu') !== null && active?.closest('.deck-menu') !== undefined,
            inHiddenSlide:
              slide !== null && slide !== undefined && !slide.classList.contains('present'),
            outline: active ? getComputedStyle(active).outlineStyle : 'none',
          };
        }),
      );
    }
    expect(visited.some((step) => step.inMenu)).toBe(true);
    expect(visited.filter((step) => step.inHiddenSlide)).toEqual([]);
    expect(visited.filter((step) => step.inMenu).every((step) => step.outline !== 'none')).toBe(
      true,
    );
  });
});

describe('screen readers', () => {
  it('marks the current slide’s language and hides decoration', async () => {
    const { page } = await openDeck(browser(), { query: '?lang=ja', hash: '#/stage-2' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(
      await page.getAttribute('section[data-slide-id="stage-2"] .divider-number', 'aria-hidden'),
    ).toBe('true');
    const hiddenSlides = await page.$$eval('section[data-slide-id]:not(.present)', (sections) =>
      sections.every(
        (section) =>
          section.getAttribute('aria-hidden') === 'true' || section.hasAttribute('hidden'),
      ),
    );
    expect(hiddenSlides).toBe(true);
  });
});

describe('reduced motion', () => {
  it('turns off slide transitions', async () => {
    const { page } = await openDeck(browser());
    expect(await page.evaluate(() => window.deck?.reveal.getConfig().transition)).toBe('none');
  });
});
