import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { decodeText } from './decode.js';

export const RELEASE_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

export interface FolderDocument {
  /** Path relative to the folder: stable across machines, so it can be part of the release id. */
  location: string;
  body: string;
}

/** Lists release files under a folder (recursively), in a stable order. */
export async function listReleaseFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && RELEASE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export async function readFolderDocument(folder: string, path: string): Promise<FolderDocument> {
  return { location: relative(folder, path), body: decodeText(await readFile(path)) };
}

/** The default source name of a folder: its base name, so ids do not depend on where the repo is cloned. */
export const folderSourceName = (folder: string): string => `folder:${basename(folder)}`;
