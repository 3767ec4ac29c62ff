/**
 * Shapes users paste in: describe-task-definition output (read-only fields, the `taskDefinition`
 * wrapper), numbers where the CLI wants strings, repeated keys.
 */
import { detectIndentation } from '../../edits/json-edits';
import { sequentialEdits } from '../../edits/sequence';
import { remove, replaceNode } from '../../edits/json-edits';
import * as jsonc from 'jsonc-parser';
import { definitionOf, nodeAtPath, pathOf, propertyValue, type JsonNode, type JsonPath } from '../../model/document';
import { READ_ONLY_TASK_FIELDS } from '../../schema/validate';
import { defineRule } from '../rule';

export const readOnlyField = defineRule({
  code: 'ECS009',
  name: 'read-only-field',
  topic: 'structure',
  severity: 'warning',
  title: { en: 'Read-only field from describe-task-definition', vi: 'Trường chỉ đọc (read-only) từ kết quả describe-task-definition' },
  message: { en: '`{name}` is output of describe-task-definition; register-task-definition rejects it.', vi: '`{name}` là dữ liệu trả về của describe-task-definition; register-task-definition không chấp nhận nó.' },
  description: {
    en: 'Copying a registered task definition is a good start, but ECS fills in `taskDefinitionArn`, `revision`, `status`, `requiresAttributes`, `compatibilities`, `registeredAt`, `registeredBy` and `deregisteredAt` itself. Remove them before registering; one quick fix removes all of them.',
    vi: 'Sao chép một task definition đã đăng ký là cách bắt đầu tốt, nhưng ECS tự điền `taskDefinitionArn`, `revision`, `status`, `requiresAttributes`, `compatibilities`, `registeredAt`, `registeredBy` và `deregisteredAt`. Hãy xóa chúng trước khi đăng ký; một quick fix xóa tất cả cùng lúc.',
  },
  docs: 'https://docs.aws.amazon.com/cli/latest/reference/ecs/describe-task-definition.html',
  examples: { bad: '{ "family": "web", "revision": 3, "status": "ACTIVE", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }', good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }' },
  check(ctx) {
    for (const i of ctx.schemaIssues()) {
      if (i.kind === 'read-only') ctx.report({ node: i.node, args: { name: i.name } });
    }
  },
  fix: {
    title: { en: 'Remove all read-only fields', vi: 'Xóa tất cả trường chỉ đọc (read-only)' },
    safe: true,
    edits(ctx) {
      // Removing a field that is not there changes nothing, and nothing changed means no fix.
      const base = ctx.doc.taskPath;
      return sequentialEdits(ctx.doc, READ_ONLY_TASK_FIELDS.map((f) => (d) => remove(d, [...base, f], ctx.indent)));
    },
  },
});

export const describeWrapper = defineRule({
  code: 'ECS010',
  name: 'describe-wrapper',
  topic: 'structure',
  severity: 'warning',
  title: { en: '`taskDefinition` wrapper from describe output', vi: 'Lớp bọc `taskDefinition` từ kết quả describe' },
  message: { en: 'This is describe-task-definition output: register-task-definition expects the content of `taskDefinition` at the top level.', vi: 'Đây là kết quả của describe-task-definition: register-task-definition cần nội dung bên trong `taskDefinition` nằm ở cấp ngoài cùng.' },
  description: {
    en: '`aws ecs describe-task-definition` prints `{"taskDefinition": {...}, "tags": [...]}`. To register it again, the inner object must be the whole file. The quick fix unwraps it and keeps the tags.',
    vi: '`aws ecs describe-task-definition` in ra `{"taskDefinition": {...}, "tags": [...]}`. Muốn đăng ký lại, object bên trong phải là toàn bộ file. Quick fix sẽ bỏ lớp bọc và giữ lại tags.',
  },
  docs: 'https://docs.aws.amazon.com/cli/latest/reference/ecs/describe-task-definition.html',
  examples: { bad: '{ "taskDefinition": { "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] } }', good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }' },
  check(ctx) {
    // The describe shape is a root object whose `taskDefinition` holds the task: underline that key.
    if (ctx.doc.shape === 'describe') ctx.report({ node: ctx.doc.task!.parent!.children![0] });
  },
  fix: {
    title: { en: 'Unwrap `taskDefinition`', vi: 'Bỏ lớp bọc `taskDefinition`' },
    safe: true,
    edits(ctx) {
      if (ctx.doc.shape !== 'describe') return undefined;
      // The describe shape: a root object whose `taskDefinition` object is the task.
      const root = ctx.doc.root!;
      const inner = ctx.doc.task!;
      let text = dedent(ctx.doc.text.slice(inner.offset, inner.offset + inner.length), ctx.indent.insertSpaces ? ' '.repeat(ctx.indent.tabSize) : '\t');
      const tags = propertyValue(root, 'tags');
      if (tags?.type === 'array' && tags.children!.length && !propertyValue(inner, 'tags')) {
        const tagsValue = jsonc.getNodeValue(tags) as unknown;
        const edits = jsonc.modify(text, ['tags'], tagsValue, { formattingOptions: { tabSize: ctx.indent.tabSize, insertSpaces: ctx.indent.insertSpaces, eol: ctx.indent.eol } });
        text = jsonc.applyEdits(text, edits);
      }
      return replaceNode(ctx.doc, root, text);
    },
  },
});

