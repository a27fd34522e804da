import { ceasefireStanceLabels, conditionScopeLabels, sourceKindLabels, talksStanceLabels } from "./schema";
import type { StatementSnapshot } from "./snapshot";

// Isomorphic: one field of a stored version as plain text, for the history
// page and for the conflict notice that shows what another editor changed.

/** Names for slugs, where the caller has them; the slug is shown otherwise. */
export type SnapshotLabels = {
  actors?: Map<string, string>;
  topics?: Map<string, string>;
  conditions?: Map<string, string>;
};

export function formatSnapshotField<K extends keyof StatementSnapshot>(
  field: K,
  value: StatementSnapshot[K],
  labels: SnapshotLabels = {},
): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value) && value.length === 0) return "—";
  switch (field) {
    case "actor":
      return labels.actors?.get(value as string) ?? (value as string);
    case "ceasefireStance":
      return ceasefireStanceLabels[value as StatementSnapshot["ceasefireStance"]];
    case "talksStance":
      return talksStanceLabels[value as StatementSnapshot["talksStance"]];
    case "background":
      return value ? "Yes: an earlier statement recalled by the source" : "No";
    case "topics":
      return (value as string[]).map((t) => labels.topics?.get(t) ?? t).join(", ");
    case "conditions":
      return (value as StatementSnapshot["conditions"])
        .map((c) => `${labels.conditions?.get(c.slug) ?? c.slug}: ${c.position} (for ${conditionScopeLabels[c.appliesTo]})`)
        .join("; ");
    case "sources":
      return (value as StatementSnapshot["sources"])
        .map(
          (s) =>
            `${s.outlet}, “${s.title}”${s.publishedOn ? `, ${s.publishedOn}` : ""} [${sourceKindLabels[s.kind]}]${s.url ? ` ${s.url}` : ""}`,
        )
        .join("; ");
    case "respondsTo":
    case "restates":
      return (value as number[]).map((id) => `statement ${id}`).join(", ");
    case "retracted": {
      const r = value as NonNullable<StatementSnapshot["retracted"]>;
      return `Retracted ${r.at.slice(0, 10)}${r.reason ? `: ${r.reason}` : ""}`;
    }
    default:
      return String(value);
  }
}
