import Link from "next/link";
import type { PositionEntry } from "@/lib/positions/changes";
import { PositionTimeline } from "./position-timeline";

/**
 * A position history cut by abridgeHistory: the entries kept and, when some
 * are left out, how many and where to see them all.
 */
export function AbridgedPositionTimeline({
  shown,
  left,
  label,
  moreHref,
}: {
  shown: PositionEntry[];
  left: number;
  label: string;
  moreHref: string;
}) {
  return (
    <div className="space-y-1">
      <PositionTimeline entries={shown} label={label} />
      {left > 0 && (
        <p className="text-sm text-stone-600">
          {left.toLocaleString("en-GB")} other entries (repeats of a position, older changes) are not listed;{" "}
          <Link href={moreHref} className="underline">see them all on the timeline</Link>.
        </p>
      )}
    </div>
  );
}
