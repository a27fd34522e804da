import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { extractStatements, QUOTE_JOINER } from "@/lib/import/extract";
import type { Candidate, ImportKnowledge } from "@/lib/import/schema";
import { readDemoData } from "@/lib/seed/demo-data";

// Invented news copy, written for these tests: the extractor must work on any
// story about the war, not only on the seed articles.

let knowledge: ImportKnowledge;
beforeAll(async () => {
  const demo = await readDemoData();
  knowledge = { actors: demo.actors, conditions: demo.conditions, topics: demo.topics };
});

/** Every quote fragment is the article's own words, and every evidence span lies inside the text. */
function expectFaithful(text: string, candidates: Candidate[]) {
  for (const c of candidates) {
    if (c.quote) for (const fragment of c.quote.split(QUOTE_JOINER)) expect(text, `quote "${fragment}"`).toContain(fragment);
    if (c.paraphrase) expect(c.paraphrase).not.toMatch(/[“”"]/);
    for (const e of c.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(e.end).toBeGreaterThan(e.start);
    }
  }
}

function extract(text: string, publishedOn: string | null = "2024-03-12") {
  const { candidates } = extractStatements({ text, publishedOn }, knowledge);
  expectFaithful(text, candidates);
  return candidates;
}

function only(candidates: Candidate[], slug: string | null, asWritten?: string): Candidate {
  const found = candidates.filter((c) => c.speaker.slug === slug && (!asWritten || c.speaker.asWritten.includes(asWritten)));
  expect(found, `one candidate for ${slug ?? asWritten}`).toHaveLength(1);
  return found[0];
}

describe("quotations", () => {
  it("attributes a curly quotation to the speaker named after it", () => {
    const text = "“We will never accept a freeze of the front line,” Lavrov said on Friday.";
    const c = only(extract(text), "sergey-lavrov");
    expect(c.quote).toBe("We will never accept a freeze of the front line");
    expect(c.evidence.some((e) => text.slice(e.start, e.end) === "Lavrov said")).toBe(true);
  });

  it("joins a quotation split around “he said” into one candidate, each fragment its own span", () => {
    const text =
      "“A cease-fire now would only reward aggression,” Blinken said. “Russia must withdraw its troops from Ukrainian territory first.”";
    const candidates = extract(text);
    const c = only(candidates, "antony-blinken");
    expect(c.quote).toBe(
      "A cease-fire now would only reward aggression [...] Russia must withdraw its troops from Ukrainian territory first.",
    );
    const spans = c.evidence.map((e) => text.slice(e.start, e.end));
    expect(spans).toContain("A cease-fire now would only reward aggression");
    expect(spans).toContain("Russia must withdraw its troops from Ukrainian territory first.");
  });

  it("reads straight quotation marks", () => {
    const text = 'Kremlin spokesman Dmitry Peskov told reporters: "There can be no talks while Kyiv refuses to accept the new territorial realities."';
    const c = only(extract(text), "dmitry-peskov");
    expect(c.quote).toBe("There can be no talks while Kyiv refuses to accept the new territorial realities.");
    expect(c.conditions.map((x) => x.slug)).toContain("recognition-of-annexations");
  });

  it("carries a quotation left open at the end of a paragraph into the next one", () => {
    const text = [
      "“We are ready to talk,” Zelenskiy said on Monday. “But only as equals, and only about a just peace.",
      "“Nobody will decide for Ukraine without Ukraine.”",
      "The foreign ministry in Moscow did not comment.",
    ].join("\n\n");
    const c = only(extract(text), "volodymyr-zelensky");
    expect(c.quote?.split(QUOTE_JOINER)).toEqual([
      "We are ready to talk",
      "But only as equals, and only about a just peace.",
      "Nobody will decide for Ukraine without Ukraine.",
    ]);
  });

  it("keeps partial quotations embedded in reported speech", () => {
    const text =
      "Blinken said that “a cease-fire that simply freezes the current lines” would not bring peace and that Russia must pay for Ukraine’s reconstruction.";
    const c = only(extract(text, "2023-06-05"), "antony-blinken");
    expect(c.quote).toBe("a cease-fire that simply freezes the current lines");
    expect(c.paraphrase).toContain("Russia must pay for Ukraine’s reconstruction");
    expect(c.conditions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ slug: "no-freezing-of-lines", position: "demands" }),
        expect.objectContaining({ slug: "russia-pays-reconstruction", position: "demands" }),
      ]),
    );
  });

  it("takes a paragraph that is only a quotation as the previous speaker's", () => {
    const text = [
      "“The aggressor must leave,” NATO Secretary General Jens Stoltenberg said in Brussels.",
      "“There is no other way to a lasting peace.”",
    ].join("\n");
    const c = only(extract(text, "2023-10-12"), "jens-stoltenberg");
    expect(c.quote).toBe("The aggressor must leave [...] There is no other way to a lasting peace.");
  });

  it("restores a quotation whose opening mark was lost", () => {
    const text = "We want a real peace, not a pause”, Putin said.";
    const c = only(extract(text), "vladimir-putin");
    expect(c.quote).toBe("We want a real peace, not a pause");
  });

  it("drops scare quotes nobody is said to have spoken", () => {
    const text = "Moscow calls the war a “special military operation”.";
    expect(extract(text)).toEqual([]);
  });
});

