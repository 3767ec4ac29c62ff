/**
 * The task and service definitions of a workspace, so that a service definition can be checked
 * against the task definition it points at (and the other way round). Filled by the server (open
 * documents and files found in the workspace folders) or by the CLI (the files it checks). Pure:
 * it never reads the disk itself.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { matchesServiceDefinitionName, matchesTaskDefinitionName, pathOfUri } from '../../common/file-patterns';
import { parseDocument, propertyValue, stringValue, type ParsedDocument } from '../model/document';

interface Entry {
  uri: string;
  text: string;
  parsed?: ParsedDocument;
}

/** `family`, `family:3` or a task definition ARN → the family name. */
export function familyOfReference(ref: string): string | undefined {
  const arn = /^arn:[^:]+:ecs:[^:]*:[^:]*:task-definition\/([A-Za-z0-9_-]+)(?::\d+)?$/.exec(ref);
  if (arn) return arn[1];
  const m = /^([A-Za-z0-9_-]+)(?::\d+)?$/.exec(ref.trim());
  return m ? m[1] : undefined;
}

function dirOf(uri: string): string {
  const p = pathOfUri(uri);
  return p.slice(0, p.lastIndexOf('/') + 1);
}

export class DefinitionIndex {
  private readonly entries = new Map<string, Entry>();
  /** The workspace folders (URIs), for paths relative to them in messages. */
  workspaceFolders: string[] = [];

  /** `uri` relative to the workspace folder that holds it (`web/task-definition.json`), else its file name. */
  relativePath(uri: string): string {
    for (const folder of this.workspaceFolders) {
      const base = folder.endsWith('/') ? folder : folder + '/';
      if (uri.startsWith(base)) return decodeURIComponent(uri.slice(base.length));
    }
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  }

  /** Adds or replaces a document. Cheap: parsing waits until a lookup needs it. */
  set(uri: string, text: string): void {
    const old = this.entries.get(uri);
    if (old && old.text === text) return;
    this.entries.set(uri, { uri, text });
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  private parsed(e: Entry): ParsedDocument {
    if (!e.parsed) {
      const hint = matchesServiceDefinitionName(e.uri) ? 'service' : matchesTaskDefinitionName(e.uri) ? 'task' : undefined;
      e.parsed = parseDocument(TextDocument.create(e.uri, 'json', 0, e.text), hint);
    }
    return e.parsed;
  }

  /** Task definitions whose family is `family`, those in the folder of `nearUri` first. */
  taskDefinitions(family: string, nearUri?: string): ParsedDocument[] {
    const out: ParsedDocument[] = [];
    for (const e of this.entries.values()) {
      if (!e.text.includes(family)) continue;
      const p = this.parsed(e);
      if (p.task && stringValue(propertyValue(p.task, 'family')) === family) out.push(p);
    }
    if (nearUri) {
      const dir = dirOf(nearUri);
      out.sort((a, b) => Number(dirOf(b.uri) === dir) - Number(dirOf(a.uri) === dir) || a.uri.localeCompare(b.uri));
    }
    return out;
  }

  /** The task definition a service definition points at: by the explicit file, else by family. */
  taskDefinitionFor(service: ParsedDocument, explicitUri?: string): ParsedDocument | undefined {
    return this.pairing(service, explicitUri).chosen;
  }

  /**
   * How a service definition is paired: the chosen task definition, and every task definition of the
   * family when the choice was made by family (empty when the setting names the file).
   */
  pairing(service: ParsedDocument, explicitUri?: string): { chosen: ParsedDocument | undefined; candidates: ParsedDocument[] } {
    if (explicitUri) {
      const e = this.entries.get(explicitUri);
      if (e) {
        const p = this.parsed(e);
        if (p.task) return { chosen: p, candidates: [] };
      }
    }
    const ref = stringValue(propertyValue(service.service, 'taskDefinition'));
    const family = ref && familyOfReference(ref);
    const candidates = family ? this.taskDefinitions(family, service.uri) : [];
    return { chosen: candidates[0], candidates };
  }

  /** Service definitions that point at the task definition family `family`. */
  servicesOf(family: string): ParsedDocument[] {
    const out: ParsedDocument[] = [];
    for (const e of this.entries.values()) {
      if (!e.text.includes('serviceName') || !e.text.includes(family)) continue;
      const p = this.parsed(e);
      const ref = stringValue(propertyValue(p.service, 'taskDefinition'));
      if (p.service && ref && familyOfReference(ref) === family) out.push(p);
    }
    return out;
  }
}
