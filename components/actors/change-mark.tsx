import Link from "next/link";
import { SaidOn } from "@/components/statements/said-on";
import type { ChangeFrom } from "@/lib/positions/changes";

/** "Changed: rejects → accepts", linking the earlier statement so both can be read side by side. */
export function ChangeMark<V extends string>({
  change,
  to,
  label = (v) => v,
}: {
  change: ChangeFrom<V>;
  to: V;
  label?: (value: V) => string;
}) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-950 ring-1 ring-inset ring-amber-300">
      <strong className="font-semibold">
        Changed: {label(change.from)} → {label(to)}
      </strong>
      <span>
        (earlier statement:{" "}
        <Link href={`/statements/${change.statementId}`} className="underline">
          <SaidOn saidOn={change.saidOn} precision={change.saidOnPrecision} />
        </Link>
        {change.orderUncertain && <>; the dates overlap, so which was said first is not certain</>})
      </span>
    </span>
  );
}
