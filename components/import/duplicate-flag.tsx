import Link from "next/link";
import { formatSaidOn } from "@/lib/dates";
import type { DuplicateView } from "@/lib/statements/mutations";

/** Statements already recorded that a candidate likely repeats, to compare before accepting it. */
export function DuplicateFlag({ id, duplicates, refused }: { id: string; duplicates: DuplicateView[]; refused: boolean }) {
  return (
    <section aria-labelledby={id} className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <h4 id={id} className="font-semibold">
        {refused ? "Not saved: it looks like a statement already recorded" : "Likely recorded already"}
      </h4>
      <p>
        The same actor, on a date that can be the same, with overlapping words. Compare them; accept it anyway only
        if it is a different statement.
      </p>
      <ul className="mt-2 space-y-2">
        {duplicates.map((d) => (
          <li key={d.id} className="rounded bg-white p-2">
            <Link href={`/statements/${d.id}`} target="_blank" className="font-medium underline">
              Statement {d.id}, {formatSaidOn(d.saidOn, d.saidOnPrecision)}
              <span className="sr-only"> (opens in a new tab)</span>
            </Link>
            <p className="mt-1 text-stone-800">{d.quote ? `“${d.quote}”` : `Paraphrase: ${d.paraphrase ?? ""}`}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
