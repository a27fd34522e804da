import { UTCDate } from "@date-fns/utc";
import { format, getDay, startOfISOWeek, subDays, subMonths, subWeeks } from "date-fns";
import type { DatePrecision } from "../dates";

export type DateCue = {
  saidOn: string;
  precision: DatePrecision;
  /** The words as printed ("on Friday", "last week"). */
  trigger: string;
  /** Offset of the words in the text searched. */
  index: number;
};

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTHS = [
  ["January", "Jan"],
  ["February", "Feb"],
  ["March", "Mar"],
  ["April", "Apr"],
  ["May", "May"],
  ["June", "Jun"],
  ["July", "Jul"],
  ["August", "Aug"],
  ["September", "Sept", "Sep"],
  ["October", "Oct"],
  ["November", "Nov"],
  ["December", "Dec"],
] as const;

// Month names are matched capitalised only: "may" is a verb.
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)`;
const WEEKDAY = String.raw`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

function monthNumber(name: string): number {
  const bare = name.replace(/\.$/, "");
  return MONTHS.findIndex((names) => (names as readonly string[]).includes(bare)) + 1;
}

const utc = (iso: string) => new UTCDate(`${iso}T00:00:00Z`);
const iso = (date: Date) => format(date, "yyyy-MM-dd");
const pad = (n: number) => String(n).padStart(2, "0");

function realDay(year: number, month: number, day: number): string | null {
  const value = `${year}-${pad(month)}-${pad(day)}`;
  const date = utc(value);
  return Number.isNaN(date.getTime()) || iso(date) !== value ? null : value;
}

type Rule = {
  pattern: RegExp;
  /** Returns the date and precision, or null when the words cannot be dated (no publication date). */
  resolve: (m: RegExpExecArray, publishedOn: string | null) => { saidOn: string; precision: DatePrecision } | null;
};

/** The most recent such weekday on or before publication ("last Friday": strictly before). */
function weekdayBefore(publishedOn: string, weekday: string, strictly: boolean) {
  const target = WEEKDAYS.indexOf(weekday as (typeof WEEKDAYS)[number]);
  const published = utc(publishedOn);
  let back = (getDay(published) - target + 7) % 7;
  if (back === 0 && strictly) back = 7;
  return { saidOn: iso(subDays(published, back)), precision: "day" as const };
}

/** A day or month named without a year is in the publication year, or the year before if that would be after publication. */
function yearFor(publishedOn: string | null, month: number, day: number): number | null {
  if (!publishedOn) return null;
  const year = Number(publishedOn.slice(0, 4));
  const candidate = `${year}-${pad(month)}-${pad(day)}`;
  return candidate > publishedOn ? year - 1 : year;
}

/** A day of a month, in the year printed or the one worked out from publication. */
function dayOfMonth(pattern: RegExp, monthGroup: number, dayGroup: number, yearGroup: number): Rule {
  return {
    pattern,
    resolve: (m, publishedOn) => {
      const month = monthNumber(m[monthGroup]);
      const day = Number(m[dayGroup]);
      const year = m[yearGroup] ? Number(m[yearGroup]) : yearFor(publishedOn, month, day);
      const value = year === null ? null : realDay(year, month, day);
      return value ? { saidOn: value, precision: "day" } : null;
    },
  };
}

