import Link from "next/link";
import { formatSaidOn } from "@/lib/dates";
import type { StatementPoint } from "@/lib/statements/points";
import { timeScale } from "./time-scale";

export type StatementLanePoint = StatementPoint & {
  /** The lane to draw the mark in; by default one lane per actor. */
  lane?: { key: string; label: string; href?: string };
};

type Lane = { key: string; label: string; href?: string; points: StatementLanePoint[] };

const WIDTH = 1000;
const HEIGHT = 32;

/**
 * Statements over time as lanes: one row per actor (or per given lane), a mark
 * per statement linking to it. Plain SVG rendered on the server; the drawing
 * stretches to any width while strokes keep their size, and the labels are
 * HTML so they stay readable on a phone.
 */
export function StatementLanes({
  points,
  caption = "Statements over time",
  maxLanes = 24,
}: {
  points: StatementLanePoint[];
  caption?: string;
  maxLanes?: number;
}) {
  if (points.length === 0) {
    return <p className="text-sm text-stone-600">No statements to chart.</p>;
  }
  const lanes = toLanes(points);
  const shown = lanes.slice(0, maxLanes);
  const hidden = lanes.slice(maxLanes);
  const scale = timeScale(points, WIDTH);
  const id = `lanes-${points.length}-${points[0].id}`;

  return (
    <figure className="space-y-3">
      <figcaption className="space-y-1">
        <span className="block font-semibold">{caption}</span>
        <span className="block text-sm text-stone-600">
          Each mark is a statement; a bar spans a date known only to the week, month or year. Select a mark to open
          the statement.
        </span>
      </figcaption>
      <ul className="space-y-2">
        {shown.map((lane, i) => (
          <li key={lane.key} className="grid items-center gap-x-3 sm:grid-cols-[11rem_1fr]">
            <span id={`${id}-lane-${i}`} className="truncate text-sm font-medium" title={lane.label}>
              {lane.href ? (
                <Link href={lane.href} className="hover:text-blue-800 hover:underline">
                  {lane.label}
                </Link>
              ) : (
                lane.label
              )}{" "}
              <span className="font-normal text-stone-500">({lane.points.length})</span>
            </span>
            <svg
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              preserveAspectRatio="none"
              className="block h-8 w-full overflow-visible rounded bg-white ring-1 ring-stone-200"
              role="group"
              aria-labelledby={`${id}-lane-${i}`}
            >
              {scale.ticks.map((t) => (
                <line
                  key={t.isoDate}
                  x1={t.x}
                  x2={t.x}
                  y1={0}
                  y2={HEIGHT}
                  className="stroke-stone-200"
                  strokeWidth={1}
                  vectorEffect="non-scaling-stroke"
                />
              ))}
              {lane.points.map((p) => (
                <Mark key={p.id} point={p} span={scale.span(p.saidOn, p.saidOnPrecision)} />
              ))}
            </svg>
          </li>
        ))}
      </ul>
      <div aria-hidden="true" className="relative h-5 text-xs text-stone-600 sm:ml-[11.75rem]">
        {scale.ticks.map((t) => {
          const left = (t.x / WIDTH) * 100;
          const shift = left < 6 ? "" : left > 94 ? "-translate-x-full" : "-translate-x-1/2";
          return (
            <span key={t.isoDate} className={`absolute top-0 whitespace-nowrap ${shift}`} style={{ left: `${left}%` }}>
              {t.label}
            </span>
          );
        })}
      </div>
      {hidden.length > 0 && (
        <p className="text-sm text-stone-600">
          Not drawn: {hidden.length} more {hidden.length === 1 ? "lane" : "lanes"} with{" "}
          {hidden.reduce((n, l) => n + l.points.length, 0)} statements ({hidden.map((l) => l.label).join(", ")}).
        </p>
      )}
    </figure>
  );
}

function Mark({ point: p, span }: { point: StatementLanePoint; span: { x0: number; x1: number } }) {
  const name = `${p.actorName}, ${formatSaidOn(p.saidOn, p.saidOnPrecision)}: ${p.label}`;
  const tone = "stroke-blue-800 group-hover:stroke-amber-600 group-focus-visible:stroke-amber-500";
  return (
    <a href={`/statements/${p.id}`} aria-label={name} className="group outline-none">
      <title>{name}</title>
      {/* A wide invisible stroke gives a thin mark a target a finger can hit. */}
      <line
        x1={(span.x0 + span.x1) / 2}
        x2={(span.x0 + span.x1) / 2}
        y1={0}
        y2={HEIGHT}
        stroke="transparent"
        strokeWidth={16}
        vectorEffect="non-scaling-stroke"
      />
      {p.saidOnPrecision === "day" ? (
        <line
          x1={span.x0}
          x2={span.x0}
          y1={5}
          y2={HEIGHT - 5}
          className={`${tone} group-focus-visible:[stroke-width:6px]`}
          strokeWidth={3}
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
        />
      ) : (
        <rect
          x={span.x0}
          width={Math.max(span.x1 - span.x0, 1)}
          y={10}
          height={HEIGHT - 20}
          className={`fill-blue-800/20 ${tone} group-focus-visible:fill-amber-300/60 group-focus-visible:[stroke-width:3px]`}
          strokeWidth={1}
          vectorEffect="non-scaling-stroke"
        />
      )}
    </a>
  );
}

/** Lanes with the most statements first; marks in each lane oldest first, so Tab moves forward in time. */
function toLanes(points: StatementLanePoint[]): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const p of points) {
    const key = p.lane?.key ?? p.actorSlug;
    const lane = lanes.get(key) ?? {
      key,
      label: p.lane?.label ?? p.actorName,
      href: p.lane ? p.lane.href : `/actors/${p.actorSlug}`,
      points: [],
    };
    lane.points.push(p);
    lanes.set(key, lane);
  }
  for (const lane of lanes.values()) {
    lane.points.sort((a, b) => (a.saidOn < b.saidOn ? -1 : a.saidOn > b.saidOn ? 1 : a.id - b.id));
  }
  return [...lanes.values()].sort((a, b) => b.points.length - a.points.length || a.label.localeCompare(b.label, "en"));
}
