import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotAllowed } from "@/components/auth/not-allowed";
import { StatementForm } from "@/components/statements/statement-form";
import { canWrite } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { formatSaidOn } from "@/lib/dates";
import { getStatementFormOptions } from "@/lib/editing/queries";
import { getStatementForEditing } from "@/lib/revisions/queries";
import { snapshotToFormValues } from "@/lib/statements/form-values";
import { statementIdSchema } from "@/lib/statements/schema";
import { updateStatementAction } from "./actions";

export const metadata: Metadata = { title: "Correct a statement", robots: { index: false } };

export default async function EditStatementPage({ params }: { params: Promise<{ id: string }> }) {
  const id = statementIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const editor = await requireSignedIn(`/statements/${id.data}/edit`);
  if (!canWrite(editor.role)) return <NotAllowed what="correct statements" email={editor.email} />;
  const [statement, options] = await Promise.all([getStatementForEditing(id.data), getStatementFormOptions()]);
  if (!statement) notFound();
  const { snapshot } = statement;
  const heading = `${statement.actorName}, ${formatSaidOn(snapshot.saidOn, snapshot.saidOnPrecision)}`;

  if (snapshot.retracted) {
    return (
      <div role="alert" className="space-y-2 rounded border border-rose-300 bg-rose-50 p-4 text-rose-950">
        <h1 className="text-xl font-semibold">This statement is retracted</h1>
        <p>A retracted statement is kept as it was and can no longer be corrected.</p>
        <Link href={`/statements/${statement.id}`} className="underline">
          Back to the statement
        </Link>
      </div>
    );
  }

  // The actor by name, as the field offers them; the server resolves the name again.
  const values = { ...snapshotToFormValues(snapshot), actor: statement.actorName };
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
        <Link href={`/statements/${statement.id}`} className="underline">
          Statement {statement.id}
        </Link>{" "}
        / Correct
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">Correct: {heading}</h1>
      <p className="text-sm text-stone-600">
        Opened at version {statement.version}. Every change is kept in the statement&apos;s public history with your
        name and reason.
      </p>
      <StatementForm
        mode="edit"
        action={updateStatementAction.bind(null, statement.id)}
        initialState={{ values, errors: {}, submission: 0, version: statement.version, reason: "" }}
        options={options}
        cancelHref={`/statements/${statement.id}`}
      />
    </div>
  );
}
