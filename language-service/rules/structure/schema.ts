/**
 * Structural rules: what the JSON schema (generated from the ECS API model) says about property
 * names, types, required members, enums, ranges and formats.
 */
import { definitionOf, fieldName, isTemplateToken, nodeAtPath, pathOf, placeholderLeftToFill, propertyNode, type JsonNode, type JsonPath } from '../../model/document';
import { placeholderIn } from '../../model/placeholders';
import { remove, renameKey, replaceNode } from '../../edits/json-edits';
import type { SchemaIssue } from '../../schema/validate';
import { defineRule, type RuleContext } from '../rule';

/** The edit that replaces the value at `ctx.data.path` with `value` (as JSON), or undefined when either is missing. */
function replaceAtPath(doc: Parameters<typeof replaceNode>[0], path: unknown, value: unknown): ReturnType<typeof replaceNode> | undefined {
  const node = Array.isArray(path) ? nodeAtPath(doc.root, path as JsonPath) : undefined;
  return node && value !== undefined ? replaceNode(doc, node, JSON.stringify(value)) : undefined;
}

type IssueOf<K extends SchemaIssue['kind']> = Extract<SchemaIssue, { kind: K }>;
function issues<K extends SchemaIssue['kind']>(ctx: RuleContext, kind: K): IssueOf<K>[] {
  return ctx.schemaIssues().filter((i): i is IssueOf<K> => i.kind === kind);
}

const API_REF = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html';

export const unknownProperty = defineRule({
  code: 'ECS002',
  name: 'unknown-property',
  topic: 'structure',
  appliesTo: 'both',
  severity: 'error',
  title: { en: 'Unknown property', vi: 'Thuộc tính không hợp lệ' },
  message: { en: 'Unknown property `{name}`: ECS does not accept it here.', vi: 'ECS không có thuộc tính `{name}` ở vị trí này, nên không chấp nhận nó.' },
  variants: {
    suggest: { en: 'Unknown property `{name}`. Did you mean `{suggestion}`?', vi: 'ECS không có thuộc tính `{name}` ở vị trí này. Có phải bạn muốn viết `{suggestion}`?' },
    terraform: { en: 'Unknown property `{name}`: Terraform drops it without a word, so it has no effect.', vi: 'ECS không có thuộc tính `{name}`: Terraform lặng lẽ bỏ nó đi, nên nó không có tác dụng gì.' },
    terraformSuggest: { en: 'Unknown property `{name}`: Terraform drops it without a word. Did you mean `{suggestion}`?', vi: 'ECS không có thuộc tính `{name}`: Terraform lặng lẽ bỏ nó đi. Có phải bạn muốn viết `{suggestion}`?' },
    terraformCase: { en: '`{name}` works (Terraform reads the keys without regard to case), but the field is spelled `{suggestion}`.', vi: '`{name}` vẫn chạy (Terraform đọc tên khóa không phân biệt hoa thường), nhưng tên đúng của trường là `{suggestion}`.' },
  },
  description: {
    en: 'Every property must be one the ECS API knows at that position; the API rejects the whole request otherwise. Typos such as `containerDefinition` are the usual cause.',
    vi: 'Mỗi thuộc tính phải là thuộc tính mà ECS API biết ở đúng vị trí đó; nếu không, API từ chối cả request. Nguyên nhân thường gặp là gõ sai, ví dụ `containerDefinition`.',
  },
  docs: API_REF,
  examples: { bad: '{ "family": "web", "containerDefinition": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }', good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }' },
  check(ctx) {
    // In a container-definitions array, Terraform (not the AWS CLI) reads the JSON: it matches keys
    // without regard to case and drops unknown ones, so ECS never sees them.
    // Task-level values come from the Terraform resource instead: an unknown argument of a `volume`
    // block is an error of Terraform's own, reported as anywhere else.
    const inArray = (i: { node: JsonNode }): boolean => !!ctx.doc.containerArray && pathOf(i.node)[0] === 'containerDefinitions';
    for (const i of issues(ctx, 'unknown-property')) {
      // An empty key is a key being typed: nothing to say about it yet.
      if (i.name === '') continue;
      if (inArray(i)) {
        const data = i.suggestion ? { path: [...pathOf(i.node.parent!.parent!), i.name], suggestion: i.suggestion } : undefined;
        if (i.suggestion && i.suggestion.toLowerCase() === i.name.toLowerCase()) ctx.report({ node: i.node, variant: 'terraformCase', severity: 'hint', args: { name: i.name, suggestion: i.suggestion }, data });
        else if (i.suggestion) ctx.report({ node: i.node, variant: 'terraformSuggest', severity: 'warning', args: { name: i.name, suggestion: i.suggestion }, data });
        else ctx.report({ node: i.node, variant: 'terraform', severity: 'warning', args: { name: i.name } });
        continue;
      }
      if (i.suggestion) ctx.report({ node: i.node, variant: 'suggest', args: { name: i.name, suggestion: i.suggestion }, data: { path: [...pathOf(i.node.parent!.parent!), i.name], suggestion: i.suggestion } });
      else ctx.report({ node: i.node, args: { name: i.name } });
    }
  },
  fix: {
    title: { en: 'Rename to `{suggestion}`', vi: 'Đổi tên thành `{suggestion}`' },
    safe: true,
    titleArgs: (d) => ({ suggestion: String(d.suggestion) }),
    edits(ctx) {
      // `check` attaches both or neither.
      const path = ctx.data.path as JsonPath | undefined;
      const suggestion = ctx.data.suggestion as string;
      if (!path) return undefined;
      const parent = nodeAtPath(ctx.doc.root, path.slice(0, -1));
      const prop = propertyNode(parent, String(path[path.length - 1]));
      // Gone, or renaming it would repeat a key that is already there.
      if (!prop || propertyNode(parent, suggestion)) return undefined;
      return renameKey(ctx.doc, prop.children![0], suggestion);
    },
  },
});

