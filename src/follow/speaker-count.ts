import { createDeckI18n } from '../i18n/i18n.ts';
import { matchLocale } from '../i18n/languages.ts';
import { writeAudience } from './audience-text.ts';
import { audienceReceiver } from './talk-channel.ts';

/**
 * The speaker view's follower count: an element that shows how many people follow, per
 * language, in the speaker view's own language (its `<html lang>`); hidden until the presenter's
 * deck reports a count.
 */
export function followerCount(): HTMLElement {
  const i18n = createDeckI18n();
  const element = document.createElement('p');
  element.className = 'speaker-followers';
  element.hidden = true;
  element.setAttribute('aria-live', 'polite');
  audienceReceiver((audience) => {
    const locale = matchLocale(document.documentElement.lang) ?? 'en';
    writeAudience(element, i18n.getFixedT(locale), audience);
    element.hidden = false;
  });
  return element;
}
