/**
 * The public API of @trackmap/core: three entry points, each export listed, each documented.
 *
 * - The list of every export of `@trackmap/core`, `@trackmap/core/parallel` and
 *   `@trackmap/core/node` (name and kind: value or type) is kept in `public-api.snap.txt`. Adding,
 *   removing or renaming an export fails here until the list is updated
 *   (`npx vitest run tests/architecture/public-api.test.ts -u`), so every change to the surface
 *   is a deliberate one, seen in review.
 * - Every export has TSDoc: at least one line on its declaration. The measures' files open with a
 *   banner that gives the formula and the references (DOIs), and their functions' TSDoc says
 *   what they compute.
 * - No name is exported by two entry points, and every entry point is in package.json `exports`
 *   with its types first.
 *
 * The exports are read by the TypeScript compiler from the sources, as a user's editor sees them.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repo } from '../helpers/paths.js';

const ENTRIES = {
  '@trackmap/core': 'packages/core/src/index.ts',
  '@trackmap/core/parallel': 'packages/core/src/parallel.ts',
  '@trackmap/core/node': 'packages/core/src/node/index.ts',
} as const;

interface Export {
  entry: string;
  name: string;
  kind: 'value' | 'type';
  file: string;
  doc: string;
}

function readExports(): Export[] {
  const program = ts.createProgram(
    Object.values(ENTRIES).map((f) => repo(f)),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
    },
  );
  const checker = program.getTypeChecker();
  const out: Export[] = [];
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const source = program.getSourceFile(repo(file));
    if (!source) throw new Error(`${file} not found`);
    const module = checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`${file} is not a module`);
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declaration = target.declarations?.[0];
      out.push({
        entry,
        name: symbol.name,
        kind: target.flags & ts.SymbolFlags.Value ? 'value' : 'type',
        file: declaration ? relative(repo('packages/core/src'), declaration.getSourceFile().fileName) : '?',
        doc: ts.displayPartsToString(target.getDocumentationComment(checker)).trim(),
      });
    }
  }
  return out;
}

const exports = readExports();

describe('the public API', () => {
  it('is the list in public-api.snap.txt (update it with -u when a change is meant)', async () => {
    const lines = Object.keys(ENTRIES).flatMap((entry) => {
      const own = exports.filter((e) => e.entry === entry);
      return [
        `${entry} (${own.filter((e) => e.kind === 'value').length} values, ${own.filter((e) => e.kind === 'type').length} types)`,
        ...own.map((e) => `  ${e.kind.padEnd(5)} ${e.name}`).sort((a, b) => a.localeCompare(b, 'en')),
        '',
      ];
    });
    await expect(lines.join('\n')).toMatchFileSnapshot('./public-api.snap.txt');
  });

  it('every export has TSDoc', () => {
    const undocumented = exports.filter((e) => e.doc === '').map((e) => `${e.entry}: ${e.name} (${e.file})`);
    expect(undocumented).toEqual([]);
  });

  it("every measure's file opens with its definition and references", () => {
    const measureFiles = new Set(
      exports
        .filter((e) => e.kind === 'value' && /^(metrics|diversity|communities|paths|transfer)\//.test(e.file))
        .map((e) => e.file),
    );
    expect(measureFiles.size).toBeGreaterThan(15);
    const missing = [...measureFiles].filter((file) => {
      const banner = readFileSync(repo(`packages/core/src/${file}`), 'utf8').match(/^\/\*\*[\s\S]*?\*\//)?.[0] ?? '';
      return !/doi|References|\[\d+\]/i.test(banner);
    });
    expect(missing).toEqual([]);
  });

  it('no name is exported by two entry points', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const e of exports) {
      const first = seen.get(e.name);
      if (first !== undefined && first !== e.entry) twice.push(`${e.name}: ${first} and ${e.entry}`);
      seen.set(e.name, e.entry);
    }
    expect(twice).toEqual([]);
  });

  it('package.json exports every entry point, types first, with the source condition', () => {
    const pkg = JSON.parse(readFileSync(repo('packages/core/package.json'), 'utf8')) as {
      exports: Record<string, Record<string, string>>;
    };
    expect(Object.keys(pkg.exports).sort()).toEqual(['.', './node', './parallel']);
    for (const [subpath, entry] of Object.entries(ENTRIES)) {
      const conditions = pkg.exports[subpath === '@trackmap/core' ? '.' : `./${subpath.split('/')[2]}`];
      expect(Object.keys(conditions ?? {})[0], subpath).toBe('types');
      expect(conditions?.['@trackmap/source'], subpath).toBe(`./${relative(repo('packages/core'), repo(entry))}`);
      expect(conditions?.types, subpath).toBe(
        `./${relative(repo('packages/core'), repo(entry))}`.replace('./src/', './dist/').replace(/\.ts$/, '.d.ts'),
      );
    }
  });
});