describe("reported speech", () => {
  it.each([
    ["Kuleba told reporters that any talks must start with a full Russian withdrawal.", "dmytro-kuleba", "russian-withdrawal"],
    ["Any settlement must restore Ukraine’s territorial integrity, according to Stoltenberg.", "jens-stoltenberg", "territorial-integrity"],
    ["Lavrov declared that Ukraine must never join NATO.", "sergey-lavrov", "no-nato-membership"],
    ["Peskov claimed that Western sanctions would have to be lifted as part of any deal.", "dmitry-peskov", "sanctions-relief"],
    ["Zelensky insisted on Tuesday that Russia be held accountable for its war crimes.", "volodymyr-zelensky", "accountability"],
    ["Austin urged allies to keep up military aid and rejected any freeze of the front line.", "lloyd-austin", null],
  ])("%s", (text, slug, condition) => {
    const c = only(extract(text), slug);
    expect(c.quote).toBeNull();
    expect(c.paraphrase).toBeTruthy();
    if (condition) expect(c.conditions.map((x) => x.slug)).toContain(condition);
  });

  it("reads “X rejected …, calling it …” as a rejection by X", () => {
    const text = "Zelenskyy rejected the proposal, calling it “an ultimatum to hand over more territory.”";
    const c = only(extract(text), "volodymyr-zelensky");
    expect(c.quote).toBe("an ultimatum to hand over more territory.");
    expect(c.conditions).toContainEqual(
      expect.objectContaining({ slug: "ukrainian-withdrawal-annexed-regions", position: "rejects" }),
    );
  });

  it("keeps a second “X added” with the first statement", () => {
    const text =
      "Kuleba declared last week that the war “cannot be ended at the negotiating table alone.” “It needs to be won on the battlefield,” Kuleba added.";
    const c = only(extract(text, "2023-09-11"), "dmytro-kuleba");
    expect(c.saidOn).toBe("2023-09-04");
    expect(c.saidOnPrecision).toBe("week");
    expect(c.quote?.split(QUOTE_JOINER)).toHaveLength(2);
  });

  it("does not take a speech verb inside reported words as a new speaker", () => {
    const text = "Blinken said that Kyiv would negotiate if Moscow offers a genuine cease-fire.";
    const candidates = extract(text, "2023-09-11");
    expect(candidates.map((c) => c.speaker.slug)).toEqual(["antony-blinken"]);
  });

  it("carries an unattributed sentence that goes on with the reported words", () => {
    const text = "Blinken said Washington would support peace efforts by other countries. But any agreement must respect Ukraine’s territorial integrity.";
    const c = only(extract(text, "2023-06-02"), "antony-blinken");
    expect(c.conditions.map((x) => x.slug)).toContain("territorial-integrity");
  });
});