export const wrongType = defineRule({
  code: 'ECS003',
  name: 'wrong-type',
  topic: 'structure',
  appliesTo: 'both',
  severity: 'error',
  title: { en: 'Wrong value type', vi: 'Sai kiểu giá trị' },
  message: { en: 'Wrong type: `{field}` expects {expected}, not {actual}.', vi: 'Sai kiểu: `{field}` cần {expected}, không phải {actual}.' },
  description: {
    en: 'The ECS API is typed: ports, memory and timeouts are numbers, flags are booleans, names are strings. `"containerPort": "8080"` is rejected; write `8080`.',
    vi: 'ECS API có kiểu dữ liệu rõ ràng: port, memory, timeout là số; cờ bật/tắt là boolean; tên là chuỗi. `"containerPort": "8080"` sẽ bị từ chối; hãy viết `8080`.',
  },
  docs: API_REF,
  examples: { bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "portMappings": [{ "containerPort": "8080" }] }] }', good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "portMappings": [{ "containerPort": 8080 }] }] }' },
  check(ctx) {
    for (const i of issues(ctx, 'type')) {
      const field = fieldName(i.docKey);
      const converted = convert(i.node.value, i.actual, i.expected);
      ctx.report({
        node: i.node,
        args: { field, expected: i.expected.map((t) => '`' + t + '`').join(' | '), actual: '`' + i.actual + '`' },
        data: converted === undefined ? undefined : { path: pathOf(i.node), value: converted },
      });
    }
  },
  fix: {
    title: { en: 'Convert to {value}', vi: 'Chuyển thành {value}' },
    safe: true,
    titleArgs: (d) => ({ value: JSON.stringify(d.value) }),
    edits: (ctx) => replaceAtPath(ctx.doc, ctx.data.path, ctx.data.value),
  },
});

