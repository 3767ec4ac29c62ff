import { insertProperty } from '../../edits/json-edits';
import { elements, nodeAtPath, type JsonPath } from '../../model/document';
import { defineRule } from '../rule';
import { keyNode } from './support';

/** ECS112: without `requiresCompatibilities`, ECS only checks the definition against EC2. */
export const noLaunchType = defineRule({
  code: 'ECS112',
  absence: 'task',
  name: 'no-launch-type',
  topic: 'launch-types',
  severity: 'information',
  title: { en: 'No launch type declared', vi: 'Chưa khai báo launch type' },
  message: { en: 'No `requiresCompatibilities`: ECS will validate this task definition for EC2 only. List `FARGATE` (or `EXTERNAL`, `MANAGED_INSTANCES`) if it should run there.', vi: 'Không có `requiresCompatibilities`: ECS sẽ chỉ kiểm tra task definition này cho EC2. Hãy liệt kê `FARGATE` (hoặc `EXTERNAL`, `MANAGED_INSTANCES`) nếu task sẽ chạy ở đó.' },
  variants: {
    empty: { en: '`requiresCompatibilities` is empty: ECS will validate this task definition for EC2 only.', vi: '`requiresCompatibilities` đang rỗng: ECS sẽ chỉ kiểm tra task definition này cho EC2.' },
  },
  description: {
    en: '`requiresCompatibilities` tells ECS which launch types to check the definition against when you register it. Without it, only the EC2 rules are checked, and a task that breaks a Fargate rule is only refused later, when you try to run it on Fargate. The quick fix proposes `FARGATE` when the definition looks like a Fargate one (awsvpc with task cpu and memory), `EC2` otherwise.',
    vi: '`requiresCompatibilities` cho ECS biết cần kiểm tra task definition theo những launch type nào khi đăng ký. Nếu thiếu, ECS chỉ kiểm tra theo quy tắc của EC2, và một task vi phạm quy tắc Fargate chỉ bị từ chối về sau, lúc bạn chạy nó trên Fargate. Quick fix đề xuất `FARGATE` khi task definition trông giống dành cho Fargate (awsvpc, có cpu và memory ở cấp task), ngược lại là `EC2`.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#requires_compatibilities',
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["EC2"], "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const rc = f.get('requiresCompatibilities');
    const looksFargate = f.networkMode === 'awsvpc' && !!f.cpuNode && !!f.memoryNode;
    const data = { taskPath: ctx.doc.taskPath, value: looksFargate ? 'FARGATE' : 'EC2' };
    if (!rc || rc.type === 'null') {
      const anchor = keyNode(f.task, 'family') ?? keyNode(f.task, 'containerDefinitions');
      if (anchor) ctx.report({ node: anchor, data });
    } else if (rc.type === 'array' && !elements(rc).length) {
      ctx.report({ node: rc, variant: 'empty', data });
    }
  },
  fix: {
    title: { en: 'Add `"requiresCompatibilities": ["{value}"]`', vi: 'Thêm `"requiresCompatibilities": ["{value}"]`' },
    safe: false,
    titleArgs: (d) => ({ value: String(d.value) }),
    edits(ctx) {
      const taskPath = ctx.data.taskPath as JsonPath | undefined;
      const value = ctx.data.value;
      if (!Array.isArray(taskPath) || (value !== 'FARGATE' && value !== 'EC2')) return undefined;
      const task = nodeAtPath(ctx.doc.root, taskPath);
      if (task?.type !== 'object') return undefined;
      // A stale diagnostic: the list has been filled in since.
      if (elements(nodeAtPath(task, ['requiresCompatibilities'])).length) return undefined;
      // Fills a null or empty list where it is, or inserts the list after family.
      return insertProperty(ctx.doc, taskPath, 'requiresCompatibilities', [value], 'family', ctx.indent);
    },
  },
});
