import { formatSaidOn } from "@/lib/dates";
import type { BinUnit, StatementBin } from "@/lib/statements/points";
import { ChartLane, LANE_HEIGHT as HEIGHT, LANE_WIDTH as WIDTH, round } from "./chart-lane";
import { TimeAxis } from "./time-axis";
import { timeScale } from "./time-scale";

export type BinChartLane = { key: string; label: string; href?: string; count: number };

const DAY_MS = 86_400_000;

/** "week of 3 June 2024", "April–June 2024": a period as readers say it. */
export function formatPeriod(unit: BinUnit, startOn: string, endOn: string): string {
  switch (unit) {
    case "day":
      return formatSaidOn(startOn, "day");
    case "week":
      return `week of ${formatSaidOn(startOn, "day")}`;
    case "quarter":
      return `${formatSaidOn(startOn, "month").split(" ")[0]}–${formatSaidOn(endOn, "month")}`;
    default:
      return formatSaidOn(startOn, unit);
  }
}

const dayAfter = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

// Styled once on the drawing rather than on every bin (see statement-lanes.tsx).
const binStyle =
  "fill-blue-800 [&_a]:outline-none [&_a:hover_rect]:fill-amber-600 [&_a:focus-visible_rect]:fill-amber-500 " +
  "[&_a:focus-visible_rect]:stroke-amber-700 [&_a:focus-visible_rect]:[stroke-width:3px]";

/**
 * Statements over time as lanes of counts: one row per lane, a block per
 * period whose strength shows how many statements fall in it, each block a
 * link to those statements. For more statements than single marks can show.
 */
export function StatementBins({
  unit,
  lanes,
  bins,
  caption,
  binHref,
}: {
  unit: BinUnit;
  lanes: BinChartLane[];
  bins: StatementBin[];
  caption: React.ReactNode;
  binHref: (lane: BinChartLane, bin: StatementBin) => string;
}) {
  if (bins.length === 0) return <p className="text-sm text-stone-600">No statements to chart.</p>;
  const first = bins.reduce((d, b) => (b.startOn < d ? b.startOn : d), bins[0].startOn);
  const last = bins.reduce((d, b) => (b.endOn > d ? b.endOn : d), bins[0].endOn);
  const scale = timeScale(
    [
      { saidOn: first, saidOnPrecision: "day" },
      { saidOn: last, saidOnPrecision: "day" },
    ],
    WIDTH,
  );
  // Square root, so a period with a few statements still shows next to one with hundreds.
  const most = Math.max(...bins.map((b) => b.count));
  const strength = (n: number) => round(0.15 + 0.85 * Math.sqrt(n / most));
  const id = `bins-${lanes.length}-${bins.length}-${first}`;
  const period = unit;

  return (
    <figure className="space-y-3">
      <figcaption className="space-y-1">
        <span className="block font-semibold">{caption}</span>
        <span className="block text-sm text-stone-600">
          Each block counts the statements of one {period}: the darker, the more. A date known only to the week,
          month or year counts in the {period} it starts in. Select a block to list its statements.
        </span>
      </figcaption>
      <ul className="space-y-2">
        {lanes.map((lane, i) => (
          <ChartLane
            key={lane.key}
            id={`${id}-lane-${i}`}
            label={lane.label}
            href={lane.href}
            count={lane.count}
            ticks={scale.ticks}
            drawingClass={binStyle}
          >
              {bins
                .filter((b) => b.lane === i)
                .map((b) => {
                  const x0 = scale.x(b.startOn);
                  const name = `${lane.label}, ${formatPeriod(unit, b.startOn, b.endOn)}: ${b.count.toLocaleString("en-GB")} ${b.count === 1 ? "statement" : "statements"}`;
                  return (
                    <a key={b.startOn} href={binHref(lane, b)} aria-label={name}>
                      <title>{name}</title>
                      <rect
                        x={round(x0)}
                        width={round(Math.max(scale.x(dayAfter(b.endOn)) - x0, 2))}
                        y={4}
                        height={HEIGHT - 8}
                        fillOpacity={strength(b.count)}
                        vectorEffect="non-scaling-stroke"
                      />
                    </a>
                  );
                })}
          </ChartLane>
        ))}
      </ul>
      <TimeAxis ticks={scale.ticks} />
    </figure>
  );
}