function convert(value: unknown, actual: string, expected: readonly string[]): unknown {
  if (typeof value === 'string') {
    const t = value.trim();
    if ((expected.includes('integer') || expected.includes('number')) && /^-?\d+(\.\d+)?$/.test(t)) {
      const n = Number(t);
      if (expected.includes('number') || Number.isInteger(n)) return n;
    }
    if (expected.includes('boolean') && /^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
    if (expected.includes('array')) return [value];
  }
  if ((actual === 'integer' || actual === 'number' || actual === 'boolean') && expected.includes('string')) return String(value);
  return undefined;
}

/** True when the object has `name` with other letter case. */
function spelledInAnotherCase(obj: JsonNode, name: string): boolean {
  const lower = name.toLowerCase();
  // An object node always has its children, and each property its key (a string).
  return obj.children!.some((p) => String(p.children![0].value).toLowerCase() === lower);
}

export const missingRequired = defineRule({
  code: 'ECS004',
  absence: 'here',
  name: 'missing-required',
  topic: 'structure',
  appliesTo: 'both',
  severity: 'error',
  title: { en: 'Missing required property', vi: 'Thiếu thuộc tính bắt buộc' },
  message: { en: 'Missing required property `{name}`.', vi: 'Thiếu thuộc tính bắt buộc `{name}`.' },
  description: {
    en: 'Some members are required by the ECS API, for example `family` and `containerDefinitions` on the task, `fileSystemId` on an EFS volume, `containerName` and `condition` in `dependsOn`.',
    vi: 'ECS API bắt buộc một số thuộc tính, ví dụ `family` và `containerDefinitions` ở cấp task, `fileSystemId` trong EFS volume, `containerName` và `condition` trong `dependsOn`.',
  },
  docs: API_REF,
  examples: { bad: '{ "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }', good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }' },
  check(ctx) {
    for (const i of issues(ctx, 'required')) {
      // Terraform reads a container-definitions array without regard to key case: `Name` is `name`.
      if (ctx.doc.containerArray && spelledInAnotherCase(i.object, i.name)) continue;
      ctx.report({ node: i.node, args: { name: i.name } });
    }
  },
});

export const invalidEnum = defineRule({
  code: 'ECS005',
  name: 'invalid-enum',
  topic: 'structure',
  appliesTo: 'both',
  severity: 'error',
  title: { en: 'Value not allowed', vi: 'Giá trị không hợp lệ' },
  message: { en: '`{value}` is not allowed here. Allowed values: {allowed}.', vi: '`{value}` không được phép ở đây. Các giá trị hợp lệ: {allowed}.' },
  variants: {
    suggest: { en: '`{value}` is not allowed here. Did you mean `{suggestion}`? Allowed values: {allowed}.', vi: '`{value}` không được phép ở đây. Có phải bạn muốn viết `{suggestion}`? Các giá trị hợp lệ: {allowed}.' },
    empty: {
      en: '`{field}` is empty. ECS accepts only {allowed}. Tools built on the AWS SDK for Go v2 (ecspresso, for one) drop an empty value, so for them the field is simply not set; the AWS CLI sends the empty text as written. Remove the field to mean "not set" with every tool.',
      vi: '`{field}` đang để trống. ECS chỉ chấp nhận {allowed}. Các công cụ dùng AWS SDK cho Go v2 (ví dụ ecspresso) bỏ qua giá trị rỗng, nên với chúng trường này coi như chưa đặt; còn AWS CLI thì gửi nguyên chuỗi rỗng đi. Hãy xóa trường này để mọi công cụ đều hiểu là "không đặt".',
    },
    defaultNetworkMode: {
      en: '`default` is not a network mode ECS accepts. Leave `networkMode` out to get the default (`bridge` on Linux EC2 instances, Docker\'s own network on Windows), or write `bridge`. Allowed values: {allowed}.',
      vi: '`default` không phải network mode mà ECS chấp nhận. Hãy bỏ hẳn `networkMode` để dùng mặc định (`bridge` trên EC2 instance Linux, mạng riêng của Docker trên Windows), hoặc ghi `bridge`. Các giá trị hợp lệ: {allowed}.',
    },
  },
  description: {
    en: 'Fields such as `networkMode`, `requiresCompatibilities`, `protocol` or `logDriver` take one of a fixed list of values, and the case matters (`awsvpc`, `FARGATE`, `tcp`). The closest allowed value is offered as a quick fix, but never applied by "Fix all" or `--fix`: a value that merely looks alike can mean something else (for `networkMode`, `host` instead of `bridge`). An empty value (`""`, which ecspresso writes for fields it leaves unset) is only a warning: nothing shows that ECS rejects it, and tools on the AWS SDK for Go v2 drop it; the other rules take the field as not set.',
    vi: 'Các trường như `networkMode`, `requiresCompatibilities`, `protocol` hay `logDriver` chỉ nhận một trong các giá trị cố định, và phân biệt chữ hoa/thường (`awsvpc`, `FARGATE`, `tcp`). Giá trị hợp lệ gần giống nhất được đề xuất làm quick fix, nhưng không bao giờ được "Fix all" hay `--fix` tự áp dụng: một giá trị chỉ giống về chữ có thể mang nghĩa khác hẳn (với `networkMode`, `host` thay vì `bridge`). Giá trị rỗng (`""`, như ecspresso ghi cho các trường không đặt) chỉ là cảnh báo: chưa có gì cho thấy ECS từ chối nó, và các công cụ dùng AWS SDK cho Go v2 bỏ qua nó; các quy tắc khác coi trường đó là chưa đặt.',
  },
  docs: API_REF,
  examples: { bad: '{ "family": "web", "networkMode": "awsvpn", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }', good: '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }' },
  check(ctx) {
    for (const i of issues(ctx, 'enum')) {
      const allowed = i.allowed.map((a) => '`' + a + '`').join(', ');
      const value = i.value.length > 60 ? i.value.slice(0, 57) + '...' : i.value;
      if (i.value === '') {
        // Not established that ECS rejects it, and tools on the Go SDK v2 (ecspresso) never send it:
        // a warning, never an error (issue 11). The rules that read the field take it as not set.
        const field = fieldName(i.docKey);
        ctx.report({ node: i.node, variant: 'empty', severity: 'warning', args: { field, allowed }, data: { emptyPath: pathOf(i.node), field } });
      } else if (i.docKey === 'networkMode' && i.value.trim().toLowerCase() === 'default') {
        // `default` is what Docker (and old Windows examples) call the mode you get without the field.
        // The closest spelling, `host`, would change the networking: remove the field, or use bridge (Linux only).
        // `networkMode` is a task field: the task facts are there.
        const windows = ctx.facts!.windows;
        ctx.report({ node: i.node, variant: 'defaultNetworkMode', args: { value, allowed }, data: { path: pathOf(i.node), removePath: pathOf(i.node), suggestion: windows ? undefined : 'bridge' } });
      } else if (i.suggestion) ctx.report({ node: i.node, variant: 'suggest', args: { value, suggestion: i.suggestion, allowed }, data: { path: pathOf(i.node), suggestion: i.suggestion } });
      else ctx.report({ node: i.node, args: { value, allowed } });
    }
  },
  fix: {
    title: { en: 'Change to `{suggestion}`', vi: 'Đổi thành `{suggestion}`' },
    // A "did you mean" guess: offered, never applied without looking.
    safe: false,
    titleArgs: (d) => ({ suggestion: String(d.suggestion) }),
    edits: (ctx) => replaceAtPath(ctx.doc, ctx.data.path, ctx.data.suggestion),
  },
  alternatives: [
    {
      title: { en: 'Remove the empty `{field}`', vi: 'Xóa trường `{field}` đang để trống' },
      safe: false,
      // (A fix is only titled once its edit exists, that is with the data `check` attached.)
      titleArgs: (d) => ({ field: String(d.field) }),
      edits(ctx) {
        const path = ctx.data.emptyPath;
        if (!Array.isArray(path) || !path.length) return undefined;
        const node = nodeAtPath(ctx.doc.root, path as JsonPath);
        // Still the empty string (only a string node can have the value '').
        if (!node || node.value !== '') return undefined;
        return remove(ctx.doc, path as JsonPath, ctx.indent);
      },
    },
    {
      title: { en: 'Remove `{name}` (use the default network mode)', vi: 'Xóa `{name}` (dùng network mode mặc định)' },
      safe: false,
      titleArgs: (d) => {
        const path = d.removePath as JsonPath;
        return { name: String(path[path.length - 1]) };
      },
      edits(ctx) {
        const path = ctx.data.removePath;
        if (!Array.isArray(path) || !path.length || !nodeAtPath(ctx.doc.root, path as JsonPath)) return undefined;
        return remove(ctx.doc, path as JsonPath, ctx.indent);
      },
    },
  ],
});

export const outOfRange = defineRule({
  code: 'ECS006',
  name: 'out-of-range',
  topic: 'structure',
  appliesTo: 'both',
  severity: 'error',
  title: { en: 'Value out of range', vi: 'Giá trị ngoài phạm vi cho phép' },
  message: { en: '{actual} is out of range for `{field}`: allowed {min}–{max}.', vi: '{actual} nằm ngoài phạm vi cho phép của `{field}`: từ {min} đến {max}.' },
  variants: {
    items: { en: '`{field}` has {actual} items: allowed {min}–{max}.', vi: '`{field}` có {actual} phần tử: cho phép từ {min} đến {max}.' },
    length: { en: '`{field}` is {actual} characters long: allowed {min}–{max}.', vi: '`{field}` dài {actual} ký tự: cho phép từ {min} đến {max}.' },
    unlimited: { en: '{actual} is out of range for `{field}`: use a value of 0 or more, or -1 for unlimited.', vi: '{actual} nằm ngoài phạm vi cho phép của `{field}`: hãy dùng giá trị từ 0 trở lên, hoặc -1 nghĩa là không giới hạn.' },
  },
  description: {
    en: 'Numbers, list sizes and string lengths have limits: `ephemeralStorage.sizeInGiB` 21–200, health check `interval` 5–300 s, `timeout` 2–60 s, `retries` 1–10, `startPeriod` 0–300 s, at most 10 containers, ports 1–65535.',
    vi: 'Số, kích thước danh sách và độ dài chuỗi đều có giới hạn: `ephemeralStorage.sizeInGiB` 21–200, health check `interval` 5–300 giây, `timeout` 2–60 giây, `retries` 1–10, `startPeriod` 0–300 giây, tối đa 10 container, port 1–65535.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html',
  examples: { bad: '{ "family": "web", "ephemeralStorage": { "sizeInGiB": 10 }, "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }', good: '{ "family": "web", "ephemeralStorage": { "sizeInGiB": 21 }, "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }' },
  check(ctx) {
    for (const i of issues(ctx, 'range')) {
      const field = fieldName(i.docKey);
      const args = { field, actual: i.actual, min: i.min ?? 0, max: i.max ?? '∞' };
      if (i.what === 'number') {
        // -1 is allowed as "unlimited" (ulimits): below it, the closest sensible value is 0, not -1.
        // (Only the ulimits have the minimum -1, and they have no maximum.)
        const unlimited = i.min === -1;
        // The closest bound (without a minimum, the value itself stands in for it).
        const clamped = unlimited ? 0 : Math.min(i.max ?? Infinity, Math.max(i.min ?? i.actual, i.actual));
        ctx.report({ node: i.node, args, variant: unlimited ? 'unlimited' : undefined, data: { path: pathOf(i.node), value: clamped } });
      } else ctx.report({ node: i.node, args, variant: i.what });
    }
  },
  fix: {
    title: { en: 'Change to {value}', vi: 'Đổi thành {value}' },
    safe: false,
    titleArgs: (d) => ({ value: String(d.value) }),
    edits: (ctx) => replaceAtPath(ctx.doc, ctx.data.path, ctx.data.value),
  },
});

export const invalidFormat = defineRule({
  code: 'ECS007',
  name: 'invalid-format',
  topic: 'structure',
  appliesTo: 'both',
  severity: 'error',
  title: { en: 'Value has the wrong format', vi: 'Giá trị sai định dạng' },
  message: { en: 'The value of `{field}` does not have the expected format.', vi: 'Giá trị của `{field}` không đúng định dạng.' },
  variants: {
    name: { en: '`{field}` may only contain letters, digits, `_` and `-` (1–255 characters).', vi: '`{field}` chỉ được chứa chữ cái, chữ số, `_` và `-` (1–255 ký tự).' },
    portName: { en: 'A port mapping `name` may contain only lowercase letters, digits, `_` and `-`, must not start with `-`, and has at most 64 characters.', vi: '`name` của port mapping chỉ gồm chữ thường, chữ số, `_` và `-`, không bắt đầu bằng `-`, tối đa 64 ký tự.' },
    cpu: { en: '`cpu` must be CPU units (`"1024"`) or vCPU (`"1 vCPU"`, `".25 vcpu"`).', vi: '`cpu` phải là CPU unit (`"1024"`) hoặc vCPU (`"1 vCPU"`, `".25 vcpu"`).' },
    memory: { en: '`memory` must be MiB (`"2048"`) or GB (`"2 GB"`).', vi: '`memory` phải là MiB (`"2048"`) hoặc GB (`"2 GB"`).' },
    fileSystemId: { en: 'An EFS `fileSystemId` looks like `fs-0123456789abcdef0`.', vi: '`fileSystemId` của EFS có dạng `fs-0123456789abcdef0`.' },
    portRange: { en: '`containerPortRange` is written `"start-end"`, for example `"8000-8010"`.', vi: '`containerPortRange` được viết dạng `"start-end"`, ví dụ `"8000-8010"`.' },
  },
  description: {
    en: 'Some strings have a fixed shape: `family` and container names (letters, digits, `_`, `-`), EFS file system ids (`fs-…`), port names, task `cpu`/`memory` amounts, tag keys.',
    vi: 'Một số chuỗi có định dạng cố định: `family` và tên container (chữ, số, `_`, `-`), id của EFS file system (`fs-…`), tên port, giá trị `cpu`/`memory` của task, key của tag.',
  },
  docs: API_REF,
  examples: { bad: '{ "family": "my web app", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }', good: '{ "family": "my-web-app", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }' },
  check(ctx) {
    for (const i of issues(ctx, 'pattern')) {
      const field = fieldName(i.docKey);
      const variant = FORMAT_VARIANTS[i.docKey];
      ctx.report({ node: i.node, args: { field }, variant });
    }
  },
});

const FORMAT_VARIANTS: Record<string, string> = {
  family: 'name',
  'containerDefinitions[].name': 'name',
  'volumes[].name': 'name',
  'containerDefinitions[].portMappings[].name': 'portName',
  cpu: 'cpu',
  memory: 'memory',
  'volumes[].efsVolumeConfiguration.fileSystemId': 'fileSystemId',
  'containerDefinitions[].portMappings[].containerPortRange': 'portRange',
};

export const nullValue = defineRule({
  code: 'ECS008',
  name: 'null-value',
  topic: 'structure',
  appliesTo: 'both',
  severity: 'warning',
  title: { en: '`null` value', vi: 'Giá trị `null`' },
  message: { en: '`null` is rejected by the AWS CLI: remove `{field}` or give it a value.', vi: 'AWS CLI từ chối giá trị `null`: hãy xóa `{field}` hoặc gán giá trị cho nó.' },
  description: {
    en: 'Output copied from other tools often holds `null`s. The AWS CLI validates parameters before sending them and rejects `null`; leave the property out instead.',
    vi: 'Dữ liệu chép từ công cụ khác thường chứa `null`. AWS CLI kiểm tra tham số trước khi gửi và từ chối `null`; hãy bỏ hẳn thuộc tính đó đi.',
  },
  docs: 'https://docs.aws.amazon.com/cli/latest/reference/ecs/register-task-definition.html',
  examples: { bad: '{ "family": "web", "taskRoleArn": null, "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }', good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }' },
  check(ctx) {
    for (const i of issues(ctx, 'null')) {
      // Terraform reads a container-definitions array into Go structures: `null` is simply "not set".
      // (Terraform leaves a `null` argument out: the task-level values never hold one.)
      if (ctx.doc.containerArray) continue;
      const field = fieldName(i.docKey);
      ctx.report({ node: i.node, args: { field }, data: { path: pathOf(i.node) } });
    }
  },
  fix: {
    title: { en: 'Remove the `null` value', vi: 'Xóa giá trị `null`' },
    safe: true,
    edits(ctx) {
      const path = ctx.data.path as JsonPath | undefined;
      const node = path && nodeAtPath(ctx.doc.root, path);
      if (!node || node.type !== 'null') return undefined;
      return remove(ctx.doc, path);
    },
  },
});

export const placeholderValue = defineRule({
  code: 'ECS011',
  name: 'placeholder',
  topic: 'structure',
  appliesTo: 'both',
  severity: 'hint',
  title: { en: 'Template placeholder', vi: 'Placeholder của template' },
  message: { en: '`{field}` is a template placeholder: fill it in before registering the task definition.', vi: '`{field}` đang là placeholder của template: hãy điền giá trị thật trước khi đăng ký task definition.' },
  description: {
    en: 'Values like `${IMAGE}`, `{{ account }}`, `<ACCOUNT_ID>` or `CHANGEME_…` are template placeholders. They are not mistakes: format checks skip them. They only have to be replaced (by envsubst, your CI or a deploy tool) before `register-task-definition` runs.',
    vi: 'Các giá trị như `${IMAGE}`, `{{ account }}`, `<ACCOUNT_ID>` hay `CHANGEME_…` là placeholder của template. Chúng không phải lỗi: các kiểm tra định dạng sẽ bỏ qua. Chỉ cần thay chúng (bằng envsubst, CI hoặc công cụ deploy) trước khi chạy `register-task-definition`.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html',
  examples: { bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": "${MEMORY}" }] }', good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }' },
  variants: {
    summary: {
      en: 'This file is a template: {count} values are placeholders (the first: `{example}` in `{field}`). Fill them in before registering the task definition; until then they are checked as unknown values.',
      vi: 'File này là template: {count} giá trị đang là placeholder (đầu tiên: `{example}` ở `{field}`). Hãy điền chúng trước khi đăng ký task definition; trước đó chúng được kiểm tra như giá trị chưa biết.',
    },
  },
  check(ctx) {
    // Tokens outside quotes have their own error (ECS014).
    // Values nobody wrote (the task-level unknowns of a container-definitions array) and Terraform
    // interpolations that templatefile() fills are not left for the user to fill.
    const found = issues(ctx, 'placeholder').filter((i) => !isTemplateToken(ctx.doc, i.node) && placeholderLeftToFill(ctx.doc, i.node));
    if (found.length > PLACEHOLDER_HINTS_MAX) {
      // Many placeholders: one hint at the top of the definition instead of one per value.
      // Every rule but the syntax ones runs on a task or service definition only.
      const def = definitionOf(ctx.doc)!;
      const first = found[0];
      const raw = String(first.node.value);
      const example = placeholderIn(raw) ?? raw;
      ctx.report({ node: { offset: def.node.offset, length: 1 }, variant: 'summary', args: { count: found.length, example: example.length > 40 ? example.slice(0, 37) + '...' : example, field: fieldName(first.docKey) } });
      return;
    }
    for (const i of found) {
      const field = fieldName(i.docKey);
      ctx.report({ node: i.node, args: { field } });
    }
  },
});

/** Up to this many placeholders get a hint each; more get one summary hint. */
const PLACEHOLDER_HINTS_MAX = 3;

export const structureRules = [unknownProperty, wrongType, missingRequired, invalidEnum, outOfRange, invalidFormat, nullValue, placeholderValue];
export { propertyNode };
