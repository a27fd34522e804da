// Reading a JSON request body without trusting its size or its type.

export const MAX_JSON_BODY_BYTES = 64 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

export function jsonError(
  status: number,
  error: string,
  extra: Record<string, unknown> = {},
  headers: HeadersInit = {},
): Response {
  return Response.json({ error, ...extra }, { status, headers });
}

function isJsonMediaType(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(";")[0].trim().toLowerCase();
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/**
 * The parsed body, or the answer to give instead: 415 when it is not declared
 * as JSON, 413 when it is larger than `maxBytes` (by its Content-Length, and
 * again by the bytes actually read, since the header can lie or be absent),
 * 400 when it does not parse.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  if (!isJsonMediaType(request.headers.get("content-type"))) {
    return { ok: false, response: jsonError(415, "Send the body as JSON (Content-Type: application/json)") };
  }
  const tooLarge = () => ({
    ok: false as const,
    response: jsonError(413, `The body is larger than ${maxBytes / 1024} KB`),
  });
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();

  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return tooLarge();
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: jsonError(400, "The body is not valid UTF-8") };
  }
  if (text.trim() === "") return { ok: false, response: jsonError(400, "The body is empty: send a JSON object") };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: jsonError(400, "The body is not valid JSON") };
  }
}
