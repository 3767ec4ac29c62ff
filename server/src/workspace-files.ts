/**
 * How the server reaches the workspace's files (to pair a service definition with its task
 * definition when only one of them is open). The Node server reads the disk itself
 * (`workspace-scan.ts`); the web server, which has no file system, asks the client, which reads
 * through `vscode.workspace.fs` (`client/src/web-files.ts`).
 */
import type { Connection } from 'vscode-languageserver';

export interface WorkspaceFiles {
  /** Calls `onFile` for each task or service definition found in the folders; resolves to the number of JSON files looked at. */
  scan(folderUris: readonly string[], onFile: (uri: string, text: string) => void): Promise<number>;
  /** The text of a file, or undefined when it cannot be read (or is too large). */
  read(uri: string): Promise<string | undefined>;
}

/** Requests the web server sends to its client (see client/src/web-files.ts). */
export const WORKSPACE_FILES_REQUEST = 'ecsTaskDefinition/workspaceFiles';
export const READ_FILE_REQUEST = 'ecsTaskDefinition/readFile';

/** Files read by the client, for a server that runs where there is no file system (a web worker). */
export function clientFiles(connection: Connection): WorkspaceFiles {
  return {
    async scan(folderUris, onFile) {
      const found = (await connection.sendRequest(WORKSPACE_FILES_REQUEST, { folders: folderUris })) as { files?: Array<{ uri: string; text: string }>; looked?: number } | null;
      for (const f of found?.files ?? []) if (typeof f.uri === 'string' && typeof f.text === 'string') onFile(f.uri, f.text);
      return found?.looked ?? 0;
    },
    async read(uri) {
      const text = (await connection.sendRequest(READ_FILE_REQUEST, { uri })) as string | null;
      return typeof text === 'string' ? text : undefined;
    },
  };
}

/** No workspace access at all (tests, or a client that cannot read files). */
export const noFiles: WorkspaceFiles = {
  scan: () => Promise.resolve(0),
  read: () => Promise.resolve(undefined),
};
