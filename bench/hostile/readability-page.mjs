// The extraction peer on one page: Mozilla Readability on jsdom (the peer of bench/extract, its locked
// versions under bench/extract/node_modules), given the page as a string as bench/extract gives it.
// Prints one JSON line {"chars": length of the text Readability returns, "error": null or a message}.
// Usage: node readability-page.mjs PAGE.html URL
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const peers = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'extract', 'node_modules');
const { JSDOM, VirtualConsole } = require(path.join(peers, 'jsdom'));
const { Readability } = require(path.join(peers, '@mozilla', 'readability'));

const [file, url] = process.argv.slice(2);
let chars = 0;
let error = null;
try {
  const dom = new JSDOM(readFileSync(file, 'utf8'), { url, virtualConsole: new VirtualConsole() });
  const article = new Readability(dom.window.document).parse();
  chars = article && article.textContent ? article.textContent.length : 0;
  if (!article) error = 'no article';
} catch (e) {
  error = String(e && e.message ? e.message : e).slice(0, 200);
}
console.log(JSON.stringify({ chars, error }));
