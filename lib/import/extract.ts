import { normalizeName } from "../actors/normalize";
import type { DatePrecision } from "../dates";
import { classify, settleTalksStance, strongerCeasefireStance, strongerTalksStance } from "./classify";
import { findDateCues } from "./date-cues";
import {
  ASIDE_STARTERS,
  BACKGROUND_ADVERBS,
  CLAUSE_OPENERS,
  GAP_WORDS,
  INVERTED_SPEECH_VERBS,
  MODAL_AUXILIARIES,
  ORGANISATION_PRONOUNS,
  PERFECT_AUXILIARIES,
  PERSON_PRONOUNS,
  SPEECH_VERBS,
  STANDING_PRESENT_VERBS,
  TITLE_WORDS,
} from "./rules";
import type { Candidate, ImportKnowledge, TextSpan } from "./schema";
import { createSpeakerResolver, type ResolvedSpeaker, type SpeakerKind } from "./speakers";
import {
  findQuotes,
  maskQuotes,
  splitParagraphs,
  splitSentences,
  tokenize,
  type QuoteSpan,
  type Sentence,
  type Token,
} from "./text";

/*
 * Finds who said what, and when, in a news story about the war: quotations
 * and reported speech, attributed to a speaker, dated from the publication
 * date and the words of the story, with suggested stances and conditions.
 * Pure and deterministic: no network, no model. Its output is a list of
 * candidates for an editor to review, never data entered by itself.
 */

export type ExtractInput = { text: string; url?: string | null; outlet?: string | null; publishedOn?: string | null };

export const QUOTE_JOINER = " [...] ";