/** Removes one indentation level from every line but the first (which starts at `{`). */
function dedent(text: string, unit: string): string {
  // Up to one unit's worth of blanks (spaces or tabs) after each line break.
  return text.replace(new RegExp(`\\n[ \\t]{0,${unit.length}}`, 'g'), '\n');
}

export const cpuMemoryAsNumber = defineRule({
  code: 'ECS012',
  name: 'task-size-as-number',
  topic: 'structure',
  severity: 'warning',
  title: { en: 'Task `cpu`/`memory` written as a number', vi: '`cpu`/`memory` của task được viết dạng số' },
  message: { en: 'The AWS CLI rejects a number for task-level `{field}`: write it as a string, `"{value}"`.', vi: 'AWS CLI từ chối giá trị số cho `{field}` ở cấp task: hãy viết dạng chuỗi, `"{value}"`.' },
  description: {
    en: 'In the register-task-definition API, task-level `cpu` and `memory` are strings (`"1024"`, `"1 vCPU"`, `"2 GB"`). CloudFormation and Terraform accept numbers, but the AWS CLI checks the type and fails with "Invalid type for parameter cpu".',
    vi: 'Trong API register-task-definition, `cpu` và `memory` ở cấp task là chuỗi (`"1024"`, `"1 vCPU"`, `"2 GB"`). CloudFormation và Terraform chấp nhận số, nhưng AWS CLI kiểm tra kiểu và báo lỗi "Invalid type for parameter cpu".',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#task_size',
  examples: { bad: '{ "family": "web", "cpu": 256, "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }', good: '{ "family": "web", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }' },
  check(ctx) {
    // A task rule: the task facts are there.
    const f = ctx.facts!;
    for (const [field, node] of [['cpu', f.cpuNode], ['memory', f.memoryNode]] as const) {
      if (node?.type === 'number') ctx.report({ node, args: { field, value: String(node.value) }, data: { path: pathOf(node) } });
    }
  },
  fix: {
    title: { en: 'Write it as a string', vi: 'Viết dạng chuỗi' },
    safe: true,
    edits(ctx) {
      const path = ctx.data.path as JsonPath | undefined;
      const node = path && nodeAtPath(ctx.doc.root, path);
      if (!node || node.type !== 'number') return undefined;
      return replaceNode(ctx.doc, node, JSON.stringify(String(node.value)));
    },
  },
});

export const duplicateKey = defineRule({
  code: 'ECS013',
  name: 'duplicate-key',
  topic: 'structure',
  appliesTo: 'both',
  severity: 'warning',
  title: { en: 'Duplicate property', vi: 'Thuộc tính bị lặp' },
  message: { en: '`{name}` is repeated in this object and this one is ignored: the AWS CLI keeps only the last `{name}` (line {line}), and that is what ECS receives.', vi: '`{name}` bị lặp trong object này và giá trị này bị bỏ qua: AWS CLI chỉ giữ `{name}` cuối cùng (dòng {line}), và ECS nhận giá trị đó.' },
  description: {
    en: 'The AWS CLI reads the file with Python\'s JSON parser, which keeps only the last of repeated keys: the earlier values are silently lost, and ECS never sees them. The checker reads the file the same way (the last value counts) and underlines the ignored ones. Keep one.',
    vi: 'AWS CLI đọc file bằng trình phân tích JSON của Python, vốn chỉ giữ key cuối cùng khi bị lặp: các giá trị trước đó mất đi mà không báo, và ECS không bao giờ thấy chúng. Trình kiểm tra cũng đọc file theo cách đó (giá trị cuối cùng có hiệu lực) và gạch chân các giá trị bị bỏ qua. Hãy giữ lại một.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html',
  examples: { bad: '{ "family": "web", "family": "api", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }', good: '{ "family": "api", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }] }' },
  check(ctx) {
    const visit = (n: JsonNode | undefined, depth: number): void => {
      // Only objects and arrays have children; a value being typed (`"a": }`) has no node at all.
      if (!n?.children || depth > 64) return;
      // In an object: the key nodes by name, the last one seen so far.
      const keys = n.type === 'object' ? new Map<unknown, JsonNode>() : undefined;
      for (const c of n.children) {
        if (!keys) {
          visit(c, depth + 1);
          continue;
        }
        // A property node always holds its key (a string), then its value when one was written.
        const [k, v] = c.children!;
        const earlier = keys.get(k.value);
        keys.set(k.value, k);
        // The earlier key is the ignored one: underline it, pointing at the one that replaces it.
        if (earlier) {
          const line = ctx.doc.textDocument.positionAt(k.offset).line + 1;
          ctx.report({ node: earlier, args: { name: String(k.value), line }, related: [{ node: k, message: { en: 'This later value replaces it.', vi: 'Giá trị sau này thay thế nó.' } }] });
        }
        visit(v, depth + 1);
      }
    };
    // Every rule but the syntax ones runs on a task or service definition only.
    visit(definitionOf(ctx.doc)!.node, 0);
  },
});

export const pastedShapeRules = [readOnlyField, describeWrapper, cpuMemoryAsNumber, duplicateKey];
export { detectIndentation };
