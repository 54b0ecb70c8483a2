import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * The shared datasets folder: `../shared/datasets/` beside the repository. This file compiles to
 * `dist/eval/datasets.js`, three levels below the folder that holds both the repository and `shared/`.
 * `STORYLINE_DATASETS` overrides it.
 */
export function datasetsDir(): string {
  return process.env.STORYLINE_DATASETS ?? fileURLToPath(new URL('../../../shared/datasets/', import.meta.url));
}

/** The folder of one dataset, or undefined (with the reason) when it is not there. */
export function datasetDir(name: string, mustHave: string[] = []): { dir?: string; missing?: string } {
  const dir = join(datasetsDir(), name);
  if (!existsSync(dir)) return { missing: `${name} not found at ${dir}` };
  for (const f of mustHave) if (!existsSync(join(dir, f))) return { missing: `${name} has no ${f}` };
  return { dir };
}
