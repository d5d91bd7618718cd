/**
 * A cheap English check for pages that do not declare their language: the share of very common English
 * function words among the first words of the text. English prose runs at 20–30 %; other Latin-script
 * languages share few of these words, and text mostly in another script is not English.
 */

const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'by', 'at',
  'be', 'this', 'are', 'from', 'have', 'has', 'had', 'not', 'but', 'they', 'his', 'her', 'she', 'were',
  'said', 'which', 'their', 'will', 'would', 'an', 'or', 'its', 'been', 'who', 'we', 'you',
]);

const SAMPLE_CHARS = 4000;
const MIN_WORDS = 30;
const MIN_SHARE = 0.12;

/** True when the text reads as English, or is too short to tell. */
export function looksEnglish(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  const latin = sample.replace(/[^\p{Script=Latin}]/gu, '').length;
  // Mostly non-Latin letters (Chinese, Japanese, Cyrillic, Arabic…): not English whatever the words say.
  if (letters >= 20 && latin / letters < 0.5) return false;
  if (words.length < MIN_WORDS) return true;
  let hits = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length >= MIN_SHARE;
}
