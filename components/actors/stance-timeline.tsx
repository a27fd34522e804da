import Link from "next/link";
import { SaidOn } from "@/components/statements/said-on";
import type { StanceEntry } from "@/lib/positions/changes";
import { ChangeMark } from "./change-mark";

/** A talks or ceasefire stance over time, oldest first, each change marked. */
export function StanceTimeline<V extends string>({
  entries,
  left = 0,
  labels,
  title,
}: {
  entries: StanceEntry<V>[];
  /** Entries of a long history not passed in (repeats of a stance, older changes). */
  left?: number;
  labels: Record<V, string>;
  title: string;
}) {
  const short = (v: V) => labels[v].toLowerCase();
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{title}</h3>
      {entries.length === 0 ? (
        <p className="text-sm text-stone-600">No statement records a stance.</p>
      ) : (
        <ol className="space-y-1.5 border-l-2 border-stone-200 pl-3" aria-label={`${title}, oldest first`}>
          {entries.map((e) => (
            <li key={e.statementId} className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
              <Link href={`/statements/${e.statementId}`} className="min-w-32 font-medium text-blue-800 underline">
                <SaidOn saidOn={e.saidOn} precision={e.saidOnPrecision} />
              </Link>
              <span>{labels[e.stance]}</span>
              {e.change && <ChangeMark change={e.change} to={e.stance} label={short} />}
            </li>
          ))}
        </ol>
      )}
      {left > 0 && (
        <p className="text-sm text-stone-600">
          Showing the first, the latest and the newest changes; {left.toLocaleString("en-GB")} other statements are
          not listed.
        </p>
      )}
    </div>
  );
}
