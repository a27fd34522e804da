import { expect, test } from "@playwright/test";
import { busiestActor, demoStatements } from "./demo";

// Some readers browse with JavaScript off (locked-down newsroom machines, text
// browsers, archives): the timeline, its filters and its links must work for them.
test.use({ javaScriptEnabled: false });

const results = (page: import("@playwright/test").Page) =>
  page.getByRole("list", { name: "Statements, newest first" }).getByRole("article");

test("the timeline is readable and filterable without JavaScript", async ({ page }) => {
  await page.goto("/");
  await expect(results(page)).toHaveCount(demoStatements.length);

  const actor = busiestActor();
  await page.locator("summary").filter({ hasText: /^Actors/ }).click();
  await page.getByRole("checkbox", { name: actor.name, exact: true }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${actor.slug}(&|$)`));
  await expect(page.locator("#results-h")).toContainText(`${actor.count} statements match these filters`);
  await expect(results(page)).toHaveCount(actor.count);

  await page.getByRole("link", { name: `Actor: ${actor.name} (remove this filter)` }).click();
  await expect(results(page)).toHaveCount(demoStatements.length);
});

test("a malformed filter in a shared address is dropped with a note", async ({ page }) => {
  const actor = busiestActor();
  await page.goto(`/?actor=${actor.slug}&from=2023-02-30&ceasefire=maybe`);
  const note = page.getByRole("status").filter({ hasText: "not understood" });
  await expect(note).toContainText('Ignored from "2023-02-30"');
  await expect(note).toContainText('Ignored ceasefire "maybe"');
  await expect(results(page)).toHaveCount(actor.count);
});

test("the CSV and feed links carry the current filters", async ({ page, request }) => {
  const actor = busiestActor();
  await page.goto(`/?actor=${actor.slug}`);
  const csvHref = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
  expect(csvHref).toBe(`/api/statements?actor=${actor.slug}&format=csv`);
  const csv = await request.get(csvHref!);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  // Header line plus one line per statement (the demo quotes hold no line breaks).
  expect((await csv.text()).trim().split(/\r\n/)).toHaveLength(actor.count + 1);

  const feedHref = await page.getByRole("link", { name: "Atom feed" }).first().getAttribute("href");
  expect(feedHref).toBe(`/feed.xml?actor=${actor.slug}`);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", feedHref!);
});
