import { formatSaidOn } from "@/lib/dates";
import type { StatementPoint } from "@/lib/statements/points";
import { ChartLane, LANE_HEIGHT as HEIGHT, LANE_WIDTH as WIDTH, round } from "./chart-lane";
import { TimeAxis } from "./time-axis";
import { timeScale } from "./time-scale";

export type StatementLanePoint = StatementPoint & {
  /** The lane to draw the mark in; by default one lane per actor. */
  lane?: { key: string; label: string; href?: string };
};

type Lane = { key: string; label: string; href?: string; points: StatementLanePoint[] };

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
          <ChartLane
            key={lane.key}
            id={`${id}-lane-${i}`}
            label={lane.label}
            href={lane.href}
            count={lane.points.length}
            ticks={scale.ticks}
            drawingClass={markStyle}
          >
            {lane.points.map((p) => (
              <Mark key={p.id} point={p} span={scale.span(p.saidOn, p.saidOnPrecision)} />
            ))}
          </ChartLane>
        ))}
      </ul>
      <TimeAxis ticks={scale.ticks} />
      {hidden.length > 0 && (
        <p className="text-sm text-stone-600">
          Not drawn: {hidden.length} more {hidden.length === 1 ? "lane" : "lanes"} with{" "}
          {hidden.reduce((n, l) => n + l.points.length, 0)} statements ({hidden.map((l) => l.label).join(", ")}).
        </p>
      )}
    </figure>
  );
}

// Styled once on the drawing rather than on every mark: a chart of a few hundred
// marks repeated these classes in the HTML and again in the RSC payload.
const markStyle =
  "[&_a]:outline-none [&_.m]:stroke-blue-800 [&_rect.m]:fill-blue-800/20 [&_a:hover_.m]:stroke-amber-600 " +
  "[&_a:focus-visible_.m]:stroke-amber-500 [&_a:focus-visible_line.m]:[stroke-width:6px] " +
  "[&_a:focus-visible_rect.m]:fill-amber-300/60 [&_a:focus-visible_rect.m]:[stroke-width:3px]";

function Mark({ point: p, span }: { point: StatementLanePoint; span: { x0: number; x1: number } }) {
  const name = `${p.actorName}, ${formatSaidOn(p.saidOn, p.saidOnPrecision)}: ${p.label}`;
  const x0 = round(span.x0);
  const mid = round((span.x0 + span.x1) / 2);
  return (
    <a href={`/statements/${p.id}`} aria-label={name}>
      <title>{name}</title>
      {/* A wide invisible stroke gives a thin mark a target a finger can hit. */}
      <line x1={mid} x2={mid} y1={0} y2={HEIGHT} stroke="transparent" strokeWidth={16} vectorEffect="non-scaling-stroke" />
      {p.saidOnPrecision === "day" ? (
        <line
          x1={x0}
          x2={x0}
          y1={5}
          y2={HEIGHT - 5}
          className="m"
          strokeWidth={3}
          strokeLinecap="round"
          vectorEffect="non-scaling-stroke"
        />
      ) : (
        <rect
          x={x0}
          width={round(Math.max(span.x1 - span.x0, 1))}
          y={10}
          height={HEIGHT - 20}
          className="m"
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
