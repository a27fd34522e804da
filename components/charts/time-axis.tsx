import { LANE_WIDTH, round } from "./chart-lane";
import type { Tick } from "./time-scale";

/** The tick labels under a lane chart, lined up with the drawings (not read out: each mark names its date). */
export function TimeAxis({ ticks }: { ticks: Tick[] }) {
  return (
    <div aria-hidden="true" className="relative h-5 text-xs text-stone-600 sm:ml-[11.75rem]">
      {ticks.map((t) => {
        const left = (t.x / LANE_WIDTH) * 100;
        const shift = left < 6 ? "" : left > 94 ? "-translate-x-full" : "-translate-x-1/2";
        return (
          <span key={t.isoDate} className={`absolute top-0 whitespace-nowrap ${shift}`} style={{ left: `${round(left)}%` }}>
            {t.label}
          </span>
        );
      })}
    </div>
  );
}
