import { replaceNode } from '../../edits/json-edits';
import { nodeAtPath, pathOf, stringValue, type JsonPath } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { defineRule } from '../rule';
import { short, subRange } from '../launch-types/support';
import { ROLE_FIELDS, roleIssue } from './roles';

/** ECS202: a role field holds something that is not a role name or an IAM role ARN. */
export const roleArnFormat = defineRule({
  code: 'ECS202',
  name: 'role-arn-format',
  topic: 'iam',
  severity: 'error',
  title: { en: 'Malformed role ARN', vi: 'ARN của role sai định dạng' },
  message: { en: '`{field}` is not a valid IAM role ARN: expected `arn:aws:iam::<12-digit account>:role/<name>`.', vi: '`{field}` không phải ARN hợp lệ của IAM role: cần có dạng `arn:aws:iam::<account 12 chữ số>:role/<tên>`.' },
  variants: {
    partition: { en: '`{field}`: `{value}` is not an AWS partition (`aws`, `aws-cn`, `aws-us-gov`, ...).', vi: '`{field}`: `{value}` không phải partition của AWS (`aws`, `aws-cn`, `aws-us-gov`, ...).' },
    service: { en: '`{field}` must be an IAM role ARN (service `iam`), not a `{value}` ARN.', vi: '`{field}` phải là ARN của IAM role (service `iam`), không phải ARN của `{value}`.' },
    assumedRole: { en: '`{field}` holds an STS session ARN (`assumed-role`), i.e. one temporary use of a role. ECS needs the role itself: `{suggestion}`.', vi: '`{field}` đang chứa ARN của một phiên STS (`assumed-role`), tức là một lần dùng tạm thời của role. ECS cần chính role đó: `{suggestion}`.' },
    region: { en: '`{field}`: IAM is global, so a role ARN has no region (`arn:aws:iam::<account>:role/<name>`); remove `{value}`.', vi: '`{field}`: IAM là dịch vụ toàn cầu nên ARN của role không có region (`arn:aws:iam::<account>:role/<tên>`); hãy bỏ `{value}`.' },
    account: { en: '`{field}`: the account id `{value}` must be exactly 12 digits.', vi: '`{field}`: account id `{value}` phải có đúng 12 chữ số.' },
    resource: { en: '`{field}`: `{value}` should be `role/<name>` (optionally `role/<path>/<name>`).', vi: '`{field}`: `{value}` phải có dạng `role/<tên>` (có thể kèm đường dẫn: `role/<path>/<tên>`).' },
    name: { en: '`{field}` is neither an ARN nor a valid role name (letters, digits and `+=,.@_-`, at most 64 characters).', vi: '`{field}` không phải ARN, cũng không phải tên role hợp lệ (chữ cái, chữ số và `+=,.@_-`, tối đa 64 ký tự).' },
  },
  description: {
    en: '`taskRoleArn` and `executionRoleArn` take the ARN of an IAM role, `arn:<partition>:iam::<account>:role/<name>`, or just the role name. Common slips: a region in the ARN (IAM has none), an 11-digit account, `user/` or `policy/` instead of `role/`, or an STS `assumed-role` session ARN copied from `aws sts get-caller-identity`. Template placeholders are not checked.',
    vi: '`taskRoleArn` và `executionRoleArn` nhận ARN của một IAM role, `arn:<partition>:iam::<account>:role/<tên>`, hoặc chỉ tên role. Các lỗi hay gặp: có region trong ARN (IAM không có region), account chỉ có 11 chữ số, `user/` hay `policy/` thay cho `role/`, hoặc ARN của phiên STS `assumed-role` chép từ `aws sts get-caller-identity`. Placeholder của template không bị kiểm tra.',
  },
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
  examples: {
    bad: '{ "family": "web", "taskRoleArn": "arn:aws:iam:us-east-1:123456789012:role/web-task", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
    good: '{ "family": "web", "taskRoleArn": "arn:aws:iam::123456789012:role/web-task", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const field of ROLE_FIELDS) {
      const node = f.get(field);
      const value = stringValue(node);
      // An empty role is no role (ECS201 / ECS206 say what needs one).
      if (!value || isPlaceholder(value)) continue;
      const issue = roleIssue(value);
      if (!issue) continue;
      switch (issue.kind) {
        case 'shape':
        case 'name':
          ctx.report({ node: node!, variant: issue.kind === 'name' ? 'name' : undefined, args: { field } });
          break;
        case 'assumedRole': {
          const suggestion = `arn:${issue.partition}:iam::${issue.account}:role/${issue.name}`;
          ctx.report({ node: node!, variant: 'assumedRole', args: { field, suggestion }, data: { path: pathOf(node!), value: suggestion } });
          break;
        }
        default:
          ctx.report({ node: subRange(ctx.doc, node!, issue.start, issue.length), variant: issue.kind, args: { field, value: issue.value === '' ? '""' : short(issue.value, 60) } }); // an empty part is shown as `""`
      }
    }
  },
  fix: {
    title: { en: 'Use the role ARN `{value}`', vi: 'Dùng ARN của role `{value}`' },
    safe: false,
    titleArgs: (d) => ({ value: String(d.value) }),
    edits(ctx) {
      const path = ctx.data.path as JsonPath | undefined;
      if (!Array.isArray(path)) return undefined;
      const node = nodeAtPath(ctx.doc.root, path);
      const value = ctx.data.value;
      // A value already right gives an edit that changes nothing, which fixEdits drops.
      if (node?.type !== 'string' || typeof value !== 'string') return undefined;
      return replaceNode(ctx.doc, node, JSON.stringify(value));
    },
  },
});
