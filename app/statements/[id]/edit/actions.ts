"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { canWrite } from "@/lib/auth/roles";
import { currentEditor } from "@/lib/auth/session";
import { consume } from "@/lib/security/rate-limit";
import {
  errorsByFormField,
  failureToFormState,
  formAnswer,
  formDataToValues,
  formValuesToInput,
  type StatementFormState,
} from "@/lib/statements/form-values";
import { fieldErrorsByPath, reasonSchema, statementInputSchema, versionSchema } from "@/lib/statements/input-schema";
import { updateStatement } from "@/lib/statements/mutations";

export async function updateStatementAction(
  id: number,
  previous: StatementFormState,
  form: FormData,
): Promise<StatementFormState> {
  const values = formDataToValues(form);
  const typedReason = typeof form.get("reason") === "string" ? (form.get("reason") as string) : "";
  const version = versionSchema.safeParse(form.get("version"));
  const kept = { reason: typedReason, version: version.success ? version.data : previous.version };
  const editor = await currentEditor();
  if (!editor || !canWrite(editor.role)) {
    return formAnswer(previous, values, {
      ...kept,
      message: "You are no longer signed in as an editor. Sign in again in another tab, then save: your changes are kept here.",
    });
  }
  const parsed = statementInputSchema.safeParse(formValuesToInput(values));
  const reason = reasonSchema.safeParse(typedReason);
  if (!parsed.success || !reason.success || !version.success) {
    const errors = parsed.success ? {} : errorsByFormField(fieldErrorsByPath(parsed.error), values);
    if (!reason.success) errors.reason = reason.error.issues.map((i) => i.message);
    if (!version.success) errors.version = ["The version being edited is missing: reload the page to edit again."];
    return formAnswer(previous, values, { ...kept, errors, message: "Some fields need attention." });
  }
  const limited = await consume("write", editor.id);
  if (!limited.ok) {
    return formAnswer(previous, values, {
      ...kept,
      message: `Too many saves in a short time: wait ${limited.retryAfterSeconds} seconds, then save again.`,
    });
  }
  const result = await updateStatement(
    id,
    { version: version.data, reason: reason.data, input: parsed.data },
    { id: editor.id, via: "form" },
  );
  if (!result.ok) return failureToFormState(result, values, { ...previous, ...kept });
  revalidatePath("/", "layout");
  redirect(`/statements/${id}`);
}
