import { expect, test } from "@playwright/test";

// Readers' pages come from a cache that stores the HTML with the nonce it was
// rendered with and hands every reader a fresh one: the browser must still run
// the page's scripts under the new policy.

test("a timeline served from the page cache carries a fresh nonce and still hydrates, with no CSP errors", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));

  const first = await page.goto("/");
  const second = await page.goto("/");
  expect(second?.headers()["x-positions-cache"]).toBe("hit");
  const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
  const nonce = nonceOf(second?.headers()["content-security-policy"]);
  expect(nonce).toBeTruthy();
  expect(nonce).not.toBe(nonceOf(first?.headers()["content-security-policy"]));
  const html = (await second?.text()) ?? "";

  await page.evaluate(() => ((window as unknown as { stayedOnPage: boolean }).stayedOnPage = true));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Actors" }).click();
  await expect(page).toHaveURL(/\/actors$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Only a hydrated page navigates without reloading: with its scripts blocked the link is a plain one.
  expect(await page.evaluate(() => (window as unknown as { stayedOnPage?: boolean }).stayedOnPage)).toBe(true);
  // Back to the cached timeline: the navigation asks for its RSC payload, which must not be the cached HTML.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayedOnPage?: boolean }).stayedOnPage)).toBe(true);
  expect(problems).toEqual([]);
  expect(new Set([...html.matchAll(/nonce="([^"]*)"/g)].map((m) => m[1]))).toEqual(new Set([nonce]));
});
