// Fails when modules of app/, db/ or server/ import each other in a circle (type-only imports
// aside: they vanish at build time). Part of `npm run lint`. Resolves the `~/` and `~db/`
// aliases of tsconfig.json and relative paths; packages are not followed.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOTS = ["app", "db", "server"];
const EXTENSIONS = [".ts", ".tsx", ".js", ".mjs"];

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return EXTENSIONS.includes(path.extname(entry.name)) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("~/")) base = path.join("app", specifier.slice(2));
  else if (specifier.startsWith("~db/")) base = path.join("db", specifier.slice(4));
  else if (specifier.startsWith(".")) base = path.join(path.dirname(from), specifier);
  else return null;
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile()) ?? null;
}

/** The modules a file needs at run time: value imports and re-exports, not `import type`. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      // `import { type A, type B } from` is type-only too.
      if (
        clause &&
        !clause.name &&
        named &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly)
      )
        continue;
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    }
  }
  return found.flatMap((s) => resolve(file, s) ?? []);
}

const graph = new Map<string, string[]>();
for (const file of ROOTS.flatMap(filesUnder)) graph.set(file, runtimeImports(file));

// Tarjan's strongly connected components: every component of more than one module is a cycle.
let counter = 0;
const index = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const cycles: string[][] = [];
function visit(v: string) {
  index.set(v, counter);
  low.set(v, counter);
  counter++;
  stack.push(v);
  onStack.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!index.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
  }
  if (low.get(v) === index.get(v)) {
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
  }
}
for (const v of graph.keys()) if (!index.has(v)) visit(v);

if (cycles.length > 0) {
  console.error(`Import cycles (${cycles.length}):`);
  for (const c of cycles) console.error(`  ${c.join(" ↔ ")}`);
  process.exit(1);
}
console.log(`No import cycles among ${graph.size} modules.`);
