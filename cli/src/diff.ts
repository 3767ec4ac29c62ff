/**
 * `ecs-taskdef diff A B`: the semantic differences between two task definitions (a file and the
 * describe output of the running revision, or two revisions). Reads both files, writes nothing.
 * Exit codes: 0 equivalent, 1 different, 2 bad input (unreadable, not JSON, not a task definition).
 */
import fs = require('fs');
import path = require('path');
import type { Lang } from '../../common/settings';
import { parseDocument } from '../../language-service/model/document';
import { textDocument } from '../../language-service';
import { localize } from '../../language-service/i18n/text';
import { changesJson, compareDocuments, compareErrorMessage, renderChangesText } from '../../language-service/diff';
import { displayPath } from './files';
import { t } from './i18n';

export interface DiffOptions {
  files: [string, string];
  cwd: string;
  lang: Lang;
  format: 'text' | 'json';
}

export interface DiffOutcome {
  /** 0 equivalent, 1 different, 2 bad input. */
  exit: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

const BOM = '\uFEFF';

export function diffFiles(o: DiffOptions): DiffOutcome {
  const langs = [o.lang];
  const shown = o.files.map((f) => displayPath(path.resolve(o.cwd, f), o.cwd) || f) as [string, string];
  const docs = [];
  for (let i = 0; i < 2; i++) {
    const file = path.resolve(o.cwd, o.files[i]);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? localize(t.notFound, langs) : code === 'EISDIR' ? localize(t.isFolder, langs) : (e as Error).message;
      return { exit: 2, stdout: '', stderr: `ecs-taskdef: ${localize(t.cannotRead, langs, { path: shown[i], reason })}\n` };
    }
    if (text.startsWith(BOM)) text = text.slice(1);
    // Recognised by content: a root with `containerDefinitions`, or the describe output's wrapper.
    docs.push(parseDocument(textDocument(`file://${file}`, text)));
  }
  const result = compareDocuments(docs[0], docs[1]);
  if (!result.ok) {
    const file = shown[result.side === 'left' ? 0 : 1];
    return { exit: 2, stdout: '', stderr: `ecs-taskdef: ${compareErrorMessage(result.reason, file, langs)}\n` };
  }
  const stdout = o.format === 'json'
    ? JSON.stringify({ left: shown[0], right: shown[1], equivalent: result.changes.length === 0, changes: changesJson(result.changes, o.lang) }, null, 2) + '\n'
    : renderChangesText(result.changes, { left: shown[0], right: shown[1] }, langs);
  return { exit: result.changes.length ? 1 : 0, stdout, stderr: '' };
}
