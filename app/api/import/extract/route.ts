import { z } from "zod";
import { jsonError, readJsonBody } from "@/lib/api/json-body";
import { withDatabaseErrors } from "@/lib/api/respond";
import { authorizeWrite } from "@/lib/api/write-auth";
import { extractCandidates } from "@/lib/import/queries";
import { extractRequestSchema, MAX_EXTRACT_BODY_BYTES } from "@/lib/import/schema";

/**
 * Reads an article and answers the statements it reports, as candidates for
 * an editor to review: nothing is recorded. Editors only, with the same
 * credentials, cross-site refusal and per-editor limit as the write API.
 */
export const POST = withDatabaseErrors(async function POST(request: Request) {
  const auth = await authorizeWrite(request);
  if (!auth.ok) return auth.response;
  const body = await readJsonBody(request, MAX_EXTRACT_BODY_BYTES);
  if (!body.ok) return body.response;
  if (typeof body.value !== "object" || body.value === null || Array.isArray(body.value)) {
    return jsonError(400, "The article is not valid", { fieldErrors: { form: ["Send a JSON object with the article as text"] } });
  }
  const parsed = extractRequestSchema.safeParse(body.value);
  if (!parsed.success) {
    return jsonError(400, "The article is not valid", { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  }
  return Response.json({ candidates: await extractCandidates(parsed.data) });
});
