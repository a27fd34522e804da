"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { canWrite } from "@/lib/auth/roles";
import { currentEditor } from "@/lib/auth/session";
import { acceptCandidate } from "@/lib/import/mutations";
import { reviewArticle } from "@/lib/import/queries";
import {
  acceptFormDataToInput,
  acceptFormDataToValues,
  importFormDataToValues,
  type AcceptState,
  type ImportedFormState,
  type ImportFormState,
} from "@/lib/import/review";
import { acceptCandidateSchema, importArticleSchema } from "@/lib/import/schema";
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

const SIGNED_OUT = "You are no longer signed in as an editor. Sign in again in another tab, then try again: nothing here is lost.";
const tooMany = (seconds: number) => `Too many requests in a short time: wait ${seconds} seconds, then try again.`;

/** Who may act, or the message to show instead. */
async function writingEditor(): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const editor = await currentEditor();
  if (!editor || !canWrite(editor.role)) return { ok: false, message: SIGNED_OUT };
  const limited = await consume("write", editor.id);
  if (!limited.ok) return { ok: false, message: tooMany(limited.retryAfterSeconds) };
  return { ok: true, id: editor.id };
}

export async function extractArticleAction(previous: ImportFormState, form: FormData): Promise<ImportFormState> {
  const values = importFormDataToValues(form);
  const answer = (patch: Partial<ImportFormState>): ImportFormState => ({
    values,
    errors: {},
    submission: previous.submission + 1,
    ...patch,
  });
  const parsed = importArticleSchema.safeParse(values);
  if (!parsed.success) {
    return answer({ errors: z.flattenError(parsed.error).fieldErrors, message: "Some fields need attention." });
  }
  const editor = await writingEditor();
  if (!editor.ok) return answer({ message: editor.message });
  const { text, ...source } = parsed.data;
  const candidates = await reviewArticle({ text, url: source.url, outlet: source.outlet, publishedOn: source.publishedOn });
  return answer({ review: { source, candidates } });
}

export async function acceptCandidateAction(previous: AcceptState, form: FormData): Promise<AcceptState> {
  const values = acceptFormDataToValues(form);
  const answer = (patch: Partial<AcceptState>): AcceptState => ({
    values,
    errors: {},
    submission: previous.submission + 1,
    ...patch,
  });
  const parsed = acceptCandidateSchema.safeParse(acceptFormDataToInput(form, values));
  if (!parsed.success) {
    const errors = fieldErrorsByPath(parsed.error);
    // Speaker fields are the editor's; anything else came from the extraction itself.
    if (Object.keys(errors).every((path) => path === "actor" || path.startsWith("newActor"))) {
      return answer({ errors, message: "Choose who said it." });
    }
    return answer({ message: "This candidate could not be read back. Read the article again, then accept it." });
  }
  const editor = await writingEditor();
  if (!editor.ok) return answer({ message: editor.message });
  const result = await acceptCandidate(parsed.data, { id: editor.id, via: "form" }, {
    allowDuplicate: form.get("confirmDuplicate") === "yes",
  });
  if (!result.ok) {
    switch (result.reason) {
      case "invalid":
        return answer({ errors: result.fieldErrors, message: "It cannot be saved as it is: edit it, or choose who said it." });
      case "duplicate":
        return answer({
          duplicates: result.duplicates,
          message: "This looks like a statement already recorded. Compare before accepting it anyway.",
        });
      default:
        return answer({ message: "It could not be saved. Try again." });
    }
  }
  revalidatePath("/", "layout");
  return answer({ savedId: result.id });
}

/** The statement form's save for a candidate opened for editing: as adding a statement, but the review stays open. */
export async function saveEditedCandidateAction(previous: StatementFormState, form: FormData): Promise<ImportedFormState> {
  const values = formDataToValues(form);
  const parsed = statementInputSchema.safeParse(formValuesToInput(values));
  if (!parsed.success) {
    return formAnswer(previous, values, {
      errors: errorsByFormField(fieldErrorsByPath(parsed.error), values),
      message: "Some fields need attention.",
    });
  }
  const editor = await writingEditor();
  if (!editor.ok) return formAnswer(previous, values, { message: editor.message });
  const result = await createStatement(parsed.data, { id: editor.id, via: "form" }, {
    allowDuplicate: form.get("confirmDuplicate") === "yes",
  });
  if (!result.ok) return failureToFormState(result, values, previous);
  revalidatePath("/", "layout");
  return { ...formAnswer(previous, values), savedId: result.id };
}
