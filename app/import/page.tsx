import type { Metadata } from "next";
import { NotAllowed } from "@/components/auth/not-allowed";
import { ImportWorkspace } from "@/components/import/import-workspace";
import { canWrite } from "@/lib/auth/roles";
import { requireSignedIn } from "@/lib/auth/session";
import { getStatementFormOptions } from "@/lib/editing/queries";
import { acceptCandidateAction, extractArticleAction, saveEditedCandidateAction } from "./actions";

export const metadata: Metadata = { title: "Import from an article", robots: { index: false } };

export default async function ImportPage() {
  const editor = await requireSignedIn("/import");
  if (!canWrite(editor.role)) return <NotAllowed what="import statements" email={editor.email} />;
  const options = await getStatementFormOptions();
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Import from an article</h1>
        <p className="max-w-3xl text-sm text-stone-700">
          Paste a news story: the statements it reports are found and shown beside the words they come from. Nothing
          is recorded until you accept a statement, as it is or after editing it.
        </p>
      </header>
      <ImportWorkspace
        extractAction={extractArticleAction}
        acceptAction={acceptCandidateAction}
        editAction={saveEditedCandidateAction}
        options={options}
      />
    </div>
  );
}
