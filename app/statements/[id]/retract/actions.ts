"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { canWrite } from "@/lib/auth/roles";
import { currentEditor } from "@/lib/auth/session";
import { consume } from "@/lib/security/rate-limit";
import { reasonSchema, versionSchema } from "@/lib/statements/input-schema";
import { retractStatement } from "@/lib/statements/mutations";
import type { RetractFormState } from "@/lib/statements/retract-form";

export async function retractStatementAction(
  id: number,
  previous: RetractFormState,
  form: FormData,
): Promise<RetractFormState> {
  const typed = typeof form.get("reason") === "string" ? (form.get("reason") as string) : "";
  const answer = (patch: Partial<RetractFormState>): RetractFormState => ({
    ...previous,
    reason: typed,
    errors: {},
    message: undefined,
    submission: previous.submission + 1,
    ...patch,
  });
  const editor = await currentEditor();
  if (!editor || !canWrite(editor.role)) {
    return answer({ message: "You are no longer signed in as an editor. Sign in again in another tab, then retract." });
  }
  const reason = reasonSchema.safeParse(typed);
  if (!reason.success) return answer({ errors: { reason: reason.error.issues.map((i) => i.message) } });
  const version = versionSchema.safeParse(form.get("version"));
  const limited = await consume("write", editor.id);
  if (!limited.ok) return answer({ message: `Too many changes in a short time: wait ${limited.retryAfterSeconds} seconds.` });
  const result = await retractStatement(
    id,
    { reason: reason.data, version: version.success ? version.data : undefined },
    { id: editor.id, via: "form" },
  );
  if (!result.ok) {
    if (result.reason === "conflict") {
      return answer({
        version: result.currentVersion,
        message: "The statement was corrected since you opened this page. Check the statement, then retract again.",
      });
    }
    return answer({
      message: result.reason === "retracted" ? "This statement is already retracted." : "This statement no longer exists.",
    });
  }
  revalidatePath("/", "layout");
  redirect(`/statements/${id}`);
}
