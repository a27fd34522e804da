import "server-only";
import { fieldErrorsByPath, statementInputSchema } from "../statements/input-schema";
import { createStatement, type CreateResult, type EditorRef } from "../statements/mutations";
import { candidateToStatementData } from "./review";
import type { AcceptCandidateInput } from "./schema";

/**
 * Saves a candidate as an editor accepted it: through createStatement like
 * any new statement (same checks, same likely-duplicate refusal, a revision
 * naming the editor), with the article as its source and origin "imported",
 * which with that revision marks it as machine-suggested and human-reviewed.
 */
export async function acceptCandidate(
  input: AcceptCandidateInput,
  editor: EditorRef,
  options: { allowDuplicate?: boolean } = {},
): Promise<CreateResult> {
  if (!input.candidate.saidOn) {
    return {
      ok: false,
      reason: "invalid",
      fieldErrors: { saidOn: ["The article does not say when this was said: edit the candidate to give the date"] },
    };
  }
  const parsed = statementInputSchema.safeParse(candidateToStatementData(input));
  if (!parsed.success) return { ok: false, reason: "invalid", fieldErrors: fieldErrorsByPath(parsed.error) };
  return createStatement(parsed.data, editor, { allowDuplicate: options.allowDuplicate });
}
