// Mozilla Readability over the trafilatura evaluation pages, read in place from html-docs.tar.gz.
// Prints JSON Lines {"file","text"} (text null on failure) and a last line {"seconds","peakBytes"}.
// Usage: node readability.mjs DATA_DIR  (NODE_PATH must reach bench/.peers/node_modules)
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const peers = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '.peers', 'node_modules');
const { JSDOM, VirtualConsole } = require(path.join(peers, 'jsdom'));
const { Readability } = require(path.join(peers, '@mozilla', 'readability'));

const data = process.argv[2];
const evaldata = JSON.parse(readFileSync(path.join(data, 'evaldata.json'), 'utf8'));
const wanted = new Map(Object.entries(evaldata).map(([url, page]) => [page.file, url]));

// A minimal tar reader: 512-byte headers, ustar prefix, PAX "path" records for long or non-ASCII names.
function* tarEntries(buffer) {
  let offset = 0;
  let paxPath = null;
  while (offset + 512 <= buffer.length) {
    const header = buffer.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start, length) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    let name = field(0, 100);
    const prefix = field(345, 155);
    if (prefix) name = prefix + '/' + name;
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const body = buffer.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      const match = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      paxPath = match ? match[1] : null;
      continue;
    }
    if (type === '0' || type === '\0') {
      yield [paxPath ?? name, body];
    }
    paxPath = null;
  }
}

const pages = [];
for (const [name, body] of tarEntries(gunzipSync(readFileSync(path.join(data, 'html-docs.tar.gz'))))) {
  const file = path.basename(name);
  if (wanted.has(file)) pages.push({ file, url: wanted.get(file), body: Buffer.from(body) });
}

const virtualConsole = new VirtualConsole();
const out = [];
const start = process.hrtime.bigint();
for (const page of pages) {
  let text = null;
  try {
    // jsdom sniffs the encoding from the bytes (BOM, meta charset), as a browser does.
    const dom = new JSDOM(page.body, { url: page.url, virtualConsole });
    const article = new Readability(dom.window.document).parse();
    text = article ? article.textContent : null;
    dom.window.close();
  } catch {
    text = null;
  }
  out.push(JSON.stringify({ file: page.file, text }));
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const status = readFileSync('/proc/self/status', 'utf8');
const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
out.push(JSON.stringify({ seconds, pages: pages.length, peakBytes: hwm ? Number(hwm[1]) * 1024 : 0 }));
process.stdout.write(out.join('\n') + '\n');