const SPEECH_VERB_WORDS = SPEECH_VERBS.map((v) => v.split(" "));
const WEEKDAY_WORDS = new Set(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
const TIME_WORDS = new Set(["morning", "afternoon", "evening", "night", "week", "month", "year", "overnight"]);
const CONNECTORS = new Set(["of", "for", "and", "the", "a", "an", "de", "von", "van", "al", "bin", "la", "le", "du", "der"]);
const CLOSING_QUOTE_TOKENS = new Set(["”", '"', "»"]);
const QUOTE_TOKENS = new Set(["“", "”", '"', "«", "»"]);
/** Conjunctions after which a new speaker may start inside a sentence that already reports someone. */
const CLAUSE_BOUNDARIES = new Set([";", "but", "while", "whereas", "after", "before", "since", "when", "as", "because", "although", "though", "—", "–"]);
/** Verbs that only report speech; any other verb is part of the paraphrase. */
const PLAIN_SPEECH_VERBS = new Set(["said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "noted", "notes", "stated", "states", "declared", "declares", "claimed", "claims", "explained", "explains", "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "asserted", "asserts", "argued", "argues", "insisted", "insists", "insist", "maintained", "maintains", "reiterated", "reiterates", "repeated", "repeats", "replied", "replies", "responded", "responds", "listed", "lists", "tweeted", "posted", "announced", "announces", "acknowledged", "admitted", "suggested", "suggests", "confirmed", "confirms"]);
const PREPOSITIONS = new Set(["in", "at", "during", "on", "to", "after", "before", "while", "from", "with", "by", "as", "for", "about", "late", "early", "earlier", "later", "last", "this", "overnight"]);

type Form = "subject-verb" | "tail" | "inverted" | "according" | "relative";

type Attribution = {
  sentence: Sentence;
  form: Form;
  np: Token[];
  verb: Token[];
  gap: Token[];
  /** Offsets of the speaker's words through the verb. */
  span: TextSpan;
  content: TextSpan | null;
  dateWindows: TextSpan[];
  /** The token index where the attribution starts, to order and bound content. */
  firstToken: number;
  lastToken: number;
};

type Statement = {
  order: number;
  speaker: ResolvedSpeaker;
  pronoun: boolean;
  attribution: TextSpan;
  sentence: Sentence;
  quotes: QuoteSpan[];
  content: TextSpan[];
  saidOn: string | null;
  precision: DatePrecision | null;
  dateTrigger: string | null;
  background: boolean;
  /** "cue": dated by its own words; "undated": to be dated from context; "none": cannot be dated. */
  dating: "cue" | "undated" | "none";
};

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? "";
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

function isGapToken(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return GAP_WORDS.has(t.text) || WEEKDAY_WORDS.has(t.text) || TIME_WORDS.has(t.text);
}

function isNpToken(t: Token): boolean {
  if (QUOTE_TOKENS.has(t.text) || /^[,;:—–()\[\]]$/.test(t.text)) return false;
  if (/^x+[.?!]?$/.test(t.text)) return false; // the inside of a quotation
  if (CLAUSE_OPENERS.has(t.text) || WEEKDAY_WORDS.has(t.text)) return false;
  if (isCapitalised(t.text)) return true;
  const word = t.text.toLowerCase();
  return TITLE_WORDS.has(word) || CONNECTORS.has(word) || /^then-\p{L}/u.test(word);
}

function hasHead(np: Token[]): boolean {
  return np.some((t) => (isCapitalised(t.text) && !CONNECTORS.has(t.text.toLowerCase())) || TITLE_WORDS.has(t.text.toLowerCase()));
}

function trimConnectors(np: Token[]): Token[] {
  let s = 0;
  let e = np.length;
  while (s < e && CONNECTORS.has(np[s].text.toLowerCase()) && !/^(?:the|a|an)$/i.test(np[s].text)) s++;
  while (e > s && CONNECTORS.has(np[e - 1].text.toLowerCase())) e--;
  return np.slice(s, e);
}

/** The speaker's words before a speech verb, skipping adverbs and asides ("China, which says…, on Friday urged"). */
function subjectBefore(tokens: Token[], verbIndex: number) {
  let j = verbIndex - 1;
  const gap: Token[] = [];
  while (j >= 0 && isGapToken(tokens, j)) gap.unshift(tokens[j--]);
  if (j < 0) return null;
  if (PERSON_PRONOUNS.has(lower(tokens[j])) || ORGANISATION_PRONOUNS.has(lower(tokens[j])) || lower(tokens[j]) === "they") {
    return { np: [tokens[j]], gap, relative: false };
  }
  let relative = false;
  if (j >= 1 && (lower(tokens[j]) === "who" || lower(tokens[j]) === "which") && tokens[j - 1].text === ",") {
    relative = true;
    j -= 2;
  } else if (tokens[j].text === ",") {
    let c = j - 1;
    while (c >= 0 && tokens[c].text !== ",") c--;
    const inner = tokens.slice(c + 1, j);
    if (c >= 0 && inner.length > 0 && ASIDE_STARTERS.has(lower(inner[0]))) {
      j = c - 1; // "Zelenskyy, who is in Italy for the G7 meeting, said"
    } else {
      const np = trimConnectors(inner);
      // An appositive name: "Ukraine's chief of staff, Valerii Zaluzhnyi, said".
      if (np.length > 0 && np.length === inner.length && np.every(isNpToken) && hasHead(np)) return { np, gap, relative };
      return null;
    }
  }
  const np: Token[] = [];
  while (j >= 0 && isNpToken(tokens[j])) np.unshift(tokens[j--]);
  const trimmed = trimConnectors(np);
  if (trimmed.length === 0 || !hasHead(trimmed)) return null;
  return { np: trimmed, gap, relative };
}

function subjectAfter(tokens: Token[], from: number): Token[] | null {
  const np: Token[] = [];
  for (let j = from; j < tokens.length && isNpToken(tokens[j]); j++) np.push(tokens[j]);
  const trimmed = trimConnectors(np);
  return trimmed.length > 0 && hasHead(trimmed) ? trimmed : null;
}

function matchVerb(tokens: Token[], k: number): Token[] | null {
  for (const words of SPEECH_VERB_WORDS) {
    if (words.every((w, i) => tokens[k + i]?.text === w)) return tokens.slice(k, k + words.length);
  }
  return null;
}

/**
 * Where the reported words start after a verb-first attribution: after "that"
 * or ":" if they come soon ("told members of parliament Wednesday that…"),
 * else right after the verb. Verbs that take an object ("pushed for", "expressed
 * concern") have no that-clause: a "that" after them is a relative pronoun.
 */
function contentStartAfter(tokens: Token[], from: number, verb: Token[] = []): number {
  let afterVerb = from;
  while (afterVerb < tokens.length && (WEEKDAY_WORDS.has(tokens[afterVerb].text) || TIME_WORDS.has(lower(tokens[afterVerb])))) afterVerb++;
  if (verb.length > 1) return afterVerb;
  for (let i = afterVerb; i < Math.min(tokens.length, afterVerb + 10); i++) {
    const w = lower(tokens[i]);
    if (w === "," || QUOTE_TOKENS.has(tokens[i].text)) break;
    if (w === "that" || w === ":") return i + 1;
  }
  return afterVerb;
}

/** Does a verb open reported words ("said that…", "said Russia would…") rather than close them ("…, Blinken said in a speech")? */
function opensContent(tokens: Token[], afterVerb: number): boolean {
  let i = afterVerb;
  while (i < tokens.length && (WEEKDAY_WORDS.has(tokens[i].text) || TIME_WORDS.has(lower(tokens[i])))) i++;
  if (i >= tokens.length) return false;
  if (contentStartAfter(tokens, i) !== i) return true;
  const w = lower(tokens[i]);
  if (w === ":" || QUOTE_TOKENS.has(tokens[i].text)) return true;
  if (PREPOSITIONS.has(w) || w === "," || w === "." ) return false;
  return tokens.length - i >= 4;
}

/** Right after a quotation (`“…,” Blinken said`), ignoring the comma. */
function followsQuote(tokens: Token[], index: number): boolean {
  let j = index - 1;
  if (j >= 0 && tokens[j].text === ",") j--;
  return j >= 0 && CLOSING_QUOTE_TOKENS.has(tokens[j].text);
}

function findAttributions(masked: string, sentence: Sentence): Attribution[] {
  const tokens = tokenize(masked, sentence.start, sentence.end);
  const found: Attribution[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (lower(tokens[k]) === "according" && tokens[k + 1]?.text === "to") {
      const np = subjectAfter(tokens, k + 2);
      if (!np) continue;
      let end = tokens[k].start;
      while (end > sentence.start && /[\s,]/.test(masked[end - 1])) end--;
      found.push({
        sentence,
        form: "according",
        np,
        verb: tokens.slice(k, k + 2),
        gap: [],
        span: { start: tokens[k].start, end: np[np.length - 1].end },
        content: end > sentence.start ? { start: sentence.start, end } : null,
        dateWindows: [],
        firstToken: k,
        lastToken: k + 1 + np.length,
      });
      continue;
    }
    const verb = matchVerb(tokens, k);
    if (!verb) continue;
    const afterVerb = k + verb.length;
    const subject = subjectBefore(tokens, k);
    if (!subject) {
      if (INVERTED_SPEECH_VERBS.includes(verb[0].text) && followsQuote(tokens, k)) {
        const np = subjectAfter(tokens, afterVerb);
        if (np) {
          const tailEnd = tokens.length;
          found.push({
            sentence,
            form: "inverted",
            np,
            verb,
            gap: [],
            span: { start: verb[0].start, end: np[np.length - 1].end },
            content: null,
            dateWindows: [{ start: np[np.length - 1].end, end: tokens[tailEnd - 1].end }],
            firstToken: k,
            lastToken: afterVerb + np.length - 1,
          });
        }
      }
      continue;
    }
    const { np, gap, relative } = subject;
    const npIndex = tokens.indexOf(np[0]);
    const beforeNp = npIndex - 1;
    const verbEnd = verb[verb.length - 1].end;
    const windowAfter = (from: number, stopAtContent: boolean): TextSpan | null => {
      let i = from;
      const limit = stopAtContent ? Math.min(tokens.length, from + 12) : tokens.length;
      let last = -1;
      for (; i < limit; i++) {
        const w = lower(tokens[i]);
        if (stopAtContent && (w === "that" || w === ":" || w === ";" || QUOTE_TOKENS.has(tokens[i].text))) break;
        last = i;
      }
      return last >= from ? { start: tokens[from].start, end: tokens[last].end } : null;
    };
    const gapWindow: TextSpan | null = gap.length > 0 ? { start: gap[0].start, end: gap[gap.length - 1].end } : null;

    let form: Form;
    let content: TextSpan | null = null;
    const dateWindows: TextSpan[] = [];
    if (gapWindow) dateWindows.push(gapWindow);
    const quoteBefore = followsQuote(tokens, npIndex);
    const commaBefore = beforeNp >= 0 && tokens[beforeNp].text === ",";
    if (relative) {
      form = "relative";
      const start = contentStartAfter(tokens, afterVerb, verb);
      if (start < tokens.length) content = { start: tokens[start].start, end: sentence.end };
      const w = windowAfter(afterVerb, true);
      if (w) dateWindows.push(w);
      // "terms laid out Friday by Russian President Vladimir Putin, who said": the day is before the name.
      const from = Math.max(0, npIndex - 8);
      if (npIndex > from) dateWindows.push({ start: tokens[from].start, end: tokens[npIndex - 1].end });
    } else if (quoteBefore) {
      form = "tail";
      const w = windowAfter(afterVerb, false);
      if (w) dateWindows.push(w);
    } else if (commaBefore && beforeNp >= 3 && !opensContent(tokens, afterVerb)) {
      form = "tail";
      let end = tokens[beforeNp].start;
      while (end > sentence.start && /\s/.test(masked[end - 1])) end--;
      content = { start: sentence.start, end };
      const w = windowAfter(afterVerb, false);
      if (w) dateWindows.push(w);
    } else {
      form = "subject-verb";
      const start = contentStartAfter(tokens, afterVerb, verb);
      // A verb that says more than "said" belongs to what was said:
      // "has pushed for membership", "urged countries to stop…", "rejected the proposal".
      const meaningful = start === afterVerb && !PLAIN_SPEECH_VERBS.has(verb[0].text);
      const auxiliary = tokens[k - 1] && PERFECT_AUXILIARIES.has(lower(tokens[k - 1])) ? tokens[k - 1] : null;
      const from = meaningful ? (auxiliary ?? verb[0]).start : null;
      if (start < tokens.length) content = { start: from ?? tokens[start].start, end: sentence.end };
      const w = windowAfter(afterVerb, true);
      if (w) dateWindows.push(w);
      // "After meeting with NATO allies on Wednesday, Blinken said…"
      if (commaBefore) dateWindows.push({ start: sentence.start, end: tokens[beforeNp].start });
    }
    found.push({
      sentence,
      form,
      np,
      verb,
      gap,
      span: { start: np[0].start, end: verbEnd },
      content,
      dateWindows,
      firstToken: npIndex,
      lastToken: afterVerb - 1,
    });
  }

  // A speech verb inside someone's reported words is part of them ("Blinken
  // has claimed that Kyiv will talk if Moscow offers to"), unless a new
  // clause starts ("…, even after Zelensky signed a decree").
  const accepted: Attribution[] = [];
  for (const a of found.sort((x, y) => x.firstToken - y.firstToken)) {
    const previous = accepted[accepted.length - 1];
    // "China, which says it is neutral…, on Friday urged": the main verb, not the aside, reports the statement.
    if (previous && a.firstToken === previous.firstToken && previous.form === "relative") {
      accepted[accepted.length - 1] = a;
      continue;
    }
    if (previous && a.firstToken <= previous.lastToken) continue;
    const opensNewClause =
      a.form === "relative" ||
      a.form === "tail" ||
      a.form === "inverted" ||
      a.form === "according" ||
      CLAUSE_BOUNDARIES.has(lower(tokens[a.firstToken - 1])) ||
      CLAUSE_BOUNDARIES.has(lower(tokens[a.firstToken - 2]));
    const insidePrevious = previous && (previous.form === "subject-verb" || previous.form === "relative");
    if (insidePrevious && !opensNewClause) continue;
    if (previous?.content && previous.content.end > a.span.start && (previous.form === "subject-verb" || previous.form === "relative")) {
      let end = a.form === "according" ? a.span.start : tokens[a.firstToken].start;
      while (end > previous.content.start && /[\s,;—–]/.test(masked[end - 1])) end--;
      previous.content = end > previous.content.start ? { start: previous.content.start, end } : null;
    }
    accepted.push(a);
  }
  return accepted;
}

function quoteIsWholeParagraph(masked: string, paragraph: TextSpan, quotes: QuoteSpan[]): boolean {
  let rest = masked.slice(paragraph.start, paragraph.end);
  for (const q of quotes) rest = rest.replace(masked.slice(q.start, q.end), "");
  return !/[\p{L}\p{N}]/u.test(rest);
}

const CONTINUATION = /\b(?:must|should|would|could|will|can|cannot|has to|have to|needs? to)\b/i;
const CONTINUATION_OPENERS = /^(?:But|And|However|Also|Yet|Still)\b/;

function stripQuotationMarks(text: string): string {
  return text.replace(/[“”"«»„]/g, "").replace(/\s+/g, " ").trim();
}

/** Reported clauses joined as sentences, each closed with a full stop if it lacks one. */
function joinSentences(parts: string[]): string {
  return parts
    .filter(Boolean)
    .map((p) => (/[.?!…]$/.test(p) ? p : `${p}.`))
    .join(" ");
}

function fragmentKey(text: string): string {
  return normalizeName(text).replace(/\s+/g, "");
}

/** Adds a fragment unless it repeats one already there (the same words, or a part of them). */
function addFragment(fragments: { span: TextSpan; key: string }[], span: TextSpan, text: string) {
  const key = fragmentKey(text.slice(span.start, span.end));
  if (!key) return;
  if (fragments.some((f) => f.key.includes(key))) return;
  for (let i = fragments.length - 1; i >= 0; i--) if (key.includes(fragments[i].key)) fragments.splice(i, 1);
  fragments.push({ span, key });
}

export function extractStatements(input: ExtractInput, knowledge: ImportKnowledge): { candidates: Candidate[] } {
  const text = input.text;
  const publishedOn = input.publishedOn ?? null;
  const publishedYear = publishedOn ? Number(publishedOn.slice(0, 4)) : null;
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const masked = maskQuotes(text, quotes);
  const sentences: Sentence[] = [];
  for (const p of paragraphs) sentences.push(...splitSentences(masked, p, sentences.length));
  const resolve = createSpeakerResolver(knowledge.actors, publishedOn);

  const statements: Statement[] = [];
  const bySentence = new Map<number, Statement[]>();

  function antecedent(kind: SpeakerKind): Statement | undefined {
    for (let i = statements.length - 1; i >= 0; i--) if (statements[i].speaker.kind === kind) return statements[i];
    return undefined;
  }

  for (const sentence of sentences) {
    for (const a of findAttributions(masked, sentence)) {
      const npText = text.slice(a.np[0].start, a.np[a.np.length - 1].end);
      let speaker: ResolvedSpeaker;
      let pronoun = false;
      const pronounWord = a.np.length === 1 ? lower(a.np[0]) : "";
      if (PERSON_PRONOUNS.has(pronounWord) || ORGANISATION_PRONOUNS.has(pronounWord) || pronounWord === "they") {
        const previous = pronounWord === "they" ? undefined : antecedent(PERSON_PRONOUNS.has(pronounWord) ? "person" : "organisation");
        if (!previous) continue;
        speaker = previous.speaker;
        pronoun = true;
      } else {
        speaker = resolve(a.np, npText);
      }

      const gapWords = a.gap.map((t) => t.text.toLowerCase());
      const perfect = gapWords.some((w) => PERFECT_AUXILIARIES.has(w));
      const modal = gapWords.some((w) => MODAL_AUXILIARIES.has(w));
      const markers =
        perfect || gapWords.some((w) => BACKGROUND_ADVERBS.has(w)) || STANDING_PRESENT_VERBS.has(a.verb[0].text);
      const cue = a.dateWindows.flatMap((w) => findDateCues(masked.slice(w.start, w.end), publishedOn))[0];

      let saidOn: string | null = null;
      let precision: DatePrecision | null = null;
      let background = false;
      let dating: Statement["dating"] = "undated";
      if (modal) {
        // "will say on Friday": announced, not yet said.
        dating = "none";
      } else if (cue) {
        saidOn = cue.saidOn;
        precision = cue.precision;
        dating = "cue";
        const coarse = cue.precision === "month" || cue.precision === "year";
        background = coarse && (markers || (publishedYear !== null && Number(cue.saidOn.slice(0, 4)) < publishedYear));
      } else if (markers) {
        background = true;
        dating = "none";
        // A standing position, dated no finer than the year of publication.
        if (publishedYear !== null) {
          saidOn = `${publishedYear}-01-01`;
          precision = "year";
        }
      }

      const statement: Statement = {
        order: statements.length,
        speaker,
        pronoun,
        attribution: a.span,
        sentence,
        quotes: [],
        content: a.content && a.content.end > a.content.start ? [a.content] : [],
        saidOn,
        precision,
        dateTrigger: cue?.trigger ?? null,
        background,
        dating,
      };
      statements.push(statement);
      bySentence.set(sentence.index, [...(bySentence.get(sentence.index) ?? []), statement]);
    }
  }

  // Quotations: to the attribution right after them, else to the sentence's
  // speaker, else they carry on the quotation before them.
  const assigned = new Map<QuoteSpan, Statement>();
  const sentenceOf = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end + 1);
  for (const q of quotes) {
    const sentence = sentenceOf(q.start);
    const inSentence = sentence ? (bySentence.get(sentence.index) ?? []) : [];
    const closeAt = q.closeMark ?? q.end;
    const tail = inSentence.find((s) => {
      if (s.attribution.start < closeAt) return false;
      return /^[\s,.”"»]*$/.test(masked.slice(closeAt, s.attribution.start));
    });
    const before = inSentence.filter((s) => s.attribution.end <= q.start).pop();
    const after = inSentence.find((s) => s.attribution.start >= q.end);
    const chosen = tail ?? before ?? after;
    if (chosen) assigned.set(q, chosen);
  }
  // Quotations with no attribution of their own, in paragraph order.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes[i];
      if (assigned.has(q)) continue;
      const samePara = quotes.filter((o) => o.paragraph === q.paragraph);
      const earlier = samePara.filter((o) => o.start < q.start && assigned.has(o)).pop();
      const later = samePara.find((o) => o.start > q.start && assigned.has(o));
      const previousQuote = quotes[i - 1];
      const nextQuote = quotes[i + 1];
      let chosen: Statement | undefined;
      if (earlier) chosen = assigned.get(earlier);
      else if (later) chosen = assigned.get(later);
      else if (q.continuesPrevious && previousQuote && assigned.has(previousQuote)) chosen = assigned.get(previousQuote);
      else if (q.unclosed && nextQuote?.continuesPrevious && assigned.has(nextQuote)) chosen = assigned.get(nextQuote);
      else if (quoteIsWholeParagraph(masked, paragraphs[q.paragraph], samePara) && q.paragraph > 0) {
        // A paragraph that is only a quotation carries on the speaker quoted just before.
        const previousPara = quotes.filter((o) => o.paragraph === q.paragraph - 1 && assigned.has(o)).pop();
        if (previousPara) chosen = assigned.get(previousPara);
      }
      if (chosen) assigned.set(q, chosen);
    }
  }
  for (const q of quotes) assigned.get(q)?.quotes.push(q);

  // A sentence with no speaker of its own that carries on reported words in
  // the same paragraph ("Blinken said… But any peace agreement must…").
  for (const sentence of sentences) {
    if (bySentence.has(sentence.index)) continue;
    const previous = sentences[sentence.index - 1];
    if (!previous || previous.paragraph !== sentence.paragraph) continue;
    const owner = (bySentence.get(previous.index) ?? []).at(-1);
    if (!owner || owner.content.length === 0) continue;
    const body = text.slice(sentence.start, sentence.end);
    if (quotes.some((q) => q.start >= sentence.start && q.end <= sentence.end)) continue;
    if (!CONTINUATION.test(body) && !CONTINUATION_OPENERS.test(body)) continue;
    owner.content.push({ start: sentence.start, end: sentence.end });
    bySentence.set(sentence.index, [owner]);
  }

  // Dates for statements without words of their own: the occasion of the
  // same speaker's previous statement, else that speaker's only dated
  // occasion in the story, else the publication date (news style reports
  // what was said on the day in the simple past or present).
  const speakerKey = (s: Statement) => s.speaker.slug ?? normalizeName(s.speaker.asWritten);
  const occasions = new Map<string, Set<string>>();
  for (const s of statements) {
    if (s.dating !== "cue" || s.background) continue;
    const set = occasions.get(speakerKey(s)) ?? new Set<string>();
    set.add(`${s.saidOn}|${s.precision}|${s.dateTrigger}`);
    occasions.set(speakerKey(s), set);
  }
  for (const s of statements) {
    if (s.dating !== "undated") continue;
    const previous = statements[s.order - 1];
    const key = speakerKey(s);
    const only = occasions.get(key);
    if (previous && speakerKey(previous) === key && !previous.background && previous.saidOn) {
      s.saidOn = previous.saidOn;
      s.precision = previous.precision;
      s.dateTrigger = previous.dateTrigger;
    } else if (only && only.size === 1) {
      const [saidOn, precision, trigger] = [...only][0].split("|");
      s.saidOn = saidOn;
      s.precision = precision as DatePrecision;
      s.dateTrigger = trigger === "null" ? null : trigger;
    } else if (publishedOn) {
      s.saidOn = publishedOn;
      s.precision = "day";
    }
  }

  const candidates: Draft[] = [];
  for (const s of statements) {
    if (s.quotes.length === 0 && s.content.length === 0) continue;
    const fragments: { span: TextSpan; key: string }[] = [];
    for (const q of s.quotes) addFragment(fragments, q, text);
    const segments = [
      ...s.content.map((c) => text.slice(c.start, c.end)),
      ...s.quotes.filter((q) => !s.content.some((c) => c.start <= q.start && q.end <= c.end)).map((q) => text.slice(q.start, q.end)),
    ];
    const classification = classify(segments, knowledge);
    const paraphrase = joinSentences(s.content.map((c) => stripQuotationMarks(text.slice(c.start, c.end)))) || null;
    const evidence = [...s.quotes, s.attribution, ...s.content].map((e) => ({ start: e.start, end: e.end }));
    candidates.push({
      key: speakerKey(s),
      kind: s.speaker.kind,
      quoteSpans: fragments.map((f) => f.span),
      speaker: { slug: s.speaker.slug, asWritten: s.speaker.asWritten },
      quote: fragments.length > 0 ? fragments.map((f) => text.slice(f.span.start, f.span.end)).join(QUOTE_JOINER) : null,
      paraphrase,
      saidOn: s.saidOn,
      saidOnPrecision: s.saidOn ? s.precision : null,
      dateTrigger: s.dateTrigger,
      ceasefireStance: classification.ceasefireStance,
      talksStance: classification.talksStance,
      stanceTriggers: classification.stanceTriggers,
      conditions: classification.conditions,
      topics: classification.topics,
      evidence,
      background: s.background,
    });
  }

  return { candidates: mergeOccasions(candidates, text).filter(isRelevant).map(toCandidate) };
}

/**
 * About the war's diplomacy: names a topic, condition or stance, or quotes a
 * known person. Reports of shelling and casualties ("officials said four
 * civilians were killed") are left out.
 */
function isRelevant(c: Draft): boolean {
  return (
    c.topics.length > 0 ||
    c.conditions.length > 0 ||
    c.ceasefireStance !== "none" ||
    c.talksStance !== "none" ||
    (c.speaker.slug !== null && c.kind === "person" && c.quote !== null)
  );
}

function toCandidate(draft: Draft): Candidate {
  const { speaker, quote, paraphrase, saidOn, saidOnPrecision, dateTrigger, ceasefireStance, talksStance } = draft;
  const { stanceTriggers, conditions, topics, evidence, background } = draft;
  return {
    speaker,
    quote,
    paraphrase,
    saidOn,
    saidOnPrecision,
    dateTrigger,
    ceasefireStance,
    talksStance,
    stanceTriggers,
    conditions,
    topics,
    evidence,
    background,
  };
}

function mergeParaphrases(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  const ka = fragmentKey(a);
  const kb = fragmentKey(b);
  if (ka.includes(kb)) return a;
  if (kb.includes(ka)) return b;
  return `${a} ${b}`;
}

/** A candidate while it is being put together: the speaker's key and the quotation spans behind `quote`. */
type Draft = Candidate & { key: string; kind: SpeakerKind; quoteSpans: TextSpan[] };

function sortSpans(spans: TextSpan[]): TextSpan[] {
  const unique = new Map(spans.map((s) => [`${s.start}:${s.end}`, s]));
  return [...unique.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * One candidate per speaker and occasion: a story tells one speech in many
 * paragraphs (and its lede often repeats the body), and the record keeps it as
 * one statement. Background positions stay apart: each is its own claim.
 */
function mergeOccasions(candidates: Draft[], text: string): Draft[] {
  const merged: Draft[] = [];
  for (const c of candidates) {
    const sameDate = (m: Draft) => m.key === c.key && m.saidOn === c.saidOn && m.saidOnPrecision === c.saidOnPrecision;
    // Background claims merge only with a repetition of themselves (copy that prints a paragraph twice).
    const repeats = (m: Draft) => {
      const a = fragmentKey(m.paraphrase ?? "");
      const b = fragmentKey(c.paraphrase ?? "");
      return a !== "" && b !== "" && (a.includes(b) || b.includes(a));
    };
    const into = !c.saidOn
      ? undefined
      : merged.find((m) => m.background === c.background && sameDate(m) && (!c.background || repeats(m)));
    if (!into) {
      merged.push({ ...c, evidence: sortSpans(c.evidence) });
      continue;
    }
    const fragments: { span: TextSpan; key: string }[] = [];
    for (const span of [...into.quoteSpans, ...c.quoteSpans]) addFragment(fragments, span, text);
    into.quoteSpans = fragments.map((f) => f.span);
    into.quote = fragments.length > 0 ? fragments.map((f) => text.slice(f.span.start, f.span.end)).join(QUOTE_JOINER) : null;
    into.paraphrase = mergeParaphrases(into.paraphrase, c.paraphrase);
    if (c.speaker.asWritten.length > into.speaker.asWritten.length) into.speaker = c.speaker;
    into.dateTrigger ??= c.dateTrigger;
    for (const condition of c.conditions) {
      if (!into.conditions.some((d) => d.slug === condition.slug && d.appliesTo === condition.appliesTo && d.position === condition.position)) {
        into.conditions.push(condition);
      }
    }
    for (const topic of c.topics) if (!into.topics.some((t) => t.slug === topic.slug)) into.topics.push(topic);
    const ceasefire = strongerCeasefireStance(into.ceasefireStance, c.ceasefireStance);
    if (ceasefire !== into.ceasefireStance) {
      into.ceasefireStance = ceasefire;
      into.stanceTriggers = { ...into.stanceTriggers, ceasefire: c.stanceTriggers.ceasefire };
    }
    const talks = strongerTalksStance(into.talksStance, c.talksStance);
    if (talks !== into.talksStance) {
      into.talksStance = talks;
      into.stanceTriggers = { ...into.stanceTriggers, talks: c.stanceTriggers.talks };
    }
    into.talksStance = settleTalksStance(into.talksStance, into.conditions);
    into.evidence = sortSpans([...into.evidence, ...c.evidence]);
  }
  return merged;
}
