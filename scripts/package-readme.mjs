// The README that goes into the .vsix (`npm run package`): the repository's README.md with each
// local image (`![…](docs/images/x.png)`) embedded as a data: URI. VS Code's extension page shows
// an installed extension's README under a policy that loads images only from https: or data:, and
// a package made without a repository URL (--no-rewrite-relative-links) has no https: address for
// them, so relative images would show as their alt text. Writes dist/README.package.md.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const TYPES = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif", svg: "image/svg+xml" };
let n = 0;
const out = readme.replace(/(!\[[^\]]*\]\()((?:\.\/)?docs\/images\/[^)\s]+\.(png|jpe?g|gif|svg))(\))/g, (_m, open, file, ext, close) => {
  n++;
  let data;
  try {
    data = readFileSync(join(root, file)).toString("base64");
  } catch {
    console.error(`README.md shows ${file}, which is missing: take the pictures with node test/editor/screenshots.mjs`);
    process.exit(1);
  }
  return `${open}data:${TYPES[ext.toLowerCase()]};base64,${data}${close}`;
});
mkdirSync(join(root, "dist"), { recursive: true });
writeFileSync(join(root, "dist", "README.package.md"), out);
console.log(`dist/README.package.md: README.md with ${n} image(s) embedded (${Math.round(out.length / 1024)} KB)`);
