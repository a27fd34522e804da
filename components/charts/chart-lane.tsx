import Link from "next/link";
import type { Tick } from "./time-scale";

export const LANE_WIDTH = 1000;
export const LANE_HEIGHT = 32;

/** A tenth of a unit is finer than any screen shows the 1000-unit drawing; more digits only add bytes. */
export const round = (n: number) => Math.round(n * 10) / 10;

/**
 * One row of a lane chart: its label (a link where it has one) with a count,
 * and a drawing with the year or month lines behind the marks given as children.
 */
export function ChartLane({
  id,
  label,
  href,
  count,
  ticks,
  drawingClass,
  children,
}: {
  id: string;
  label: string;
  href?: string;
  count: number;
  ticks: Tick[];
  drawingClass: string;
  children: React.ReactNode;
}) {
  return (
    <li className="grid items-center gap-x-3 sm:grid-cols-[11rem_1fr]">
      <span id={id} className="truncate text-sm font-medium" title={label}>
        {href ? (
          <Link href={href} className="hover:text-blue-800 hover:underline">
            {label}
          </Link>
        ) : (
          label
        )}{" "}
        <span className="font-normal text-stone-500">({count.toLocaleString("en-GB")})</span>
      </span>
      <svg
        viewBox={`0 0 ${LANE_WIDTH} ${LANE_HEIGHT}`}
        preserveAspectRatio="none"
        className={`block h-8 w-full overflow-visible rounded bg-white ring-1 ring-stone-200 ${drawingClass}`}
        role="group"
        aria-labelledby={id}
      >
        {ticks.map((t) => (
          <line
            key={t.isoDate}
            x1={round(t.x)}
            x2={round(t.x)}
            y1={0}
            y2={LANE_HEIGHT}
            className="stroke-stone-200"
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {children}
      </svg>
    </li>
  );
}
