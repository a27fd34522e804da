import { formatDay } from "@/lib/dates";
import type { StatementView } from "@/lib/statements/queries";
import { sourceKindLabels } from "@/lib/statements/schema";

export function SourceList({ sources, compact = false }: { sources: StatementView["sources"]; compact?: boolean }) {
  return (
    <ul className={compact ? "flex flex-wrap gap-x-3 text-sm text-stone-600" : "space-y-2"}>
      {sources.map((s, i) => {
        const label = (
          <>
            <span className="font-medium">{s.outlet}</span>
            {!compact && <>: “{s.title}”</>}
          </>
        );
        return (
          <li key={i}>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer" className="underline hover:text-blue-800">
                {label}
              </a>
            ) : (
              label
            )}
            {s.publishedOn && <span className="text-stone-600">, {formatDay(s.publishedOn)}</span>}
            {!compact && <span className="ml-2 text-xs text-stone-500">{sourceKindLabels[s.kind]}</span>}
            {!compact && !s.url && <span className="ml-2 text-xs text-stone-500">(no link recorded)</span>}
          </li>
        );
      })}
    </ul>
  );
}
