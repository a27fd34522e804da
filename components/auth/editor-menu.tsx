import Link from "next/link";
import type { EditorView } from "@/lib/auth/queries";
import { canWrite, isAdmin } from "@/lib/auth/roles";

/** The header's corner for editors: add, audit, sign out; a quiet sign-in link for everyone else. */
export function EditorMenu({ editor, signOutAction }: { editor: EditorView | null; signOutAction: () => Promise<void> }) {
  if (!editor) {
    return (
      <Link href="/sign-in" className="ml-auto text-sm text-stone-600 hover:text-blue-800 hover:underline">
        Editor sign-in
      </Link>
    );
  }
  return (
    <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      {canWrite(editor.role) && (
        <Link href="/statements/new" className="rounded bg-stone-900 px-2.5 py-1 font-medium text-white hover:bg-stone-700">
          Add statement
        </Link>
      )}
      {isAdmin(editor.role) && (
        <Link href="/admin/audit" className="text-stone-700 hover:text-blue-800 hover:underline">
          Audit log
        </Link>
      )}
      <span className="text-stone-600" title={editor.email}>
        {editor.name}
      </span>
      <form action={signOutAction}>
        <button type="submit" className="text-stone-700 underline hover:text-blue-800">
          Sign out
        </button>
      </form>
    </div>
  );
}
