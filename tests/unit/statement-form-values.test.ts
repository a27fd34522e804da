import { describe, expect, it } from "vitest";
import {
  errorsByFormField,
  formDataToValues,
  formValuesToInput,
  snapshotToFormValues,
} from "@/lib/statements/form-values";
import { fieldErrorsByPath, statementInputSchema } from "@/lib/statements/input-schema";
import { inputToSnapshot } from "@/lib/statements/snapshot";

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("statement form values", () => {
  it("reads rows in index order and skips blank rows without shifting errors onto the wrong row", () => {
    const values = formDataToValues(
      form([
        ["actorMode", "existing"],
        ["actor", "Sergey Lavrov"],
        ["saidOn", "2024-03-05"],
        ["quote", "Words."],
        ["sources.1.outlet", "Wire"],
        ["sources.1.title", "Title"],
        ["sources.1.url", "javascript:alert(1)"],
        ["sources.0.outlet", ""],
        ["sources.0.title", ""],
        ["topics", "nato"],
        ["topics", "territory"],
        ["background", "on"],
      ]),
    );
    expect(values.sources).toHaveLength(2);
    expect(values.topics).toEqual(["nato", "territory"]);
    expect(values.background).toBe(true);
    const parsed = statementInputSchema.safeParse(formValuesToInput(values));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    // The input's first source is the form's second row.
    expect(errorsByFormField(fieldErrorsByPath(parsed.error), values)).toEqual({
      "sources.1.url": ["Use a full http:// or https:// address"],
    });
  });

  it("builds a new actor from the new-actor fields, one spelling per line", () => {
    const values = formDataToValues(
      form([
        ["actorMode", "new"],
        ["actor", "ignored when adding a new actor"],
        ["newActor.name", "Recep Tayyip Erdoğan"],
        ["newActor.aliases", "Erdogan\n\n  Erdoğan  \n"],
        ["saidOn", "2024-03-05"],
        ["paraphrase", "He offered to host talks."],
        ["sources.0.outlet", "Wire"],
        ["sources.0.title", "Title"],
      ]),
    );
    const input = statementInputSchema.parse(formValuesToInput(values));
    expect(input.actor).toBeNull();
    expect(input.newActor).toMatchObject({ name: "Recep Tayyip Erdoğan", aliases: ["Erdogan", "Erdoğan"] });
  });

  it("round-trips a stored statement through the edit form unchanged", () => {
    const input = statementInputSchema.parse({
      actor: "sergey-lavrov",
      saidOn: "2024-03-05",
      quote: "Words.",
      topics: ["nato"],
      conditions: [{ slug: "neutrality", appliesTo: "settlement", position: "demands" }],
      sources: [{ url: null, outlet: "Wire", title: "T", kind: "wire" }],
      respondsTo: [3, 1],
    });
    const snapshot = inputToSnapshot(input, "sergey-lavrov");
    const again = statementInputSchema.parse(formValuesToInput(snapshotToFormValues(snapshot)));
    expect(inputToSnapshot(again, "sergey-lavrov")).toEqual(snapshot);
  });
});
