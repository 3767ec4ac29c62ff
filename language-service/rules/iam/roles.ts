/** Role ARN parsing shared by the IAM rules. Pure string functions: never throw. */
import { findAccountIds, findPartition } from '../../model/accounts';

export const ROLE_FIELDS = ['taskRoleArn', 'executionRoleArn'] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

const PARTITIONS = /^aws(?:-cn|-us-gov|-iso(?:-[a-z])?|-eusc)?$/;
const NAME_SEGMENT = /^[\w+=,.@-]{1,64}$/;
const PATH_SEGMENT = /^[\w+=,.@-]+$/;

export type RoleIssue =
  | { kind: 'shape' }
  | { kind: 'partition'; start: number; length: number; value: string }
  | { kind: 'assumedRole'; account: string; partition: string; name: string }
  | { kind: 'service'; start: number; length: number; value: string }
  | { kind: 'region'; start: number; length: number; value: string }
  | { kind: 'account'; start: number; length: number; value: string }
  | { kind: 'resource'; start: number; length: number; value: string }
  | { kind: 'name' };

export function isArn(value: string): boolean {
  return value.startsWith('arn:');
}

export function isInstanceProfile(value: string): boolean {
  return /:instance-profile\//.test(value);
}

/** What is wrong with a role field's value (an ARN or a bare role name), or undefined when it looks fine. */
export function roleIssue(value: string): RoleIssue | undefined {
  if (!isArn(value)) {
    const segments = value.split('/');
    const name = segments.pop()!; // split gives at least one part
    return NAME_SEGMENT.test(name) && segments.every((s) => PATH_SEGMENT.test(s)) ? undefined : { kind: 'name' };
  }
  const parts = value.split(':');
  if (parts.length < 6) return { kind: 'shape' };
  const [, partition, service, region, account] = parts;
  const resource = parts.slice(5).join(':');
  let offset = 4;
  if (!PARTITIONS.test(partition)) return { kind: 'partition', start: offset, length: partition.length, value: partition };
  offset += partition.length + 1;
  if (service === 'sts' && resource.startsWith('assumed-role/') && /^\d{12}$/.test(account)) {
    const name = resource.split('/')[1]; // resource starts with `assumed-role/`
    if (NAME_SEGMENT.test(name)) return { kind: 'assumedRole', account, partition, name };
  }
  if (service !== 'iam') return { kind: 'service', start: offset, length: service.length, value: service };
  offset += service.length + 1;
  if (region !== '') return { kind: 'region', start: offset, length: region.length, value: region };
  offset += region.length + 1;
  if (!/^\d{12}$/.test(account)) return { kind: 'account', start: offset, length: account.length, value: account };
  offset += account.length + 1;
  if (resource.startsWith('instance-profile/')) return undefined; // ECS203
  const segments = resource.split('/');
  const name = segments.pop()!; // split gives at least one part
  const [type, ...path] = segments;
  if (type !== 'role' || !NAME_SEGMENT.test(name) || !path.every((s) => PATH_SEGMENT.test(s))) {
    return { kind: 'resource', start: offset, length: resource.length, value: resource };
  }
  return undefined;
}

/**
 * The role name (last path segment) when the value is a well-formed role ARN or name. A name holds no
 * `/` or `:`, so it is what follows the last `/` of either form.
 */
export function roleName(value: string): string | undefined {
  if (roleIssue(value) || isInstanceProfile(value)) return undefined;
  return value.split('/').pop();
}

/** An execution role ARN for a fix, built from the account and partition found in the document. */
export function suggestedExecutionRole(text: string): string {
  const account = findAccountIds(text)[0] ?? 'ACCOUNT_ID';
  return `arn:${findPartition(text)}:iam::${account}:role/ecsTaskExecutionRole`;
}