const RULES: Rule[] = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => {
      const day = realDay(Number(m[1]), Number(m[2]), Number(m[3]));
      return day ? { saidOn: day, precision: "day" } : null;
    },
  },
  // "on Oct. 7", "Dec. 1, 2021"
  dayOfMonth(new RegExp(String.raw`\b(?:on\s+)?${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`, "g"), 1, 2, 3),
  // "on 7 October", "7th of October 2023"
  dayOfMonth(new RegExp(String.raw`\b(?:on\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:,?\s+(\d{4})\b)?`, "g"), 2, 1, 3),
  {
    pattern: new RegExp(String.raw`\bin\s+${MONTH}\s+(?:of\s+)?last\s+year\b`, "g"),
    resolve: (m, publishedOn) =>
      publishedOn
        ? { saidOn: `${Number(publishedOn.slice(0, 4)) - 1}-${pad(monthNumber(m[1]))}-01`, precision: "month" }
        : null,
  },
  {
    pattern: new RegExp(String.raw`\b(?:in\s+|since\s+|from\s+)?${MONTH}\s+(?:of\s+)?(\d{4})\b`, "g"),
    resolve: (m) => ({ saidOn: `${m[2]}-${pad(monthNumber(m[1]))}-01`, precision: "month" }),
  },
  {
    pattern: new RegExp(String.raw`\b(?:in|since|during|earlier\s+in)\s+${MONTH}(?![\s,]*\d)`, "g"),
    resolve: (m, publishedOn) => {
      const month = monthNumber(m[1]);
      const year = yearFor(publishedOn, month, 1);
      return year === null ? null : { saidOn: `${year}-${pad(month)}-01`, precision: "month" };
    },
  },
  {
    pattern: /\b(?:last|past)\s+month\b/g,
    resolve: (_m, publishedOn) =>
      publishedOn ? { saidOn: `${iso(subMonths(utc(publishedOn), 1)).slice(0, 7)}-01`, precision: "month" } : null,
  },
  {
    pattern: /\b(?:earlier\s+)?this\s+month\b/g,
    resolve: (_m, publishedOn) => (publishedOn ? { saidOn: `${publishedOn.slice(0, 7)}-01`, precision: "month" } : null),
  },
  {
    pattern: /\b(?:last|past)\s+week\b/g,
    resolve: (_m, publishedOn) =>
      publishedOn ? { saidOn: iso(startOfISOWeek(subWeeks(utc(publishedOn), 1))), precision: "week" } : null,
  },
  {
    pattern: /\b(?:earlier\s+)?this\s+week\b/g,
    resolve: (_m, publishedOn) => (publishedOn ? { saidOn: iso(startOfISOWeek(utc(publishedOn))), precision: "week" } : null),
  },
  {
    pattern: /\blast\s+year\b/g,
    resolve: (_m, publishedOn) =>
      publishedOn ? { saidOn: `${Number(publishedOn.slice(0, 4)) - 1}-01-01`, precision: "year" } : null,
  },
  {
    pattern: /\b(?:earlier\s+)?this\s+year\b/g,
    resolve: (_m, publishedOn) => (publishedOn ? { saidOn: `${publishedOn.slice(0, 4)}-01-01`, precision: "year" } : null),
  },
  {
    pattern: /\b(?:in|since|during)\s+((?:19|20)\d{2})\b/g,
    resolve: (m) => ({ saidOn: `${m[1]}-01-01`, precision: "year" }),
  },
  {
    pattern: /\byesterday\b/gi,
    resolve: (_m, publishedOn) => (publishedOn ? { saidOn: iso(subDays(utc(publishedOn), 1)), precision: "day" } : null),
  },
  {
    pattern: /\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/gi,
    resolve: (_m, publishedOn) => (publishedOn ? { saidOn: publishedOn, precision: "day" } : null),
  },
  {
    pattern: new RegExp(String.raw`\b(?:(last|on|late|early)\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\b`, "g"),
    resolve: (m, publishedOn) => (publishedOn ? weekdayBefore(publishedOn, m[2], m[1] === "last") : null),
  },
];

/**
 * Every date expression in a stretch of text, resolved against the
 * publication date: "Friday" is the most recent Friday on or before it,
 * "last week" the Monday of the week before (week precision), "in February
 * last year" a month. Overlapping matches keep the earliest, longest one.
 */
export function findDateCues(text: string, publishedOn: string | null): DateCue[] {
  const found: DateCue[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const resolved = rule.resolve(m, publishedOn);
      if (!resolved) continue;
      const index = m.index;
      const end = index + m[0].length;
      if (found.some((f) => index < f.index + f.trigger.length && f.index < end)) continue;
      found.push({ ...resolved, trigger: m[0].trim(), index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
