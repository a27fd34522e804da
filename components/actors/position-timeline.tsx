import Link from "next/link";
import { SaidOn } from "@/components/statements/said-on";
import type { PositionEntry } from "@/lib/positions/changes";
import { ChangeMark } from "./change-mark";
import { PositionBadge } from "./position-badge";

/** What one actor said on one condition, oldest first, each change of position marked. */
export function PositionTimeline({ entries, label }: { entries: PositionEntry[]; label: string }) {
  return (
    <ol className="space-y-1.5 border-l-2 border-stone-200 pl-3" aria-label={label}>
      {entries.map((e) => (
        <li key={`${e.statementId}-${e.appliesTo}`} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <Link href={`/statements/${e.statementId}`} className="min-w-32 text-sm font-medium text-blue-800 underline">
            <SaidOn saidOn={e.saidOn} precision={e.saidOnPrecision} />
          </Link>
          <PositionBadge position={e.position} appliesTo={e.appliesTo} />
          {e.change && <ChangeMark change={e.change} to={e.position} />}
        </li>
      ))}
    </ol>
  );
}
