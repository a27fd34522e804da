import type { Metadata } from "next";
import { NotAllowed } from "@/components/auth/not-allowed";
import { StatementForm } from "@/components/statements/statement-form";
import { canWrite } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { getStatementFormOptions } from "@/lib/editing/queries";
import { emptyStatementValues } from "@/lib/statements/form-values";
import { createStatementAction } from "./actions";

export const metadata: Metadata = { title: "Add a statement", robots: { index: false } };

export default async function NewStatementPage() {
  const editor = await requireSignedIn("/statements/new");
  if (!canWrite(editor.role)) return <NotAllowed what="add statements" email={editor.email} />;
  const options = await getStatementFormOptions();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Add a statement</h1>
      <StatementForm
        mode="create"
        action={createStatementAction}
        initialState={{ values: emptyStatementValues(), errors: {}, submission: 0 }}
        options={options}
        cancelHref="/"
      />
    </div>
  );
}
