import type { Rule } from '../rule';
import { executionRoleRequired } from './execution-role-required';
import { roleArnFormat } from './role-arn-format';
import { instanceProfileAsRole } from './instance-profile-as-role';
import { sameRole } from './same-role';
import { rolesSwapped } from './roles-swapped';
import { taskRoleRequired } from './task-role-required';

/** Rules of this topic, in code order. */
export const iamRules: readonly Rule[] = [executionRoleRequired, roleArnFormat, instanceProfileAsRole, sameRole, rolesSwapped, taskRoleRequired];
