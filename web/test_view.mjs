// Opens a newsgraph .html view in headless Chromium (Debian's, driven by
// playwright-core) and checks what a user does with it: the graph is drawn
// (the screenshot is not blank), clicking an edge shows its evidence, search
// finds an entity, and no text from the graph runs as code.
//
//   node web/test_view.mjs VIEW.html SCREENSHOT.png [EVIDENCE_TEXT]
// EVIDENCE_TEXT: text that must appear, literally, in some edge's evidence.
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [html, screenshot, expectedText] = process.argv.slice(2);
if (!html || !screenshot) {
  console.error("usage: node test_view.mjs VIEW.html SCREENSHOT.png [EVIDENCE_TEXT]");
  process.exit(2);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  page.on("pageerror", (error) => problems.push("page error: " + error.message));
  page.on("dialog", async (dialog) => {
    problems.push("a dialog opened: " + dialog.message());
    await dialog.dismiss();
  });
  // Offline: the page must need nothing from the network.
  await page.route(/^(?!file:)/, (route) => {
    problems.push("network request: " + route.request().url());
    return route.abort();
  });
  await page.goto(pathToFileURL(path.resolve(html)).href);
  await page.waitForFunction(() => window.newsgraph && window.newsgraph.graph.order > 0);
  await page.waitForTimeout(500);

  // Drawn: the screenshot has many colours, not one background.
  const png = await page.screenshot({ path: screenshot });
  const colours = await page.evaluate(async (b64) => {
    const image = new Image();
    image.src = "data:image/png;base64," + b64;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const seen = new Set();
    for (let i = 0; i < pixels.length; i += 4 * 7) seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    return seen.size;
  }, png.toString("base64"));
  check(colours > 20, `the view looks blank (${colours} colours)`);

  // Click an edge where it is drawn, halfway between its ends, and read its evidence.
  const edges = await page.evaluate(() => {
    const { graph, renderer } = window.newsgraph;
    const box = renderer.getContainer().getBoundingClientRect();  // viewport coordinates are the container's
    const out = [];
    graph.forEachEdge((edge, attrs, source, target) => {
      if (source === target) return;
      const a = renderer.framedGraphToViewport(renderer.getNodeDisplayData(source));
      const b = renderer.framedGraphToViewport(renderer.getNodeDisplayData(target));
      out.push({ edge, x: box.left + (a.x + b.x) / 2, y: box.top + (a.y + b.y) / 2, length: Math.hypot(a.x - b.x, a.y - b.y),
                 text: attrs.evidence[0].text });
    });
    const inside = (p) => p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom;
    // A midpoint under a node or its label would click the node instead:
    // the midpoints farthest from any node come first.
    const nodes = graph.mapNodes((n) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(n)));
    const clearance = (p) => Math.min(...nodes.map((n) => Math.hypot(box.left + n.x - p.x, box.top + n.y - p.y)));
    return out.filter(inside).map((p) => ({ ...p, clearance: clearance(p) })).sort((p, q) => q.clearance - p.clearance);
  });
  check(edges.length > 0, "no edge to click");
  let shown = null;
  for (const e of edges.slice(0, 30)) {
    // As a user does: the pointer comes over the edge (sigma picks the edge
    // under it on moves), then clicks.
    await page.mouse.move(e.x, e.y);
    await page.waitForTimeout(150);
    await page.mouse.click(e.x, e.y);
    const evidence = await page.locator("#panel:not([hidden]) .evidence q").allTextContents().catch(() => []);
    // Where edges crowd, the one sigma picks may be another: the panel must
    // still show some edge's evidence, all of it and nothing else.
    const anEdges = evidence.length > 0 && await page.evaluate((texts) => {
      const { graph } = window.newsgraph;
      return graph.someEdge((edge, attrs) =>
        attrs.evidence.length === texts.length && attrs.evidence.every((ev, i) => ev.text === texts[i]));
    }, evidence);
    if (anEdges) {
      shown = e;
      break;
    }
    await page.mouse.click(5, 200);  // the stage: clears the selection
  }
  check(shown, "clicking an edge did not show its evidence");

  // Search: the entity with the most relations, typed in part and in lower case.
  const target = await page.evaluate(() => {
    const g = window.newsgraph.graph;
    let best = null;
    g.forEachNode((n, a) => {
      if (!best || g.degree(n) > g.degree(best)) best = n;
    });
    return g.getNodeAttribute(best, "label");
  });
  await page.fill("#search", target.slice(0, Math.max(3, target.length - 2)).toLowerCase());
  await page.press("#search", "Enter");
  await page.waitForSelector("#panel:not([hidden])");
  check((await page.textContent("#panel-title")) === target, `search did not find ${target}`);
  await page.click("#close");

  // Hostile text stays text: it is found as written, and nothing ran.
  if (expectedText) {
    const found = await page.evaluate((text) => {
      const { graph, selectEdge } = window.newsgraph;
      const edge = graph.findEdge((e, a) => a.evidence.some((ev) => ev.text.includes(text)));
      if (!edge) return false;
      selectEdge(edge);
      return [...document.querySelectorAll("#panel .evidence q")].some((q) => q.textContent.includes(text));
    }, expectedText);
    check(found, "the evidence text was not shown literally: " + expectedText);
  }
  check(problems.length === 0, problems.join("; "));
  console.log(`view ok: ${colours} colours, search found ${target}, an edge click showed its evidence`);
} finally {
  await browser.close();
}
