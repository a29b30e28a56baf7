import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { repoPath } from '../paths';
import { EXPLORE_ASSETS, EXPLORE_MODULES } from './explore.router';

const modulesDir = repoPath('src', 'explore', 'public', 'js');

/** The sibling modules a module imports, read from its `from './x.js'` clauses. */
const importsOf = (name: string): string[] =>
  [...readFileSync(`${modulesDir}/${name}`, 'utf8').matchAll(/from '\.\/([\w-]+\.js)'/g)].map(
    (m) => m[1] ?? '',
  );

describe('the explorer router', () => {
  it('serves every module in public/js, and names no module that is not there', () => {
    const onDisk = readdirSync(modulesDir).filter((name) => name.endsWith('.js'));
    expect([...EXPLORE_MODULES].sort()).toEqual(onDisk.sort());
  });

  it('serves each module at /explore/<name>.js as JavaScript', () => {
    const types = EXPLORE_MODULES.map(
      (name) => EXPLORE_ASSETS.find((a) => a.path === `/explore/${name}`)?.contentType,
    );
    expect(new Set(types)).toEqual(new Set(['text/javascript; charset=utf-8']));
  });

  it('lists only files that exist', () => {
    const missing = EXPLORE_ASSETS.filter((a) => !existsSync(a.file)).map((a) => a.path);
    expect(missing).toEqual([]);
  });

  it('serves every module that a module imports', () => {
    const unserved = EXPLORE_MODULES.flatMap(importsOf).filter((m) => !EXPLORE_MODULES.includes(m));
    expect(unserved).toEqual([]);
  });

  it('has no import cycle among the modules', () => {
    const cycles: string[] = [];
    const visit = (name: string, path: string[]) => {
      if (path.includes(name)) {
        cycles.push([...path.slice(path.indexOf(name)), name].join(' → '));
        return;
      }
      for (const next of importsOf(name)) visit(next, [...path, name]);
    };
    visit('main.js', []);
    expect([...new Set(cycles)]).toEqual([]);
  });
});
