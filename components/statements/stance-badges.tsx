import {
  ceasefireStanceLabels,
  talksStanceLabels,
  type CeasefireStance,
  type TalksStance,
} from "@/lib/statements/schema";

const tone: Record<string, string> = {
  supports: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  open: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  opposes: "bg-rose-50 text-rose-900 ring-rose-200",
  refuses: "bg-rose-50 text-rose-900 ring-rose-200",
  conditional: "bg-amber-50 text-amber-900 ring-amber-200",
};

export function StanceBadges({ ceasefire, talks }: { ceasefire: CeasefireStance; talks: TalksStance }) {
  const badges: { key: string; value: string; label: string }[] = [];
  if (ceasefire !== "none") badges.push({ key: "ceasefire", value: ceasefire, label: ceasefireStanceLabels[ceasefire] });
  if (talks !== "none") badges.push({ key: "talks", value: talks, label: talksStanceLabels[talks] });
  if (badges.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Stances">
      {badges.map((b) => (
        <li key={b.key} className={`rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tone[b.value]}`}>
          {b.label}
        </li>
      ))}
    </ul>
  );
}
