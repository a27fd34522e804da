import "server-only";
import { recordApiTokenUse } from "../auth/mutations";
import { findEditorByApiToken, type EditorView } from "../auth/queries";
import { canWrite } from "../auth/roles";
import { getEditorForHeaders } from "../auth/session";
import { clientAddress, consume } from "../security/rate-limit";
import { isSameOriginRequest } from "../security/same-origin";
import { jsonError } from "./json-body";

export type WriteAuthorization = { ok: true; editor: EditorView } | { ok: false; response: Response };

const unauthorized = (error: string) =>
  jsonError(401, error, {}, { "WWW-Authenticate": 'Bearer realm="positions"' });

/**
 * Who is writing, or the answer to give instead: 401 without valid
 * credentials, 403 for a cross-site cookie request or an account that may not
 * write, 429 once the editor's write limit (or an address's wrong-token
 * limit) is spent. Credentials: `Authorization: Bearer <token>`, or the
 * session cookie of a signed-in editor on a same-origin request.
 */
export async function authorizeWrite(request: Request): Promise<WriteAuthorization> {
  const authorization = request.headers.get("authorization");
  let editor: EditorView | null;
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const found = match ? await findEditorByApiToken(match[1]) : null;
    if (!found) {
      const limited = await consume("badToken", clientAddress(request.headers));
      if (!limited.ok) return { ok: false, response: tooMany(limited.retryAfterSeconds) };
      return { ok: false, response: unauthorized("The API token is missing, malformed or revoked") };
    }
    await recordApiTokenUse(found.tokenId, found.tokenLastUsedAt);
    editor = { id: found.id, name: found.name, email: found.email, role: found.role };
  } else {
    editor = await getEditorForHeaders(request.headers);
    if (!editor) return { ok: false, response: unauthorized("Sign in, or send an API token as Authorization: Bearer <token>") };
    if (!isSameOriginRequest(request)) {
      return { ok: false, response: jsonError(403, "Cross-site request refused: writes with the session cookie must come from this site") };
    }
  }
  if (!canWrite(editor.role)) {
    return { ok: false, response: jsonError(403, "This account may read but not add, correct or retract statements") };
  }
  const limited = await consume("write", editor.id);
  if (!limited.ok) return { ok: false, response: tooMany(limited.retryAfterSeconds) };
  return { ok: true, editor };
}

function tooMany(retryAfterSeconds: number): Response {
  return jsonError(
    429,
    `Too many requests: try again in ${retryAfterSeconds} s`,
    {},
    { "Retry-After": String(retryAfterSeconds) },
  );
}
