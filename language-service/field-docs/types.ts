/**
 * Bilingual field documentation: the one source of truth for every hover text and for the English
 * `description`s of the generated JSON schema. Each entry holds both languages side by side, so a
 * missing translation is a type error (and `test/unit/field-docs.test.ts` checks every schema path
 * and enum value has one).
 */
export interface Bilingual {
  en: string;
  vi: string;
}

export type LaunchType = 'EC2' | 'FARGATE' | 'EXTERNAL' | 'MANAGED_INSTANCES';

export interface FieldDoc {
  /** What the field does, 1–3 sentences, Markdown allowed. */
  summary: Bilingual;
  /** What ECS does when the field is absent ("none", "true", "bridge on Linux EC2", ...). */
  default?: Bilingual;
  /** Limits: ranges, lengths, counts, allowed forms. */
  limits?: Bilingual;
  /** Launch types that support the field. Omit when every launch type does. */
  launchTypes?: LaunchType[];
  /** Launch-type remark, e.g. "Fargate: only SYS_PTRACE". */
  launchTypeNote?: Bilingual;
  /** A small JSON example (language-neutral), shown in a code block. */
  example?: string;
  /** Link to the AWS documentation page (with anchor where one exists). */
  link: string;
  /** For key fields: the concept behind it, written for a learner (Markdown; tables welcome). */
  concept?: Bilingual;
}

/** Keyed by the JSON path as written in register-task-definition.fields.txt, e.g. `containerDefinitions[].portMappings[].containerPort`. */
export type FieldDocTable = Record<string, FieldDoc>;

/** Keyed by path, then by enum value. */
export type EnumDocTable = Record<string, Record<string, Bilingual>>;
