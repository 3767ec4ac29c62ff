/**
 * Finds task and service definitions in the workspace folders, so a service definition can be
 * checked against its task definition even when only one of them is open. Reads files only; never
 * runs anything. Bounded in depth, file count and file size.
 */
import { promises as fs } from 'fs';
import path = require('path');
import { fileURLToPath, pathToFileURL } from 'url';

const SKIP = new Set(['node_modules', '.git', 'dist', 'out', '.cache', '.venv', 'vendor', 'cdk.out', '.terraform', 'coverage']);
const MAX_FILES = 5000;
const MAX_SIZE = 2 * 1024 * 1024;
const MAX_DEPTH = 8;

export async function scanWorkspace(folderUris: readonly string[], onFile: (uri: string, text: string) => void): Promise<number> {
  let seen = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || seen >= MAX_FILES) return;
    let entries: import('fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (seen >= MAX_FILES) return;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !e.name.startsWith('.')) await walk(full, depth + 1);
      } else if (e.isFile() && /\.jsonc?$/i.test(e.name)) {
        seen++;
        try {
          const st = await fs.stat(full);
          if (st.size > MAX_SIZE) continue;
          const text = await fs.readFile(full, 'utf8');
          // Only definitions matter; the test is the same cheap one the language service uses.
          if (text.includes('"containerDefinitions"') || text.includes('"taskDefinition"')) onFile(pathToFileURL(full).toString(), text);
        } catch {
          /* unreadable: skip */
        }
      }
    }
  };
  for (const uri of folderUris) {
    if (!uri.startsWith('file:')) continue;
    await walk(fileURLToPath(uri), 0);
  }
  return seen;
}

export async function readUri(uri: string): Promise<string | undefined> {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const p = fileURLToPath(uri);
    const st = await fs.stat(p);
    return st.size > MAX_SIZE ? undefined : await fs.readFile(p, 'utf8');
  } catch {
    return undefined;
  }
}
