import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { NotAllowed } from "@/components/auth/not-allowed";
import { listAuditEntries } from "@/lib/audit/queries";
import { isAdmin } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { formatInstant } from "@/lib/dates";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

const actionLabels: Record<string, string> = {
  statement_created: "Statement recorded",
  statement_updated: "Statement corrected",
  statement_retracted: "Statement retracted",
  editor_created: "Account created",
  api_token_issued: "API token issued",
  api_tokens_revoked: "Access revoked",
};
const viaLabels = { form: "form", api: "API", cli: "command line" } as const;

const beforeParam = z.coerce.number().int().positive().optional().catch(undefined);

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const editor = await requireSignedIn("/admin/audit");
  if (!isAdmin(editor.role)) return <NotAllowed what="read the audit log" email={editor.email} />;
  const before = beforeParam.parse((await searchParams).before);
  const { entries, nextBefore } = await listAuditEntries({ before, limit: 50 });

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
      <p className="text-sm text-stone-600">Every change to the record, newest first, with who made it and how.</p>
      {entries.length === 0 ? (
        <p className="text-sm text-stone-600">Nothing recorded{before ? " before this point" : " yet"}.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Recent changes</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-4 font-medium">When (UTC)</th>
                <th scope="col" className="py-2 pr-4 font-medium">Who</th>
                <th scope="col" className="py-2 pr-4 font-medium">What</th>
                <th scope="col" className="py-2 pr-4 font-medium">Details</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-b border-stone-200 align-top">
                  <td className="whitespace-nowrap py-2 pr-4">
                    <time dateTime={e.at}>{formatInstant(e.at)}</time>
                  </td>
                  <td className="py-2 pr-4">
                    {e.user ? (
                      <>
                        {e.user.name}
                        <span className="block text-xs text-stone-600">{e.user.email}</span>
                      </>
                    ) : (
                      <span className="text-stone-600">Administrator</span>
                    )}
                  </td>
                  <td className="py-2 pr-4">
                    {actionLabels[e.action] ?? e.action}
                    <span className="block text-xs text-stone-600">by {viaLabels[e.via]}</span>
                  </td>
                  <td className="py-2 pr-4">
                    <span className="break-words">{e.summary}</span>
                    {e.statementId && (
                      <span className="mt-1 flex gap-3 text-xs">
                        <Link href={`/statements/${e.statementId}`} className="underline">
                          Statement {e.statementId}
                        </Link>
                        <Link href={`/statements/${e.statementId}/history`} className="underline">
                          History
                        </Link>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Audit log pages" className="flex gap-4 text-sm">
        {before && (
          <Link href="/admin/audit" className="underline">
            Newest
          </Link>
        )}
        {nextBefore && (
          <Link href={`/admin/audit?before=${nextBefore}`} className="underline">
            Older changes
          </Link>
        )}
      </nav>
    </div>
  );
}
