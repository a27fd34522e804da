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
import { fieldErrorsByPath, statementInputSchema } from "@/lib/statements/input-schema";
import { createStatement } from "@/lib/statements/mutations";

export async function createStatementAction(previous: StatementFormState, form: FormData): Promise<StatementFormState> {
  const values = formDataToValues(form);
  const editor = await currentEditor();
  if (!editor || !canWrite(editor.role)) {
    return formAnswer(previous, values, {
      message: "You are no longer signed in as an editor. Sign in again in another tab, then save: your entries are kept here.",
    });
  }
  const parsed = statementInputSchema.safeParse(formValuesToInput(values));
  if (!parsed.success) {
    return formAnswer(previous, values, {
      errors: errorsByFormField(fieldErrorsByPath(parsed.error), values),
      message: "Some fields need attention.",
    });
  }
  const limited = await consume("write", editor.id);
  if (!limited.ok) {
    return formAnswer(previous, values, {
      message: `Too many saves in a short time: wait ${limited.retryAfterSeconds} seconds, then save again.`,
    });
  }
  const result = await createStatement(parsed.data, { id: editor.id, via: "form" }, {
    allowDuplicate: form.get("confirmDuplicate") === "yes",
  });
  if (!result.ok) return failureToFormState(result, values, previous);
  revalidatePath("/", "layout");
  redirect(`/statements/${result.id}`);
}
