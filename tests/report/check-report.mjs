// Renders a cqpolicy HTML report in headless Chromium and checks that it draws:
//   every chart's SVG has a non-zero size and draws bars, there is no console error or uncaught exception, and the
//   page asks for nothing over the network (the report must open offline).
// It speaks the Chrome DevTools protocol over --remote-debugging-pipe, so it needs only Node and Chromium.
//
//   node tests/report/check-report.mjs REPORT.html [--charts N] [--screenshot OUT.png] [--chromium PATH]
//
// --charts N      how many charts the report must have (default: at least one)
// --screenshot    also write a PNG of the page, 1000 CSS pixels wide, down to the end of the charts
// Exit status: 0 the report draws; 1 a check failed (each failure on its own line); 2 usage or Chromium failed.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const charts = option("--charts");
const screenshot = option("--screenshot");
const chromium = option("--chromium") ?? process.env.CHROMIUM ?? "chromium";
if (args.length !== 1 || !existsSync(args[0])) {
  console.error("usage: node tests/report/check-report.mjs REPORT.html [--charts N] [--screenshot OUT.png] [--chromium PATH]");
  process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), "check-report-"));
const browser = spawn(chromium, [
  "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
  "--disable-extensions", "--disable-background-networking", "--remote-debugging-pipe", `--user-data-dir=${profile}`,
], { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] });
const timer = setTimeout(() => fail(2, "Chromium did not finish within 60 seconds"), 60_000);
browser.on("error", (e) => fail(2, `cannot start ${chromium}: ${e.message}`));

// The protocol: JSON messages separated by NUL bytes, commands on fd 3, answers and events on fd 4.
let nextId = 1;
const waiting = new Map();
const listeners = [];
let buffered = Buffer.alloc(0);
browser.stdio[4].on("data", (chunk) => {
  buffered = Buffer.concat([buffered, chunk]);
  let end;
  while ((end = buffered.indexOf(0)) >= 0) {
    const message = JSON.parse(buffered.subarray(0, end).toString("utf8"));
    buffered = buffered.subarray(end + 1);
    if (message.id && waiting.has(message.id)) {
      const { ok, no } = waiting.get(message.id);
      waiting.delete(message.id);
      message.error ? no(new Error(`${message.error.message} (${message.error.code})`)) : ok(message.result);
    } else if (message.method) {
      listeners.forEach((l) => l(message));
    }
  }
});
const send = (method, params = {}, sessionId = undefined) => new Promise((ok, no) => {
  const id = nextId++;
  waiting.set(id, { ok, no });
  browser.stdio[3].write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + "\0");
});

const failures = [];
function fail(status, message) {
  console.error(`check-report: ${message}`);
  finish(status);
}
function finish(status) {
  clearTimeout(timer);
  try { browser.kill(); } catch { /* already gone */ }
  try { rmSync(profile, { recursive: true, force: true }); } catch { /* best effort */ }
  process.exit(status);
}

try {
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
  const on = (method, handle) => listeners.push((m) => m.sessionId === sessionId && m.method === method && handle(m.params));
  on("Runtime.consoleAPICalled", (p) => {
    if (p.type === "error" || p.type === "assert") failures.push(`console ${p.type}: ${p.args.map((a) => a.value ?? a.description).join(" ")}`);
  });
  on("Runtime.exceptionThrown", (p) => failures.push(`uncaught exception: ${p.exceptionDetails.exception?.description ?? p.exceptionDetails.text}`));
  on("Log.entryAdded", (p) => {
    if (p.entry.level === "error") failures.push(`console error (${p.entry.source}): ${p.entry.text}${p.entry.url ? " " + p.entry.url : ""}`);
  });
  on("Network.requestWillBeSent", (p) => {
    if (!/^(file|data|about):/.test(p.request.url)) failures.push(`the page fetches ${p.request.url}; a report must open offline`);
  });
  const loaded = new Promise((ok) => on("Page.loadEventFired", ok));
  for (const domain of ["Runtime", "Log", "Page", "Network"]) await send(`${domain}.enable`, {}, sessionId);
  await send("Emulation.setDeviceMetricsOverride", { width: 1000, height: 1400, deviceScaleFactor: 1, mobile: false }, sessionId);
  await send("Page.navigate", { url: pathToFileURL(resolve(args[0])).href }, sessionId);
  await loaded;

  // Measured by the page itself: each chart's box, and the boxes of its bars.
  const { result } = await send("Runtime.evaluate", {
    returnByValue: true,
    expression: `JSON.stringify([...document.querySelectorAll("svg.chart")].map(svg => {
      const box = svg.getBoundingClientRect();
      const bars = [...svg.querySelectorAll("g.bar")];
      const drawn = bars.filter(g => [...g.querySelectorAll("rect.seg")].some(r => r.getBoundingClientRect().width > 0));
      return { id: svg.id, width: box.width, height: box.height, bottom: box.bottom + scrollY, bars: bars.length, drawn: drawn.length,
               title: svg.querySelector("title")?.textContent ?? "" };
    }))`,
  }, sessionId);
  const found = JSON.parse(result.value);
  if (charts !== undefined && found.length !== Number(charts)) failures.push(`${found.length} charts, expected ${charts}`);
  if (found.length === 0) failures.push("no chart (svg.chart) in the page");
  for (const c of found) {
    if (!(c.width > 0 && c.height > 0)) failures.push(`chart ${c.id} has size ${c.width}x${c.height}`);
    if (!c.title) failures.push(`chart ${c.id} has no title`);
    if (c.bars > 0 && c.drawn === 0) failures.push(`chart ${c.id} has ${c.bars} bars but draws none`);
    console.log(`chart ${c.id}: ${Math.round(c.width)}x${Math.round(c.height)} px, ${c.bars} bars (${c.drawn} drawn) - ${c.title}`);
  }

  if (screenshot) {
    const bottom = Math.ceil(Math.max(1400, ...found.map((c) => c.bottom)) + 40);
    await send("Emulation.setDeviceMetricsOverride", { width: 1000, height: bottom, deviceScaleFactor: 1, mobile: false }, sessionId);
    const shot = await send("Page.captureScreenshot", { format: "png", clip: { x: 0, y: 0, width: 1000, height: bottom, scale: 1 } }, sessionId);
    writeFileSync(screenshot, Buffer.from(shot.data, "base64"));
    console.log(`screenshot written to ${screenshot} (1000x${bottom})`);
  }

  // Events that arrive after the last answer still count.
  await new Promise((ok) => setTimeout(ok, 200));
  await send("Browser.close").catch(() => undefined);
} catch (e) {
  fail(2, e.message);
}

failures.forEach((f) => console.error(`check-report: ${f}`));
console.log(failures.length === 0 ? `check-report: ${args[0]} draws (${charts ?? "every"} charts, no console error, nothing fetched)` : `check-report: ${failures.length} problem(s)`);
finish(failures.length === 0 ? 0 : 1);
