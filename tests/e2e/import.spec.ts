import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn } from "./sign-in";

// An editor pastes an article, reviews the statements found in it and accepts
// one: it is recorded as imported, with the article as its source.

const tag = randomUUID().slice(0, 8);
const quote = `A ceasefire that freezes the front line is not peace, it is a pause for Russia to rearm ${tag}`;
const article = `Kuleba says Ukraine will not trade land for a ceasefire

KYIV, March 3, 2024 (Reuters) - Ukraine will not accept a ceasefire that leaves Russian troops on its land, Foreign Minister Dmytro Kuleba said on Sunday.

"${quote}," Kuleba told reporters in Kyiv.

He said talks could begin only after Russian forces leave Ukrainian territory.`;

test("an editor imports an article and accepts a statement found in it", async ({ page }) => {
  await signIn(page, "/import");
  await page.getByRole("textbox", { name: "Article text" }).fill(article);
  await page.getByRole("textbox", { name: "Headline" }).fill(`Kuleba says Ukraine will not trade land for a ceasefire (${tag})`);
  await page.getByRole("textbox", { name: "Outlet" }).fill("Reuters");
  await page.getByRole("textbox", { name: "Web address" }).fill(`https://example.org/kuleba-${tag}`);
  await page.getByRole("textbox", { name: "Published on" }).fill("2024-03-03");
  await page.getByRole("button", { name: "Find statements" }).click();

  const candidate = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /Dmytro Kuleba/ }) });
  await expect(candidate).toHaveCount(1);
  await expect(candidate).toContainText(quote);
  await candidate.getByRole("button", { name: "Accept", exact: true }).click();

  const saved = candidate.getByRole("status").getByRole("link", { name: /Statement \d+/ });
  await expect(saved).toBeVisible();
  const statementPath = (await saved.getAttribute("href"))!;
  expect(statementPath).toMatch(/^\/statements\/\d+$/);

  await page.goto(statementPath);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dmytro Kuleba");
  await expect(page.getByText(quote)).toBeVisible();
  await expect(page.getByRole("region", { name: "Sources" })).toContainText("Reuters");

  await page.goto("/");
  await expect(page.getByRole("article").filter({ hasText: quote })).toHaveCount(1);
});
