// Times Mozilla Readability on saved pages: for each path given, parse it with jsdom and run
// Readability#parse() five times; print "<path>\t<best milliseconds>". Used by
// `diptych eval-extract --readability DIR` (see scripts/eval-extract.sh). No network: jsdom
// runs without fetching resources or scripts.
"use strict";
const fs = require("fs");
const zlib = require("zlib");
const { JSDOM } = require("jsdom");
const { Readability } = require("@mozilla/readability");

for (const path of process.argv.slice(2)) {
  let bytes = fs.readFileSync(path);
  if (path.endsWith(".gz")) {
    bytes = zlib.gunzipSync(bytes);
  }
  const html = bytes.toString("utf8");
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const started = process.hrtime.bigint();
    const dom = new JSDOM(html, { url: "http://localhost/" });
    const article = new Readability(dom.window.document).parse();
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    if (!article && run === 0) {
      process.stderr.write(`no article found in ${path}\n`);
    }
    dom.window.close();
    best = Math.min(best, elapsed);
  }
  process.stdout.write(`${path}\t${best.toFixed(3)}\n`);
}
