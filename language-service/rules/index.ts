/**
 * Every rule, by topic. Each folder is a topic:
 * - structure/     JSON syntax and what the schema says (ECS0xx)
 * - launch-types/  Fargate, EC2, EXTERNAL, Managed Instances (ECS1xx)
 * - iam/           task role, execution role (ECS2xx)
 * - networking/    network modes and port mappings (ECS3xx)
 * - storage/       volumes, EFS, mount points (ECS4xx)
 * - containers/    names, dependsOn, health checks, resources, logging (ECS5xx)
 * - security/      security hints (ECS6xx)
 */
import type { Rule } from './rule';
import { jsonSyntax } from './structure/syntax';
import { structureRules } from './structure/schema';
import { pastedShapeRules } from './structure/pasted-shapes';
import { topicRules } from './topics';
import { templateRules } from './structure/template';

export const allRules: readonly Rule[] = [jsonSyntax, ...templateRules, ...structureRules, ...pastedShapeRules, ...topicRules];

const byCode = new Map(allRules.map((r) => [r.code, r]));
export function ruleByCode(code: string): Rule | undefined {
  return byCode.get(code.toUpperCase());
}