describe("attribution", () => {
  it.each([
    ["Kremlin spokesman Dmitry Peskov said talks were not possible for now.", "dmitry-peskov"],
    ["The Russian leader said he was ready for talks.", "vladimir-putin"],
    ["Washington’s top diplomat said talks were up to Kyiv.", "antony-blinken"],
    ["The U.S. Secretary of State said sanctions would stay.", "antony-blinken"],
    ["The Ukrainian president said there would be no cease-fire without a withdrawal.", "volodymyr-zelensky"],
    ["Ukrainian Foreign Minister Dmitry Kuleba said talks were premature.", "dmytro-kuleba"],
    ["U.S. Secretary of State Anthony Blinken said talks were premature.", "antony-blinken"],
    ["President Zelenskyi said talks were premature.", "volodymyr-zelensky"],
    ["Mr. Putin said talks were welcome.", "vladimir-putin"],
    ["The Kremlin said talks were welcome.", "kremlin"],
  ])("%s", (text, slug) => {
    only(extract(text, "2023-09-11"), slug);
  });

  it("resolves an office to whoever held it at publication, and to nobody after they left it", () => {
    const text = "The U.S. Secretary of State said a cease-fire must not freeze the front line.";
    expect(only(extract(text, "2024-06-01"), "antony-blinken").speaker.asWritten).toBe("The U.S. Secretary of State");
    const later = extract(text, "2025-06-01");
    expect(later.map((c) => c.speaker.slug)).toEqual([null]);
  });

  it("refers “he added” and “she said” to the most recent named speaker", () => {
    const text = [
      "Lavrov said on Monday that any peace deal must recognise the new territorial realities.",
      "He added that Kyiv must give up its bid for NATO membership.",
      "German Foreign Minister Annalena Baerbock said a cease-fire on those terms would reward aggression.",
      "“Ukraine decides,” she said.",
    ].join("\n");
    const candidates = extract(text, "2024-03-12");
    const lavrov = only(candidates, "sergey-lavrov");
    expect(lavrov.conditions.map((c) => c.slug)).toEqual(
      expect.arrayContaining(["recognition-of-annexations", "no-nato-membership"]),
    );
    const baerbock = only(candidates, null, "Annalena Baerbock");
    expect(baerbock.quote).toBe("Ukraine decides");
  });

  it("leaves a person the database does not know unresolved, with the name as printed", () => {
    const text = "Turkish Foreign Minister Hakan Fidan said Ankara was ready to host new peace talks between the two sides.";
    const c = only(extract(text), null);
    expect(c.speaker.asWritten).toBe("Turkish Foreign Minister Hakan Fidan");
  });

  it("does not take someone who shares a known surname for the known actor", () => {
    const text = "Former U.S. diplomat Tom Austin said talks should start within weeks.";
    const c = only(extract(text), null);
    expect(c.speaker.asWritten).toContain("Tom Austin");
  });

  it("skips an aside between the speaker and the verb", () => {
    const text = "China, which says it is neutral, on Friday urged countries to stop sending weapons to Ukraine.";
    const c = only(extract(text, "2023-06-02"), "chinese-government");
    expect(c.saidOn).toBe("2023-06-02");
    expect(c.dateTrigger).toBe("on Friday");
  });

  it("does not split sentences at abbreviations or miss sentences run together", () => {
    const text = "The Kremlin says U.S. arms deliveries prolong the war.Moscow has repeatedly said talks are possible.";
    const candidates = extract(text, "2023-04-08");
    expect(candidates.map((c) => c.speaker.slug)).toEqual(["kremlin", "kremlin"]);
    expect(candidates[1].background).toBe(true);
  });
});

