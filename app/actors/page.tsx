import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SaidOn } from "@/components/statements/said-on";
import { EmptyState } from "@/components/ui/empty-state";
import { listActors } from "@/lib/actors/queries";
import { formatDay } from "@/lib/dates";

export const metadata: Metadata = { title: "Actors" };

export default async function ActorsPage() {
  // Read at request time, never frozen into the build: the ledger changes.
  await connection();
  const actors = await listActors();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Actors</h1>
        <p className="text-stone-600">Everyone whose statements are recorded, with their positions over time.</p>
      </div>
      {actors.length === 0 ? (
        <EmptyState title="No actors recorded yet" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Actors by name, with the number of statements recorded and the latest</caption>
            <thead className="border-b border-stone-200 bg-stone-100 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Actor</th>
                <th scope="col" className="px-3 py-2 font-medium">Latest office</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Statements</th>
                <th scope="col" className="px-3 py-2 font-medium">Latest statement</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {actors.map((a) => {
                const office = a.roles[0];
                return (
                  <tr key={a.slug}>
                    <th scope="row" className="px-3 py-2 font-medium">
                      <Link href={`/actors/${a.slug}`} className="text-blue-800 underline">{a.name}</Link>
                      {a.affiliation && <span className="block text-xs font-normal text-stone-600">{a.affiliation}</span>}
                    </th>
                    <td className="px-3 py-2 text-stone-700">
                      {office ? (
                        <>
                          {office.title}
                          {office.endOn && <span className="text-stone-500"> (until {formatDay(office.endOn)})</span>}
                        </>
                      ) : a.kind === "organisation" ? (
                        "Organisation"
                      ) : (
                        "—"
                      )}
                    </td>
                    <td className="px-3 py-2 text-right tabular-nums">{a.statementCount}</td>
                    <td className="px-3 py-2 whitespace-nowrap text-stone-700">
                      {a.latestSaidOn && a.latestSaidOnPrecision ? (
                        <SaidOn saidOn={a.latestSaidOn} precision={a.latestSaidOnPrecision} />
                      ) : (
                        "None yet"
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
