// Builds five bundles from one source tree:
//   dist/extension.js      VS Code extension host (Node): the small activation entry
//   dist/heartland-core.js its core (data, model, detector, editor adapters), required on first use
//   dist/web/extension.js  vscode.dev / github.dev web worker (browser, no Node built-ins; entry and core in one file)
//   dist/cli.js            the `heartland` command line (Node)
//   dist/zod.js            zod, required by the two Node bundles above it when a calculator input is first checked
//   dist/data/             the data files (src/data/) as the Node bundles read them at load (`jsonBeside`)
// and, with --tests, the unit and editor test suites into out/.
// Flags: --production (minify, no source maps), --watch, --tests.
// Before bundling, every data file in src/data/ is validated against its zod schema.
const esbuild = require("esbuild");
const fs = require("fs");
const path = require("path");

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");
const tests = process.argv.includes("--tests");

/** Report build problems in a form VS Code's problem matchers understand. */
const problemReporter = {
  name: "problem-reporter",
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
    });
  },
};

/**
 * A data file as `JSON.parse("…")` rather than an object literal: the same values, but the
 * bundle's parser sees one string and JSON.parse builds the objects several times faster than
 * compiling a literal of the same size (the CLI's start-up and the extension's activation).
 * Data files have a default export only.
 *
 * `jsonBeside` (the Node bundles): the JSON text is not in the bundle at all but a file beside it
 * (dist/data/…, the same text as the string would have been; the model's two parts under their own
 * names), read when the bundle loads: the ~2.3 MB of data as string literals
 * made up most of the time V8 took to compile the CLI at every start, though JSON.parse was all
 * that read them (issue 9). The web bundle and the tests keep the strings inside.
 */
function jsonData(beside) {
  return {
    name: beside ? "json-beside" : "json-as-parse",
    setup(build) {
      build.onLoad({ filter: /\.json$/ }, async (args) => {
        const text = await fs.promises.readFile(args.path, "utf8");
        const name = path.relative(path.join(__dirname, "src", "data"), args.path).split(path.sep).join("/");
        const lit = beside ? (v, as = name) => dataFile(as, JSON.stringify(v)) : (v) => `JSON.parse(${JSON.stringify(JSON.stringify(v))})`;
        if (path.basename(args.path) === "argument-model.json") return { contents: packedModel(JSON.parse(text), lit), loader: "js" };
        return { contents: `export default ${lit(JSON.parse(text))};`, loader: "js" };
      });
    },
  };
}
const jsonAsParse = jsonData(false);
const jsonBeside = jsonData(true);

/** Data files written beside the Node bundles (each once, though two bundles read it). */
const written = new Map();
/** Write dist/data/NAME (once) and give the expression that reads and parses it where the bundle is. */
function dataFile(name, json) {
  if (name.startsWith("..") || path.isAbsolute(name)) throw new Error(`data file outside src/data: ${name}`);
  if (written.get(name) !== json) {
    fs.mkdirSync(path.dirname(path.join("dist", "data", name)), { recursive: true });
    fs.writeFileSync(path.join("dist", "data", name), json);
    written.set(name, json);
  }
  return `JSON.parse(require("fs").readFileSync(require("path").join(__dirname, "data", ${JSON.stringify(name)}), "utf8"))`;
}

/**
 * The learned model (src/data/argument-model.json) with its weights packed into four flat lists
 * (`PackedWeights` in src/core/precedent/model.ts: the features in the file's order, and per feature
 * its run of labels and weights): JSON.parse builds four arrays instead of ~9,000 keys and ~18,000
 * small arrays, and the scorer indexes them without walking an object (~35 ms of parsing and ~65 ms
 * of indexing at every start, issue 9). `weights` is still there, built from the packed lists on
 * first use (the tests and the plain scorer read it): the same features, in the same order, with the
 * same numbers (JSON numbers round-trip exactly).
 */
function packedModel(json, lit) {
  const { weights, ...rest } = json;
  const features = Object.keys(weights);
  const start = [];
  const label = [];
  const weight = [];
  for (const f of features) {
    start.push(label.length);
    for (const [l, w] of weights[f]) {
      label.push(l);
      weight.push(w);
    }
  }
  start.push(label.length);
  return `const model = ${lit(rest, "argument-model.rest.json")};
const packed = ${lit({ features, start, label, weight }, "argument-model.packed.json")};
let weights;
Object.defineProperty(model, "weights", {
  enumerable: true,
  configurable: true,
  get() {
    if (weights === undefined) {
      weights = {};
      for (let f = 0; f < packed.features.length; f++) {
        const ws = [];
        for (let k = packed.start[f]; k < packed.start[f + 1]; k++) ws.push([packed.label[k], packed.weight[k]]);
        weights[packed.features[f]] = ws;
      }
    }
    return weights;
  },
});
Object.defineProperty(model, "packedWeights", { value: packed });
export default model;
`;
}

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: "warning",
  legalComments: "none",
  charset: "utf8",
  plugins: [problemReporter, jsonAsParse],
};

