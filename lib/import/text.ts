import { ABBREVIATIONS } from "./rules";
import type { TextSpan } from "./schema";

/*
 * Paragraphs, quotations and sentences of an article, all as character offsets
 * into the text as submitted, so that every quote the extractor proposes can be
 * shown (and checked) in place.
 */

export type Paragraph = TextSpan & { index: number };

export type QuoteSpan = TextSpan & {
  paragraph: number;
  /** Where the quotation marks stand (the opening one is missing in sloppy copy). */
  openMark: number | null;
  closeMark: number | null;
  /** The paragraph ended inside this quotation. */
  unclosed: boolean;
  /** This quotation carries on one left open at the end of the previous paragraph. */
  continuesPrevious: boolean;
};

export type Sentence = TextSpan & { paragraph: number; index: number };

const OPENING_MARKS = new Set(["“", "«", "„"]);
const CLOSING_MARKS = new Set(["”", "»"]);
const AMBIGUOUS_MARKS = new Set(['"']);

export function isQuoteMark(ch: string): boolean {
  return OPENING_MARKS.has(ch) || CLOSING_MARKS.has(ch) || AMBIGUOUS_MARKS.has(ch);
}

/** Every non-empty line is a paragraph: news copy puts one paragraph on a line. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    paragraphs.push({ start, end: start + trimmed.length, index: paragraphs.length });
  }
  return paragraphs;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * The inside of a quotation without surrounding spaces or the comma that
 * newsrooms put before the closing mark (`“…peace,” he said`), which is not
 * the speaker's; a closing full stop, question or exclamation mark is kept.
 */
function trimQuote(text: string, start: number, end: number): TextSpan | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,;:]/.test(text[e - 1])) e--;
  if (e <= s || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return null;
  return { start: s, end: e };
}

/**
 * Quotations in each paragraph. Curly marks give the direction; straight ones
 * alternate. A closing mark with no opening one before it in its paragraph
 * means the opening mark was lost, so the quotation runs from the paragraph's
 * start. A paragraph that ends inside a quotation continues it when the next
 * paragraph opens with a quotation mark (the newsroom convention); otherwise
 * the quotation ends with its paragraph.
 */
export function findQuotes(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let previousUnclosed = false;
  for (const p of paragraphs) {
    let open: number | null = null;
    let sawQuote = false;
    const push = (openMark: number | null, closeMark: number | null, contentStart: number, contentEnd: number) => {
      const span = trimQuote(text, contentStart, contentEnd);
      if (!span) return;
      const continuesPrevious = previousUnclosed && quotes.length > 0 && openMark !== null && openMark === p.start;
      quotes.push({ ...span, paragraph: p.index, openMark, closeMark, unclosed: closeMark === null, continuesPrevious });
    };
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i];
      if (!isQuoteMark(ch)) continue;
      if (open === null) {
        if (CLOSING_MARKS.has(ch)) {
          if (isWordChar(text[i + 1]) && (i === p.start || /\s/.test(text[i - 1]))) {
            open = i; // a closing mark used to open, as some sites print them
          } else if (!sawQuote) {
            push(null, i, p.start, i);
            sawQuote = true;
          }
          continue;
        }
        open = i;
      } else {
        if (OPENING_MARKS.has(ch)) continue; // nested or stray: part of the quotation
        push(open, i, open + 1, i);
        open = null;
        sawQuote = true;
      }
    }
    previousUnclosed = false;
    if (open !== null) {
      push(open, null, open + 1, p.end);
      previousUnclosed = true;
    }
  }
  return quotes;
}

/**
 * The text with the inside of every quotation replaced by "x" (offsets kept),
 * so that names, verbs and full stops inside quotations do not pass for the
 * article's own; a quotation's last . ? or ! is kept because it ends the sentence.
 */
export function maskQuotes(text: string, quotes: QuoteSpan[]): string {
  // split("") works in UTF-16 code units, the unit of every offset here.
  const chars = text.split("");
  for (const q of quotes) {
    const keepLast = /[.?!]/.test(text[q.end - 1]);
    for (let i = q.start; i < q.end - (keepLast ? 1 : 0); i++) chars[i] = "x";
  }
  return chars.join("");
}

function isAbbreviation(masked: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(masked[s - 1])) s--;
  const word = masked.slice(s, dot);
  if (!word) return false;
  // "U.S", "J" (an initial), "e.g".
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && (word.length === 1 || word.includes("."))) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Sentences of one paragraph, found on the masked text. Also splits sentences
 * run together without a space ("…Blinken said.Moscow launched…"), a common
 * fault of scraped copy.
 */
export function splitSentences(masked: string, paragraph: Paragraph, firstIndex: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = paragraph.start;
  const close = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(masked[s])) s++;
    while (e > s && /\s/.test(masked[e - 1])) e--;
    if (e > s) sentences.push({ start: s, end: e, paragraph: paragraph.index, index: firstIndex + sentences.length });
  };
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = masked[i];
    if (ch !== "." && ch !== "?" && ch !== "!") continue;
    let j = i + 1;
    while (j < paragraph.end && /[”"’')\]»]/.test(masked[j])) j++;
    if (j >= paragraph.end) break;
    let k = j;
    while (k < paragraph.end && /\s/.test(masked[k])) k++;
    const spaced = k > j;
    const next = masked[k];
    const startsSentence = /[\p{Lu}\p{N}“"«‘(\[]/u.test(next ?? "");
    if (!startsSentence) continue;
    if (ch === "." && isAbbreviation(masked, i)) continue;
    if (!spaced) {
      // Glued sentences: only "word.Word" or "2022.In", never "U.S.Army" or "3.5".
      if (!/[\p{Ll}\p{N}]/u.test(masked[i - 1] ?? "") || !/\p{Lu}/u.test(next)) continue;
    }
    close(j);
    start = k;
    i = k - 1;
  }
  close(paragraph.end);
  return sentences;
}

export type Token = { text: string; start: number; end: number };

/**
 * Words and punctuation of a stretch of (masked) text. A word keeps inner
 * periods, apostrophes and hyphens ("U.S.", "Ukraine’s", "Moscow-appointed");
 * a final period stays only on an abbreviation ("Mr.", "Gov.", "U.S.").
 */
export function tokenize(masked: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?|[,;:—–()\[\]“”"«»]/gu;
  const slice = masked.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    let word = m[0];
    if (word.length > 1 && word.endsWith(".")) {
      const bare = word.slice(0, -1);
      const keep = ABBREVIATIONS.has(bare.toLowerCase()) || /^(?:\p{L}\.)+\p{L}$/u.test(bare) || /^\p{Lu}$/u.test(bare);
      if (!keep) word = bare;
    }
    tokens.push({ text: word, start: start + m.index, end: start + m.index + word.length });
  }
  return tokens;
}
