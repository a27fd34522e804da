import { filtersOnlySearchParams, type StatementFilters } from "@/lib/statements/filters";

/** The same filtered timeline as a download, a feed and JSON. */
export function ExportLinks({ filters }: { filters: StatementFilters }) {
  const query = filtersOnlySearchParams(filters);
  const csv = new URLSearchParams(query);
  csv.set("format", "csv");
  const suffix = query.size > 0 ? `?${query}` : "";
  const link = "underline hover:text-blue-800";
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700" aria-label="Take these statements away">
      <li>
        <a href={`/api/statements?${csv}`} className={link} download>
          Download CSV
        </a>
        <span className="text-stone-500"> (all matching)</span>
      </li>
      <li>
        <a href={`/feed.xml${suffix}`} className={link} type="application/atom+xml">
          Atom feed
        </a>
      </li>
      <li>
        <a href={`/api/statements${suffix}`} className={link} type="application/json">
          JSON
        </a>
      </li>
    </ul>
  );
}