/**
 * The activation entry (src/extension.ts) requires "./editor/main" (the core) only when it is first
 * needed. In the Node bundle that require is of a second bundle beside it (dist/heartland-core.js),
 * read and compiled only then; the web bundle, where a worker cannot require a file, keeps the
 * module inside, and esbuild evaluates it only when it is first required.
 */
const separateCore = {
  name: "separate-core",
  setup(build) {
    build.onResolve({ filter: /^\.\/editor\/main$/ }, (args) =>
      args.importer.endsWith(path.join("src", "extension.ts")) ? { path: "./heartland-core.js", external: true } : undefined,
    );
  },
};

/**
 * zod reads the calculator's input (src/core/sentencing/inputSchema.ts, which schema.ts requires the first time an
 * input is checked). In the Node bundles zod is a bundle of its own beside them (dist/zod.js), required by that
 * module only then: it is ~750 KB of the CLI's 1.25 MB of code, which every start read and compiled though a
 * `check` never runs it (issue 9). zod keeps no state of ours, so nothing is shared across the two files. The web
 * bundle keeps it inside (a worker cannot require a file), evaluated only when first required.
 */
const separateZod = {
  name: "separate-zod",
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, () => ({ path: "./zod.js", external: true }));
  },
};

const bundles = [
  { ...common, plugins: [...common.plugins, separateCore], entryPoints: ["src/extension.ts"], outfile: "dist/extension.js", platform: "node", format: "cjs", target: "node18", external: ["vscode"] },
  { ...common, plugins: [problemReporter, jsonBeside, separateZod], entryPoints: ["src/editor/main.ts"], outfile: "dist/heartland-core.js", platform: "node", format: "cjs", target: "node18", external: ["vscode"] },
  { ...common, entryPoints: [require.resolve("zod")], outfile: "dist/zod.js", platform: "node", format: "cjs", target: "node18" },
  {
    ...common,
    entryPoints: ["src/extension.ts"],
    outfile: "dist/web/extension.js",
    platform: "browser",
    format: "cjs",
    target: "es2022",
    external: ["vscode"],
    mainFields: ["browser", "module", "main"],
    define: { "process.env.NODE_ENV": production ? '"production"' : '"development"' },
  },
  { ...common, plugins: [problemReporter, jsonBeside, separateZod], entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", platform: "node", format: "cjs", target: "node18", banner: { js: "#!/usr/bin/env node" } },
];

function listTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => f.endsWith(".ts"));
}

if (tests) {
  bundles.length = 0;
  const unit = listTests("test/unit").filter((f) => f.endsWith(".test.ts"));
  if (unit.length) bundles.push({ ...common, sourcemap: true, entryPoints: unit, outdir: "out/test/unit", outbase: "test/unit", platform: "node", format: "cjs", target: "node18", external: ["mocha", "esbuild", "recheck", "typescript", "fast-check"] });
  const editor = listTests("test/editor/suite");
  if (editor.length) bundles.push({ ...common, sourcemap: true, entryPoints: editor, outdir: "out/test/editor/suite", outbase: "test/editor/suite", platform: "node", format: "cjs", target: "node18", external: ["vscode", "mocha"] });
}

/**
 * The data files must match their zod schemas (src/core/dataValidation.ts): the code's types
 * are derived from those schemas, so a file that does not match stops the build.
 */
async function validateData() {
  const r = await esbuild.build({ entryPoints: ["src/core/dataValidation.ts"], bundle: true, platform: "node", format: "cjs", target: "node18", write: false, logLevel: "silent" });
  const mod = { exports: {} };
  new Function("module", "exports", "require", r.outputFiles[0].text)(mod, mod.exports, require);
  const problems = mod.exports.validateData();
  if (problems.length) {
    for (const p of problems) console.error(`✘ [DATA] ${p}`);
    throw new Error(`${problems.length} data problem(s): the files in src/data/ do not match their schemas.`);
  }
}

async function main() {
  if (!tests) await validateData();
  const contexts = await Promise.all(bundles.map((b) => esbuild.context(b)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log("[watch] watching for changes");
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (!tests) fs.chmodSync("dist/cli.js", 0o755);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
