import { UTCDate } from "@date-fns/utc";
import { endOfISOWeek, endOfMonth, format, isValid, parseISO, startOfISOWeek } from "date-fns";

export type DatePrecision = "day" | "week" | "month" | "year";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new UTCDate(`${value}T00:00:00Z`);
  return isValid(date) && date.toISOString().slice(0, 10) === value;
}

/**
 * A calendar date for a Postgres `date` column. Built in UTC because the driver
 * sends the UTC day: a local-midnight Date would become the previous day on
 * any server east of Greenwich.
 */
export function toDbDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** A Postgres `date` comes back as UTC midnight; this is its calendar day. */
export function fromDbDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day of the period a date of this precision stands for. */
export function startOfPrecision(isoDate: string, precision: DatePrecision): string {
  const date = new UTCDate(`${isoDate}T00:00:00Z`);
  switch (precision) {
    case "day":
      return isoDate;
    case "week":
      return format(startOfISOWeek(date), "yyyy-MM-dd");
    case "month":
      return `${isoDate.slice(0, 7)}-01`;
    case "year":
      return `${isoDate.slice(0, 4)}-01-01`;
  }
}

/** The last day of the period a date of this precision stands for ("2023" ends on 31 December 2023). */
export function endOfPrecision(isoDate: string, precision: DatePrecision): string {
  const date = new UTCDate(`${isoDate}T00:00:00Z`);
  switch (precision) {
    case "day":
      return isoDate;
    case "week":
      return format(endOfISOWeek(date), "yyyy-MM-dd");
    case "month":
      return format(endOfMonth(date), "yyyy-MM-dd");
    case "year":
      return `${isoDate.slice(0, 4)}-12-31`;
  }
}

/**
 * A date as people read it, never claiming more than is known:
 * "14 June 2024", "week of 4 September 2023", "June 2023", "2023".
 */
export function formatSaidOn(isoDate: string, precision: DatePrecision): string {
  const date = new UTCDate(`${isoDate}T00:00:00Z`);
  switch (precision) {
    case "day":
      return format(date, "d MMMM yyyy");
    case "week": {
      const start = startOfISOWeek(date);
      const end = endOfISOWeek(date);
      return start.getUTCMonth() === end.getUTCMonth()
        ? `${format(start, "d")}–${format(end, "d MMMM yyyy")}`
        : `${format(start, "d MMMM")} – ${format(end, "d MMMM yyyy")}`;
    }
    case "month":
      return format(date, "MMMM yyyy");
    case "year":
      return format(date, "yyyy");
  }
}

/** Machine-readable value for <time datetime>, at the precision known. */
export function machineDate(isoDate: string, precision: DatePrecision): string {
  if (precision === "year") return isoDate.slice(0, 4);
  if (precision === "month") return isoDate.slice(0, 7);
  if (precision === "week") return format(new UTCDate(`${isoDate}T00:00:00Z`), "RRRR-'W'II");
  return isoDate;
}

export function formatDay(isoDate: string): string {
  return format(parseISO(isoDate), "d MMMM yyyy");
}

/** An instant (a change in the history, an audit entry) in UTC, so every reader sees the same time. */
export function formatInstant(isoInstant: string): string {
  return `${format(new UTCDate(isoInstant), "d MMMM yyyy, HH:mm")} UTC`;
}
