import { formatDay } from "../dates";
import type { FilterKey, StatementFilters } from "./filters";
import type { FilterOptionsView } from "./queries";
import { ceasefireStanceLabels, statementOriginLabels, talksStanceLabels } from "./schema";

export type FilterLabel = {
  key: string;
  /** "Actor: Sergey Lavrov", "From 1 January 2023". */
  label: string;
  /** Overrides for filtersToSearchParams that take this one value away. */
  remove: Partial<Record<FilterKey, string | string[] | undefined>>;
};

/** Each active filter value in words, for chips, summaries and feed titles. */
export function filterLabels(filters: StatementFilters, options: FilterOptionsView): FilterLabel[] {
  const names = {
    actor: new Map(options.actors.map((a) => [a.slug, a.name])),
    topic: new Map(options.topics.map((t) => [t.slug, t.label])),
    condition: new Map(options.conditionGroups.flatMap((g) => g.conditions.map((c) => [c.slug, c.label] as const))),
  };
  const prefix = { actor: "Actor", topic: "Topic", condition: "Condition" } as const;
  const labels: FilterLabel[] = [];
  for (const field of ["actor", "topic", "condition"] as const) {
    for (const value of filters[field]) {
      labels.push({
        key: `${field}-${value}`,
        label: `${prefix[field]}: ${names[field].get(value) ?? value}`,
        remove: { [field]: filters[field].filter((v) => v !== value) },
      });
    }
  }
  for (const value of filters.ceasefire) {
    labels.push({
      key: `ceasefire-${value}`,
      label: ceasefireStanceLabels[value],
      remove: { ceasefire: filters.ceasefire.filter((v) => v !== value) },
    });
  }
  for (const value of filters.talks) {
    labels.push({
      key: `talks-${value}`,
      label: talksStanceLabels[value],
      remove: { talks: filters.talks.filter((v) => v !== value) },
    });
  }
  for (const value of filters.origin) {
    labels.push({
      key: `origin-${value}`,
      label: statementOriginLabels[value],
      remove: { origin: filters.origin.filter((v) => v !== value) },
    });
  }
  if (filters.from) labels.push({ key: "from", label: `From ${formatDay(filters.from)}`, remove: { from: undefined } });
  if (filters.to) labels.push({ key: "to", label: `To ${formatDay(filters.to)}`, remove: { to: undefined } });
  if (filters.q) labels.push({ key: "q", label: `Search: ${filters.q}`, remove: { q: undefined } });
  return labels;
}
