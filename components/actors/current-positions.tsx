import Link from "next/link";
import { SaidOn } from "@/components/statements/said-on";
import type { CurrentPosition } from "@/lib/positions/changes";
import { PositionBadge } from "./position-badge";

/** Where an actor stands now on each stage of a condition, and since when. */
export function CurrentPositions({ current }: { current: CurrentPosition[] }) {
  return (
    <ul className="space-y-1">
      {current.map((c) => (
        <li key={c.appliesTo} className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <PositionBadge position={c.position} appliesTo={c.appliesTo} />
          <span className="text-stone-700">
            since{" "}
            <Link href={`/statements/${c.since.statementId}`} className="underline">
              <SaidOn saidOn={c.since.saidOn} precision={c.since.saidOnPrecision} />
            </Link>
            {c.latest.statementId !== c.since.statementId && (
              <>
                , latest{" "}
                <Link href={`/statements/${c.latest.statementId}`} className="underline">
                  <SaidOn saidOn={c.latest.saidOn} precision={c.latest.saidOnPrecision} />
                </Link>
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
