import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { ROOT } from '../support/environment.js';

/*
 * The projects and source files the architecture checks walk: every project.json under apps/ and libs/,
 * and the files git would track (no build output, dependencies or local state).
 */

const projectSchema = z.object({ name: z.string(), tags: z.array(z.string()).default([]) });
export interface WorkspaceProject {
  name: string;
  /** Folder of the project, relative to the workspace root (e.g. libs/text-cleaning). */
  root: string;
  tags: string[];
}

/** Every app and lib of the workspace, from its project.json. */
export function workspaceProjects(): WorkspaceProject[] {
  return ['apps', 'libs'].flatMap((parent) =>
    readdirSync(join(ROOT, parent)).flatMap((name) => {
      const root = join(parent, name);
      let text: string;
      try {
        text = readFileSync(join(ROOT, root, 'project.json'), 'utf8');
      } catch {
        return [];
      }
      const project = projectSchema.parse(JSON.parse(text));
      return [{ name: project.name, root, tags: project.tags }];
    }),
  );
}

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.nx', '.presswatch', '.git', 'coverage', '.venv']);

/** Files below `folder` (relative to the root) whose names end with one of `endings`, as root-relative paths. */
export function filesBelow(folder: string, endings: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(path);
      } else if (entry.isFile() && endings.some((ending) => entry.name.endsWith(ending))) {
        found.push(relative(ROOT, path));
      }
    }
  };
  if (statSync(join(ROOT, folder), { throwIfNoEntry: false })?.isDirectory()) walk(join(ROOT, folder));
  return found.sort();
}
