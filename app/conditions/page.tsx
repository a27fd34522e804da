import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { EmptyState } from "@/components/ui/empty-state";
import { listConditions } from "@/lib/conditions/queries";

export const metadata: Metadata = { title: "Conditions" };

export default async function ConditionsPage() {
  // Read at request time, never frozen into the build: the ledger changes.
  await connection();
  const conditions = await listConditions();
  const groups = [...new Set(conditions.map((c) => c.group))];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Conditions</h1>
        <p className="text-stone-600">
          What actors make a condition of starting talks, of a ceasefire or of a final settlement, grouped by subject.
          Open one to see who demands, offers, accepts or rejects it, and since when.
        </p>
        <p className="mt-1 text-sm">
          <Link href="/board" className="text-blue-800 underline">Compare actors on every condition</Link>
        </p>
      </div>
      {conditions.length === 0 ? (
        <EmptyState title="No conditions defined yet" />
      ) : (
        groups.map((group) => (
          <section key={group} aria-labelledby={`group-${group}`} className="space-y-2">
            <h2 id={`group-${group}`} className="text-lg font-semibold">{group}</h2>
            <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
              {conditions
                .filter((c) => c.group === group)
                .map((c) => (
                  <li key={c.slug} className="p-3">
                    <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                      <Link href={`/conditions/${c.slug}`} className="font-medium text-blue-800 underline">
                        {c.label}
                      </Link>
                      <span className="text-sm text-stone-600">
                        {c.statementCount === 0
                          ? "Not named yet"
                          : `${c.statementCount} ${c.statementCount === 1 ? "statement" : "statements"}, ${c.actorCount} ${c.actorCount === 1 ? "actor" : "actors"}`}
                      </span>
                    </div>
                    <p className="mt-1 text-sm text-stone-700">{c.definition}</p>
                  </li>
                ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
