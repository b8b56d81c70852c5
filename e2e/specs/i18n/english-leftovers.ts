import type { Page } from "@playwright/test";

import { CATALOGS } from "@charter/web/i18n/catalogs";

type TReadLocale = "ru" | "cs";

/** An English phrase of the catalogs that must not reach a reader of another language. */
type TEnglishPhrase = { key: string; text: string; pattern: RegExp };

const PLACEHOLDER = /\{\w+\}/;
const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Every English message whose translation differs, cut at its placeholders into the phrases
 * a page would show word for word; a phrase of one word ("Deals", "Save") is too likely to
 * be a name in the data, so only phrases of two words or more are kept.
 */
export function englishPhrasesFor(locale: TReadLocale): TEnglishPhrase[] {
  const translated = CATALOGS[locale] as Record<string, string>;
  const phrases: TEnglishPhrase[] = [];
  for (const [key, english] of Object.entries(CATALOGS.en as Record<string, string>)) {
    const translation = translated[key] ?? "";
    if (english === translation) continue;
    for (const part of english.split(PLACEHOLDER)) {
      const text = part.replace(EDGE, "");
      // Words are what spaces part: "E-mail" is one.
      if (text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length < 2) continue;
      // A phrase the translation keeps as it is (a product or standard's name) is no leftover.
      if (translation.toLowerCase().includes(text.toLowerCase())) continue;
      const words = escapeRegExp(text).replace(/\s+/g, "\\s+");
      // Case-blind, since CSS may upper-case a heading; whole words only.
      phrases.push({
        key,
        text,
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, "iu"),
      });
    }
  }
  return phrases;
}

// What a reader sees or hears besides the text: names and hints in attributes, and the
// choices of a closed select. A string, because the e2e package has no DOM types.
const ATTRIBUTE_TEXT = `Array.from(document.querySelectorAll("[aria-label],[aria-description],[placeholder],[title],[alt],option"), (element) =>
  [element.getAttribute("aria-label"), element.getAttribute("aria-description"), element.getAttribute("placeholder"),
   element.getAttribute("title"), element.getAttribute("alt"), element.tagName === "OPTION" ? element.textContent : null]
    .filter(Boolean).join("\\n")).join("\\n")`;

/**
 * The page's text as a reader meets it: visible text, screen-reader text, title, attributes.
 * Text the page itself marks `lang="en"` is left out: it is English on purpose and says so
 * (the engine's own reasons on the explain page, under "Why (in English)").
 */
export async function readPageText(page: Page): Promise<string> {
  const [body, declaredEnglish, attributes, title] = await Promise.all([
    page.locator("body").innerText(),
    page.locator('body [lang="en"]').allInnerTexts(),
    page.evaluate<string>(ATTRIBUTE_TEXT),
    page.title(),
  ]);
  const text = declaredEnglish.reduce((rest, english) => rest.replace(english, ""), body);
  return [title, text, attributes].join("\n");
}

/** The English phrases found on the page, as "phrase" (key) lines. */
export function findEnglish(text: string, phrases: TEnglishPhrase[]): string[] {
  const found = new Set<string>();
  for (const phrase of phrases) {
    if (phrase.pattern.test(text)) found.add(`"${phrase.text}" (${phrase.key})`);
  }
  return [...found];
}
