import {
  conditionPositionLabels,
  conditionScopeLabels,
  type ConditionPosition,
  type ConditionScope,
} from "@/lib/statements/schema";

/** Colours of a position word, shared by every place that shows one. */
export const positionTone: Record<ConditionPosition, string> = {
  demands: "text-rose-900 bg-rose-50 ring-rose-200",
  rejects: "text-stone-900 bg-stone-100 ring-stone-300",
  offers: "text-emerald-900 bg-emerald-50 ring-emerald-200",
  accepts: "text-emerald-900 bg-emerald-50 ring-emerald-200",
};

/** "demands for a ceasefire": the position word, and the stage it is set for. */
export function PositionBadge({ position, appliesTo }: { position: ConditionPosition; appliesTo: ConditionScope }) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1">
      <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${positionTone[position]}`}>
        {conditionPositionLabels[position]}
      </span>
      <span className="text-sm text-stone-700">for {conditionScopeLabels[appliesTo]}</span>
    </span>
  );
}
