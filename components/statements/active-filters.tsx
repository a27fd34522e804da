import { filterLabels } from "@/lib/statements/filter-labels";
import { filtersToSearchParams, type StatementFilters } from "@/lib/statements/filters";
import type { FilterOptionsView } from "@/lib/statements/queries";
import { TimelineLink } from "./timeline-navigation";

/** Each active filter as a link that removes it, and one that removes them all. */
export function ActiveFilters({ filters, options }: { filters: StatementFilters; options: FilterOptionsView }) {
  const labels = filterLabels(filters, options);
  if (labels.length === 0) return null;
  const base = { ...filters, cursor: undefined };
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      <ul className="flex flex-wrap gap-2">
        {labels.map((l) => {
          const query = filtersToSearchParams(base, l.remove).toString();
          return (
            <li key={l.key}>
              <TimelineLink
                href={query ? `/?${query}` : "/"}
                className="inline-flex items-center gap-1.5 rounded-full bg-blue-50 px-3 py-1 text-sm text-blue-950 ring-1 ring-inset ring-blue-200 hover:bg-blue-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
              >
                <span>{l.label}</span>
                <span aria-hidden="true" className="text-blue-700">
                  ×
                </span>
                <span className="sr-only">(remove this filter)</span>
              </TimelineLink>
            </li>
          );
        })}
      </ul>
      <TimelineLink href="/" className="text-sm text-stone-700 underline hover:text-blue-800">
        Clear all
      </TimelineLink>
    </div>
  );
}
