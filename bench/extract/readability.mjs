// Mozilla Readability over the trafilatura evaluation pages, as text decoded by our own decoder
// (Newsdesk.Bench extract --decode writes them; jsdom given the raw bytes sniffed the charset itself
// and misread 62 pages, so the two extractors did not read the same text).
// The main thread reads the pages one at a time and hands each to a worker thread that
// runs jsdom + Readability; the worker's heap is capped (resourceLimits) and a page that does not
// finish within the per-page CPU-time budget is recorded as failed (the worker is terminated and replaced),
// so the run always completes with bounded memory. The first WARM_UP pages are run untimed first.
// Prints JSON Lines {"file","text","wallMs","cpuMs","error"} (text null on failure) and a last line
// {"summary":true,...}. The per-page timeout (default 20 s) is CPU time. CPU time is process.cpuUsage() (user+sys of the whole node process; the
// main thread only waits meanwhile). Usage: node readability.mjs DECODED.jsonl [TIMEOUT_SECONDS]
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import path from 'node:path';

const require = createRequire(import.meta.url);
const peers = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'node_modules');

if (!isMainThread) {
  const { JSDOM, VirtualConsole } = require(path.join(peers, 'jsdom'));
  const { Readability } = require(path.join(peers, '@mozilla', 'readability'));
  const virtualConsole = new VirtualConsole();
  parentPort.on('message', ({ url, html }) => {
    let text = null;
    let error = null;
    try {
      // A string: jsdom parses it as given, no charset sniffing (the same text our extractor reads).
      const dom = new JSDOM(html, { url, virtualConsole });
      const article = new Readability(dom.window.document).parse();
      text = article ? article.textContent : null;
      if (!article) error = 'no article';
      dom.window.close();
    } catch (e) {
      error = String(e && e.message ? e.message : e).slice(0, 200);
    }
    parentPort.postMessage({ text, error, heapUsed: getHeapStatistics().used_heap_size });
  });
} else {
  await main();
}

async function main() {
  const decoded = process.argv[2];
  const timeoutSeconds = Number(process.argv[3] ?? 20);
  const WARM_UP = 50;
  // Heap cap per worker and the heap level after which a worker is replaced between pages.
  const HEAP_LIMIT_MB = 1024;
  const RECYCLE_HEAP_BYTES = 512 * 1024 * 1024;
  // A page may take at most timeoutSeconds of CPU, and at most this many times that in wall time.
  const WALL_BACKSTOP = 10;

  let worker = null;
  const spawn = () => new Worker(new URL(import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB } });
  const runWorker = (page) => new Promise((resolve) => {
    if (!worker) worker = spawn();
    const w = worker;
    const done = (result) => {
      clearInterval(timer);
      w.removeAllListeners('message');
      w.removeAllListeners('error');
      w.removeAllListeners('exit');
      resolve(result);
    };
    const drop = () => { if (worker === w) worker = null; w.terminate(); };
    // The page's budget is CPU time (the machine may be shared, so wall time says little), checked
    // twice a second; a wall-clock backstop catches a worker that waits without computing.
    const cpu0 = process.cpuUsage();
    const wall0 = Date.now();
    const timer = setInterval(() => {
      const used = process.cpuUsage(cpu0);
      if ((used.user + used.system) / 1e6 > timeoutSeconds || Date.now() - wall0 > WALL_BACKSTOP * timeoutSeconds * 1000) {
        drop();
        done({ text: null, error: 'timeout', timedOut: true });
      }
    }, 500);
    w.once('message', (m) => done(m));
    w.once('error', (e) => { drop(); done({ text: null, error: 'worker: ' + String(e && e.message ? e.message : e).slice(0, 200) }); });
    w.once('exit', () => { if (worker === w) worker = null; done({ text: null, error: 'worker exited' }); });
    w.postMessage({ url: page.url, html: page.html });
  });

  let warmed = 0;
  const run = (page) => page.html === null ? Promise.resolve({ text: null, error: 'not HTML' }) : runWorker(page);
  for await (const page of pages(decoded)) {
    await run(page);
    if (++warmed >= WARM_UP) break;
  }

  const out = (line) => new Promise((resolve) => { if (process.stdout.write(line + '\n')) resolve(); else process.stdout.once('drain', resolve); });
  let count = 0, failed = 0, timedOut = 0, wallMs = 0, cpuMs = 0;
  for await (const page of pages(decoded)) {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const result = await run(page);
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    const cpuPage = (cpu.user + cpu.system) / 1000;
    count++; wallMs += wall; cpuMs += cpuPage;
    if (result.text === null) failed++;
    if (result.timedOut) timedOut++;
    await out(JSON.stringify({ file: page.file, text: result.text, wallMs: wall, cpuMs: cpuPage, error: result.error ?? null }));
    if (worker && (result.heapUsed ?? 0) > RECYCLE_HEAP_BYTES) { worker.terminate(); worker = null; }
  }
  if (worker) await worker.terminate();
  const status = readFileSync('/proc/self/status', 'utf8');
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
  await out(JSON.stringify({ summary: true, pages: count, failed, timedOut, timeoutSeconds, wallSeconds: wallMs / 1000, cpuSeconds: cpuMs / 1000, peakBytes: hwm ? Number(hwm[1]) * 1024 : 0 }));
}

// Streams the pages as our extractor decoded them (Newsdesk.Bench extract --decode): JSON Lines {file, url, html}.
async function* pages(decoded) {
  const lines = createInterface({ input: createReadStream(decoded, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim()) yield JSON.parse(line);
  }
}
