import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotAllowed } from "@/components/auth/not-allowed";
import { RetractForm } from "@/components/statements/retract-form";
import { StatementWords } from "@/components/statements/statement-words";
import { canWrite } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { formatSaidOn } from "@/lib/dates";
import { getStatementForEditing } from "@/lib/revisions/queries";
import { statementIdSchema } from "@/lib/statements/schema";
import { retractStatementAction } from "./actions";

export const metadata: Metadata = { title: "Retract a statement", robots: { index: false } };

export default async function RetractStatementPage({ params }: { params: Promise<{ id: string }> }) {
  const id = statementIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const editor = await requireSignedIn(`/statements/${id.data}/retract`);
  if (!canWrite(editor.role)) return <NotAllowed what="retract statements" email={editor.email} />;
  const statement = await getStatementForEditing(id.data);
  if (!statement) notFound();
  const { snapshot } = statement;

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
        <Link href={`/statements/${statement.id}`} className="underline">
          Statement {statement.id}
        </Link>{" "}
        / Retract
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">
        Retract: {statement.actorName}, {formatSaidOn(snapshot.saidOn, snapshot.saidOnPrecision)}
      </h1>
      <StatementWords quote={snapshot.quote} paraphrase={snapshot.paraphrase} />
      {snapshot.retracted ? (
        <p role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-rose-950">
          This statement is already retracted{snapshot.retracted.reason ? `: ${snapshot.retracted.reason}` : "."}
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-700">
            Retracting takes the statement off the timeline, the exports and the feeds. Nothing is deleted: its
            address keeps working and shows the reason, and its history is kept.
          </p>
          <RetractForm
            action={retractStatementAction.bind(null, statement.id)}
            initialState={{ reason: "", version: statement.version, errors: {}, submission: 0 }}
            cancelHref={`/statements/${statement.id}`}
          />
        </>
      )}
    </div>
  );
}
