import { endOfPrecision, formatSaidOn, startOfPrecision, type DatePrecision } from "@/lib/dates";

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

export type Tick = { isoDate: string; label: string; x: number };

export type TimeScale = {
  /** Position of the start of a day, 0 to `width`. */
  x: (isoDate: string) => number;
  /** The span a dated statement covers: one day, or its whole week, month or year. */
  span: (isoDate: string, precision: DatePrecision) => { x0: number; x1: number };
  ticks: Tick[];
};

/**
 * A linear time axis over the periods of the given dates, padded so marks at
 * the ends stay clear of the edges, with year ticks (or month ticks for a
 * short range) kept few enough to read on a phone.
 */
export function timeScale(dates: { saidOn: string; saidOnPrecision: DatePrecision }[], width: number): TimeScale {
  const starts = dates.map((d) => dayNumber(startOfPrecision(d.saidOn, d.saidOnPrecision)));
  const ends = dates.map((d) => dayNumber(endOfPrecision(d.saidOn, d.saidOnPrecision)) + 1);
  const first = starts.length ? Math.min(...starts) : dayNumber("2022-01-01");
  const last = ends.length ? Math.max(...ends) : first + 365;
  const pad = Math.max(15, (last - first) * 0.03);
  const d0 = first - pad;
  const d1 = last + pad;
  const toX = (day: number) => ((day - d0) / (d1 - d0)) * width;
  const x = (isoDate: string) => toX(dayNumber(isoDate));
  const span = (isoDate: string, precision: DatePrecision) => ({
    x0: x(startOfPrecision(isoDate, precision)),
    x1: toX(dayNumber(endOfPrecision(isoDate, precision)) + 1),
  });
  return { x, span, ticks: ticks(d0, d1).map((t) => ({ ...t, x: x(t.isoDate) })) };
}

function ticks(d0: number, d1: number): Omit<Tick, "x">[] {
  const from = new Date(d0 * DAY_MS);
  const to = new Date(d1 * DAY_MS);
  const years = (d1 - d0) / 365.25;
  const out: Omit<Tick, "x">[] = [];
  if (years >= 2) {
    const step = Math.ceil(years / 7);
    for (let y = from.getUTCFullYear() + 1; y <= to.getUTCFullYear(); y += step) {
      out.push({ isoDate: `${y}-01-01`, label: String(y) });
    }
    return out;
  }
  const months = years * 12;
  const step = [1, 2, 3, 6, 12].find((s) => months / s <= 5) ?? 12;
  let y = from.getUTCFullYear();
  let m = from.getUTCMonth() + 1;
  for (;;) {
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
    const isoDate = `${y}-${String(m).padStart(2, "0")}-01`;
    if (dayNumber(isoDate) >= d1) return out;
    if ((m - 1) % step === 0) out.push({ isoDate, label: formatSaidOn(isoDate, "month") });
  }
}