describe("dates", () => {
  const said = (cue: string, publishedOn: string | null) => {
    const text = `Lavrov said ${cue} that talks with Kyiv were possible.`;
    const c = only(extract(text, publishedOn), "sergey-lavrov");
    return [c.saidOn, c.saidOnPrecision];
  };

  it.each([
    ["on Friday", "2023-09-11", ["2023-09-08", "day"]],
    ["Friday", "2023-09-08", ["2023-09-08", "day"]],
    ["on Sunday", "2023-09-11", ["2023-09-10", "day"]],
    ["yesterday", "2023-09-11", ["2023-09-10", "day"]],
    ["today", "2023-09-11", ["2023-09-11", "day"]],
    ["on Oct. 7", "2023-11-02", ["2023-10-07", "day"]],
    ["on Oct. 7", "2023-09-01", ["2022-10-07", "day"]],
    ["on 7 October", "2023-11-02", ["2023-10-07", "day"]],
    ["last week", "2023-09-11", ["2023-09-04", "week"]],
    ["last month", "2023-09-11", ["2023-08-01", "month"]],
    ["in February last year", "2023-09-11", ["2022-02-01", "month"]],
    ["on Dec. 1, 2021", null, ["2021-12-01", "day"]],
  ])("“%s”, published %s", (cue, publishedOn, expected) => {
    expect(said(cue, publishedOn)).toEqual(expected);
  });

  it("dates a news-style statement with no cue to the publication day", () => {
    expect(said("", "2023-09-11")).toEqual(["2023-09-11", "day"]);
  });

  it("leaves relative cues undated when the publication date is unknown", () => {
    expect(said("on Friday", null)).toEqual([null, null]);
  });

  it("leaves an expected statement undated", () => {
    const c = only(extract("Lavrov will say on Friday that talks with Kyiv are possible.", "2023-09-11"), "sergey-lavrov");
    expect(c.saidOn).toBeNull();
  });

  it("takes the undated lede to be the same occasion as the dated body", () => {
    const text = [
      "Blinken says there can be no cease-fire unless Russia withdraws its troops.",
      "Blinken said on Friday in Helsinki that “a just and lasting peace” needs a Russian withdrawal.",
    ].join("\n");
    const candidates = extract(text, "2023-06-05");
    const c = only(candidates, "antony-blinken");
    expect(c.saidOn).toBe("2023-06-02");
    expect(c.ceasefireStance).toBe("conditional");
  });
});

describe("background", () => {
  it.each([
    "Lavrov has said that talks with Kyiv are pointless.",
    "Lavrov has long insisted that talks with Kyiv are pointless.",
    "Lavrov previously said that talks with Kyiv were pointless.",
    "Lavrov has repeatedly said that talks with Kyiv are pointless.",
    "Lavrov earlier said that talks with Kyiv were pointless.",
  ])("%s", (text) => {
    const c = only(extract(text, "2024-03-12"), "sergey-lavrov");
    expect(c.background).toBe(true);
    expect([c.saidOn, c.saidOnPrecision]).toEqual(["2024-01-01", "year"]);
  });

  it("marks a statement dated in an earlier year as background, at the precision given", () => {
    const c = only(extract("Zelensky signed a decree banning talks with Putin in October 2022.", "2023-04-08"), "volodymyr-zelensky");
    expect([c.saidOn, c.saidOnPrecision, c.background]).toEqual(["2022-10-01", "month", true]);
    expect(c.conditions.map((x) => x.slug)).toContain("no-talks-with-putin");
    expect(c.talksStance).toBe("refuses");
  });

  it("dates a background claim by year only, and never with no publication date", () => {
    const c = only(extract("Lavrov has said that talks with Kyiv are pointless.", null), "sergey-lavrov");
    expect([c.saidOn, c.saidOnPrecision, c.background]).toEqual([null, null, true]);
  });
});

