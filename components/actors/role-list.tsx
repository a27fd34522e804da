import { formatDay } from "@/lib/dates";
import type { RoleView } from "@/lib/actors/queries";

/** Offices held, newest first, with their dates. */
export function RoleList({ roles }: { roles: RoleView[] }) {
  if (roles.length === 0) return <p className="text-sm text-stone-600">No offices recorded.</p>;
  return (
    <ol className="space-y-1 text-sm">
      {roles.map((r) => (
        <li key={`${r.title}-${r.startOn}`}>
          <span className="font-medium">{r.title}</span>
          <span className="text-stone-600">
            , {formatDay(r.startOn)} – {r.endOn ? formatDay(r.endOn) : "present"}
          </span>
        </li>
      ))}
    </ol>
  );
}
