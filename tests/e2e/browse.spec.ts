import { expect, test, type Page } from "@playwright/test";
import { actorName, busiestActor, demoStatements } from "./demo";

const results = (page: Page) => page.getByRole("list", { name: "Statements, newest first" }).getByRole("article");
const resultsHeading = (page: Page) => page.locator("#results-h");

/** The actor named in each statement card, top to bottom. */
async function actorsShown(page: Page): Promise<string[]> {
  return results(page).evaluateAll((cards) => cards.map((c) => c.querySelector("h2 a")?.textContent?.trim() ?? ""));
}

/** The statement ids the cards link to, top to bottom. */
async function idsShown(page: Page): Promise<number[]> {
  return results(page).evaluateAll((cards) =>
    cards.map((c) => Number(c.querySelector('a[href^="/statements/"]')?.getAttribute("href")?.split("/").pop())),
  );
}

test("the timeline shows every statement, newest first", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  await expect(resultsHeading(page)).toContainText(`${demoStatements.length} statements recorded`);
  await expect(results(page)).toHaveCount(demoStatements.length);

  const newest = [...demoStatements].sort((a, b) => (a.saidOn < b.saidOn ? 1 : -1))[0];
  await expect(results(page).first().locator("time").first()).toHaveAttribute("datetime", newest.saidOn);
});

test("filtering by actor shows that actor's statements only", async ({ page }) => {
  const actor = busiestActor();
  await page.goto("/");
  await page.locator("summary").filter({ hasText: /^Actors/ }).click();
  await page.getByRole("checkbox", { name: actor.name, exact: true }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(new RegExp(`[?&]actor=${actor.slug}(&|$)`));
  await expect(resultsHeading(page)).toContainText(`${actor.count} statements match these filters`);
  expect(await actorsShown(page)).toEqual(Array(actor.count).fill(actor.name));

  await page.getByRole("link", { name: "Clear all" }).click();
  await expect(results(page)).toHaveCount(demoStatements.length);
});

test("searching finds the statements that use a word", async ({ page }) => {
  const word = "Crimea";
  const expected = demoStatements.filter((s) =>
    new RegExp(`\\b${word}\\b`, "i").test([s.quote, s.paraphrase, s.venue, s.speakerAsWritten].join(" ")),
  );
  expect(expected.length).toBeGreaterThan(1);

  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search quotes and paraphrases" }).fill(word);
  await page.getByRole("button", { name: "Search", exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}(&|$)`));
  await expect(resultsHeading(page)).toContainText(`${expected.length} statements match these filters`);
  expect((await actorsShown(page)).sort()).toEqual(expected.map((s) => actorName(s.actor)).sort());
});

test("'Older statements' pages through everything, once each, in order", async ({ page, request }) => {
  const all = (await (await request.get("/api/statements?limit=100")).json()) as { items: { id: number }[] };
  const seen: number[] = [];
  await page.goto("/?limit=5");
  for (let pageNo = 1; ; pageNo++) {
    const ids = await idsShown(page);
    expect(ids.length, `page ${pageNo}`).toBeGreaterThan(0);
    expect(ids.length, `page ${pageNo}`).toBeLessThanOrEqual(5);
    seen.push(...ids);
    const older = page.getByRole("link", { name: "Older statements" });
    if ((await older.count()) === 0) break;
    expect(pageNo, "more pages than statements").toBeLessThan(all.items.length);
    const next = (await older.getAttribute("href"))!;
    await older.click();
    await expect(page).toHaveURL(next);
    await expect(results(page).first()).toBeVisible();
  }
  expect(seen).toEqual(all.items.map((s) => s.id));
});

test("a statement's page shows its sources and how to cite it", async ({ page, request }) => {
  await page.goto("/");
  const first = results(page).first();
  const actor = (await first.locator("h2 a").textContent())!.trim();
  await first.getByRole("link", { name: /Full record/ }).click();
  await expect(page).toHaveURL(/\/statements\/\d+$/);
  const id = Number(page.url().split("/").pop());

  await expect(page.getByRole("heading", { level: 1 })).toContainText(actor);
  const detail = (await (await request.get(`/api/statements/${id}`)).json()) as {
    sources: { outlet: string; title: string | null }[];
  };
  expect(detail.sources.length).toBeGreaterThan(0);
  const sources = page.getByRole("region", { name: "Sources" });
  for (const source of detail.sources) await expect(sources).toContainText(source.outlet);

  const cite = page.getByRole("region", { name: "Cite this" });
  await expect(cite).toContainText(actor);
  await expect(cite).toContainText(`Positions, statement ${id}`);
});

test("an unknown statement is a 404 page", async ({ page }) => {
  for (const path of ["/statements/99999999", "/statements/not-a-number"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    await page.getByRole("link", { name: "Go to the timeline" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  }
});