describe("stances and conditions", () => {
  it("reads “no cease-fire unless” as a conditional stance with the condition demanded for a cease-fire", () => {
    const c = only(
      extract("Kuleba said there can be no cease-fire unless Russian troops withdraw from all occupied land.", "2023-06-02"),
      "dmytro-kuleba",
    );
    expect(c.ceasefireStance).toBe("conditional");
    expect(c.conditions).toContainEqual(
      expect.objectContaining({ slug: "russian-withdrawal", appliesTo: "ceasefire", position: "demands" }),
    );
  });

  it("turns a negated trigger into a rejection", () => {
    const c = only(extract("Zelensky said Ukraine will never recognise Russia’s annexation of its regions.", "2023-06-02"), "volodymyr-zelensky");
    expect(c.conditions).toContainEqual(expect.objectContaining({ slug: "recognition-of-annexations", position: "rejects" }));
  });

  it("reads “give up … NATO” as the demand that Ukraine stay out of NATO", () => {
    const c = only(extract("Putin said Kyiv must give up its plans to join NATO before any cease-fire.", "2024-06-14"), "vladimir-putin");
    expect(c.conditions.map((x) => x.slug)).toContain("no-nato-membership");
    expect(c.conditions.map((x) => x.slug)).not.toContain("nato-membership");
  });

  it("gives the words behind every suggestion", () => {
    const text = "Peskov said Western sanctions must be lifted and Ukraine must stay neutral.";
    const c = only(extract(text, "2024-06-14"), "dmitry-peskov");
    for (const condition of c.conditions) expect(text).toContain(condition.trigger);
    for (const topic of c.topics) expect(text).toContain(topic.trigger);
    expect(c.conditions.map((x) => x.slug)).toEqual(expect.arrayContaining(["sanctions-relief", "neutrality"]));
  });

  it("offers talks openness as open, and with terms as conditional", () => {
    const open = only(extract("Lavrov said Moscow was ready to start negotiations.", "2024-06-14"), "sergey-lavrov");
    expect(open.talksStance).toBe("open");
    const terms = only(
      extract("Lavrov said Moscow was ready to start negotiations if Kyiv recognises the new territorial realities.", "2024-06-14"),
      "sergey-lavrov",
    );
    expect(terms.talksStance).toBe("conditional");
  });
});

describe("a whole invented story", () => {
  const story = [
    "KYIV, Ukraine (Reuters) — Ukrainian President Volodymyr Zelenskiy on Tuesday ruled out any cease-fire that would leave Russian troops on Ukrainian soil.",
    "",
    "\"A freeze is not peace. A freeze is a break before the next war,\" Zelenskiy told a news conference in Kyiv.",
    "",
    "In Moscow, Kremlin spokesman Dmitry Peskov told reporters that Russia remained open to negotiations but that any settlement must take into account \"the realities on the ground.\"",
    "",
    "Shelling killed three people in Kherson overnight, the regional governor said.",
  ].join("\n");

  it("finds each speaker's statement, dated, with its conditions, and leaves out the casualty report", () => {
    const candidates = extract(story, "2024-02-20");
    expect(candidates.map((c) => c.speaker.slug)).toEqual(["volodymyr-zelensky", "dmitry-peskov"]);
    const [zelensky, peskov] = candidates;
    expect([zelensky.saidOn, zelensky.dateTrigger]).toEqual(["2024-02-20", "on Tuesday"]);
    expect(zelensky.ceasefireStance).toBe("conditional");
    expect(zelensky.conditions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ slug: "russian-withdrawal", position: "demands" }),
        expect.objectContaining({ slug: "no-freezing-of-lines", position: "demands" }),
      ]),
    );
    expect(peskov.talksStance).toBe("conditional");
    expect(peskov.conditions).toContainEqual(expect.objectContaining({ slug: "recognition-of-annexations", position: "demands" }));
  });
});

describe("any text", () => {
  it("never proposes a quote that is not in the text, whatever the text", () => {
    const pieces = ["“", "”", '"', "«", "»", " said", " Blinken", " he added", ".", ",", "\n", " Lavrov told", " cease-fire", " on Friday", " NATO", " U.S.", "x"];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        const { candidates } = extractStatements({ text, publishedOn: "2023-06-02" }, knowledge);
        expectFaithful(text, candidates);
      }),
      { numRuns: 300 },
    );
  });
});
