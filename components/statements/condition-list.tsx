import type { StatementView } from "@/lib/statements/queries";
import { conditionScopeLabels } from "@/lib/statements/schema";

const positionTone = {
  demands: "text-rose-900 bg-rose-50 ring-rose-200",
  rejects: "text-stone-900 bg-stone-100 ring-stone-300",
  offers: "text-emerald-900 bg-emerald-50 ring-emerald-200",
  accepts: "text-emerald-900 bg-emerald-50 ring-emerald-200",
} as const;

export function ConditionList({ conditions }: { conditions: StatementView["conditions"] }) {
  if (conditions.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Conditions named">
      {conditions.map((c) => (
        <li
          key={`${c.slug}-${c.appliesTo}`}
          className={`rounded px-2 py-0.5 text-xs ring-1 ring-inset ${positionTone[c.position]}`}
        >
          <span className="font-semibold">{c.position}</span> {c.label}{" "}
          <span className="text-stone-600">for {conditionScopeLabels[c.appliesTo]}</span>
        </li>
      ))}
    </ul>
  );
}
