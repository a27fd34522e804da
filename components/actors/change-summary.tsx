import Link from "next/link";
import { SaidOn } from "@/components/statements/said-on";
import type { ActorDetailView } from "@/lib/actors/queries";
import type { ChangeFrom, DatedEntry } from "@/lib/positions/changes";
import { ceasefireStanceLabels, conditionScopeLabels, talksStanceLabels } from "@/lib/statements/schema";

type Row = { key: string; what: React.ReactNode; from: string; to: string; entry: DatedEntry; change: ChangeFrom<string> };

/** Every change of position in one list, newest first (the newest `max` of them): the news in an actor's record. */
export function ChangeSummary({
  actor,
  max = Number.POSITIVE_INFINITY,
}: {
  actor: Pick<ActorDetailView, "positions" | "stances">;
  max?: number;
}) {
  const rows: Row[] = [
    ...actor.positions.flatMap((h) =>
      h.entries.flatMap((e) =>
        e.change
          ? [
              {
                key: `${h.condition.slug}-${e.appliesTo}-${e.statementId}`,
                what: (
                  <>
                    <a href={`#condition-${h.condition.slug}`} className="underline">
                      {h.condition.label}
                    </a>{" "}
                    <span className="text-stone-600">for {conditionScopeLabels[e.appliesTo]}</span>
                  </>
                ),
                from: e.change.from,
                to: e.position,
                entry: e,
                change: e.change,
              },
            ]
          : [],
      ),
    ),
    ...actor.stances.talks.flatMap((e) =>
      e.change
        ? [{ key: `talks-${e.statementId}`, what: "Talks", from: talksStanceLabels[e.change.from], to: talksStanceLabels[e.stance], entry: e, change: e.change }]
        : [],
    ),
    ...actor.stances.ceasefire.flatMap((e) =>
      e.change
        ? [
            {
              key: `ceasefire-${e.statementId}`,
              what: "Ceasefire",
              from: ceasefireStanceLabels[e.change.from],
              to: ceasefireStanceLabels[e.stance],
              entry: e,
              change: e.change,
            },
          ]
        : [],
    ),
  ].sort((a, b) => (a.entry.saidOn > b.entry.saidOn ? -1 : a.entry.saidOn < b.entry.saidOn ? 1 : 0));

  if (rows.length === 0) {
    return <p className="text-sm text-stone-600">No change of position is recorded.</p>;
  }
  const hidden = rows.length - Math.min(rows.length, max);
  return (
    <>
    <ul className="space-y-2">
      {rows.slice(0, max).map((r) => (
        <li key={r.key} className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-medium">{r.what}</p>
          <p>
            <strong>
              {r.from} → {r.to}
            </strong>
            : from{" "}
            <Link href={`/statements/${r.change.statementId}`} className="underline">
              <SaidOn saidOn={r.change.saidOn} precision={r.change.saidOnPrecision} />
            </Link>{" "}
            to{" "}
            <Link href={`/statements/${r.entry.statementId}`} className="underline">
              <SaidOn saidOn={r.entry.saidOn} precision={r.entry.saidOnPrecision} />
            </Link>
            {r.change.orderUncertain && (
              <span className="text-stone-700"> (the dates overlap, so which was said first is not certain)</span>
            )}
          </p>
        </li>
      ))}
    </ul>
    {hidden > 0 && (
      <p className="text-sm text-stone-600">
        {hidden.toLocaleString("en-GB")} earlier changes are not listed here; each condition below shows its own.
      </p>
    )}
    </>
  );
}
