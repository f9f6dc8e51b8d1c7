import type { RevealPlugin } from 'reveal.js';
import type { DeckLanguage } from '../i18n/deck-language.ts';

/** The print notice as a reveal plugin. */
export interface PrintNoticePlugin extends RevealPlugin {
  readonly id: 'print-notice';
}

/**
 * This page's address in reveal's print view: `print-pdf` added to its query (after the
 * languages it names, so the printout is in them), without the slide in the hash.
 */
export function printViewAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  const query = url.search.replace(/^\?/, '');
  url.search = query === '' ? 'print-pdf' : `${query}&print-pdf`;
  return url.href;
}

/** How long the on-screen notice stays after printing, unless closed. */
const SHOWN_MS = 15_000;

/**
 * What Ctrl+P on the normal view gives. A browser prints the page as it is, one screen with
 * the slide cut off, and a page cannot switch to reveal's print view mid-print. So the
 * printout is one page saying, in the slide language, how to print the deck (this page's
 * address in the print view, a link on screen, or `npm run export:pdf`), and the same notice
 * appears on screen for the speaker. The
 * theme shows the notice instead of the slides on paper (`@media print`).
 */
export function PrintNotice(language: DeckLanguage): PrintNoticePlugin {
  const notice = document.createElement('aside');
  const heading = document.createElement('p');
  const steps = document.createElement('p');
  const list = document.createElement('ul');
  const printView = document.createElement('li');
  const printViewText = document.createElement('span');
  const printViewLink = document.createElement('a');
  const exportPdf = document.createElement('li');
  const close = document.createElement('button');
  const cleanups: (() => void)[] = [];
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const update = (): void => {
    const t = language.t('audience');
    heading.textContent = t('print.heading');
    steps.textContent = t('print.steps');
    printViewText.textContent = t('print.printView');
    printViewLink.href = printViewAddress(window.location.href);
    printViewLink.textContent = printViewLink.href;
    exportPdf.textContent = t('print.export');
    close.textContent = t('print.close');
  };

  const hide = (): void => {
    clearTimeout(hideTimer);
    notice.classList.remove('is-shown');
  };

  const show = (): void => {
    update();
    notice.classList.add('is-shown');
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, SHOWN_MS);
  };

  const on = (type: 'beforeprint', listener: () => void): void => {
    window.addEventListener(type, listener);
    cleanups.push(() => {
      window.removeEventListener(type, listener);
    });
  };

  return {
    id: 'print-notice',
    init() {
      notice.className = 'deck-print-notice';
      notice.setAttribute('role', 'status');
      heading.className = 'deck-print-notice-heading';
      close.type = 'button';
      close.className = 'deck-print-notice-close';
      close.addEventListener('click', hide);
      printViewLink.className = 'deck-print-notice-link';
      printView.append(printViewText, printViewLink);
      list.append(printView, exportPdf);
      notice.append(heading, steps, list, close);
      document.body.append(notice);
      update();
      cleanups.push(language.onChange(update));
      on('beforeprint', show);
    },
    destroy() {
      hide();
      for (const cleanup of cleanups.splice(0)) cleanup();
      notice.remove();
    },
  };
}
