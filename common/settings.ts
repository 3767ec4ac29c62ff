/** Settings shared by the VS Code client, the language server and the CLI. */
export type DocsLanguage = 'auto' | 'vi' | 'en' | 'both';
export type Lang = 'vi' | 'en';
export type ContainerLaunchType = 'FARGATE' | 'EC2' | 'EXTERNAL' | 'MANAGED_INSTANCES';
export const CONTAINER_LAUNCH_TYPES: readonly ContainerLaunchType[] = ['FARGATE', 'EC2', 'EXTERNAL', 'MANAGED_INSTANCES'];
export type RuleSeverityOverride = 'off' | 'error' | 'warning' | 'information' | 'hint';

export interface EcsSettings {
  docsLanguage: DocsLanguage;
  /** Extra glob patterns (matched against the file path) that mark a file as a task definition. */
  filePatterns: string[];
  /**
   * Extra placeholder styles (regular expressions, JavaScript syntax) for templated files, next to the
   * built-in ones (`${VAR}`, `{{ var }}`, `<VAR>`, `%VAR%`...): a value matching one is an unknown value.
   */
  placeholderPatterns: string[];
  /** Per-rule severity overrides keyed by rule code, e.g. `{ "ECS301": "off" }`. */
  rules: Record<string, RuleSeverityOverride>;
  /** For service definitions: the task definition file to check them against (relative to the service file's folder). Empty: found by family. */
  serviceTaskDefinition?: string;
  /**
   * The launch type of a container-definitions array (Terraform's `container_definitions` file) when
   * no `aws_ecs_task_definition` in the module gives it. Empty: unknown (launch-type rules stay quiet).
   */
  containerDefinitionsLaunchType?: ContainerLaunchType | '';
  /** The editor's indentation for the document (VS Code's `editor.tabSize` / `editor.insertSpaces`): used by fixes when the document itself shows none. */
  editorIndent?: { tabSize: number; insertSpaces: boolean };
  /**
   * Set by the server when the editor reports JSON syntax errors itself (VS Code's JSON language
   * features): ECS001 then stays quiet where it would repeat them.
   */
  editorReportsJsonSyntax?: boolean;
}

export const SETTINGS_SECTION = 'ecsTaskDefinition';

export const defaultSettings: EcsSettings = { docsLanguage: 'auto', filePatterns: [], placeholderPatterns: [], rules: {}, serviceTaskDefinition: '' };

export const DOCS_LANGUAGES: readonly DocsLanguage[] = ['auto', 'vi', 'en', 'both'];
const SEVERITIES: readonly RuleSeverityOverride[] = ['off', 'error', 'warning', 'information', 'hint'];

/** Accepts anything (a client may send garbage) and returns well-formed settings. */
export function normalizeSettings(raw: unknown): EcsSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const docsLanguage = DOCS_LANGUAGES.includes(r.docsLanguage as DocsLanguage) ? (r.docsLanguage as DocsLanguage) : 'auto';
  const filePatterns = Array.isArray(r.filePatterns) ? r.filePatterns.filter((p): p is string => typeof p === 'string') : [];
  const placeholderPatterns = Array.isArray(r.placeholderPatterns) ? r.placeholderPatterns.filter((p): p is string => typeof p === 'string' && p.length > 0) : [];
  const rules: Record<string, RuleSeverityOverride> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [code, sev] of Object.entries(r.rules as Record<string, unknown>)) {
      if (SEVERITIES.includes(sev as RuleSeverityOverride)) rules[code.toUpperCase()] = sev as RuleSeverityOverride;
    }
  }
  const serviceTaskDefinition = typeof r.serviceTaskDefinition === 'string' ? r.serviceTaskDefinition : '';
  // VS Code sends `containerDefinitions: { launchType }` (the setting `ecsTaskDefinition.containerDefinitions.launchType`).
  const cd = (r.containerDefinitions && typeof r.containerDefinitions === 'object' ? r.containerDefinitions : {}) as Record<string, unknown>;
  const lt = typeof cd.launchType === 'string' ? cd.launchType.toUpperCase() : '';
  const containerDefinitionsLaunchType = CONTAINER_LAUNCH_TYPES.includes(lt as ContainerLaunchType) ? (lt as ContainerLaunchType) : '';
  return { docsLanguage, filePatterns, placeholderPatterns, rules, serviceTaskDefinition, containerDefinitionsLaunchType };
}

/** The languages to show, in order. `auto` follows the editor's display language (`vi*` → Vietnamese, anything else → English). */
export function resolveLanguages(setting: DocsLanguage, locale: string | undefined): Lang[] {
  switch (setting) {
    case 'vi': return ['vi'];
    case 'en': return ['en'];
    case 'both': return ['vi', 'en'];
    default: return locale && locale.toLowerCase().startsWith('vi') ? ['vi'] : ['en'];
  }
}
