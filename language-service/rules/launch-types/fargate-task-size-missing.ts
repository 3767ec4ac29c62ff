import { insertProperty } from '../../edits/json-edits';
import { sequentialEdits } from '../../edits/sequence';
import { closestCpu, closestMemory, cpuOptionsFor, fargateTable } from '../../model/cpu-memory';
import { nodeAtPath, type JsonNode, type JsonPath } from '../../model/document';
import { defineRule } from '../rule';
import { sizeTitleArgs } from './fargate-size-check';
import { fargateElement, firstExistingKey } from './support';
import { formatCpu, formatMemory, inGb, inVcpu } from './task-size';

const present = (n: JsonNode | undefined): n is JsonNode => !!n && n.type !== 'null';
/** The fix data, only when there is something to add: otherwise no fix (and none offered lazily). */
const fixData = (data: Record<string, unknown>, taskPath: JsonPath): Record<string, unknown> | undefined => (Object.keys(data).length ? { ...data, taskPath } : undefined);

/** ECS102: Fargate needs task-level `cpu` and `memory`. */
export const fargateTaskSizeMissing = defineRule({
  code: 'ECS102',
  absence: 'task',
  name: 'fargate-task-size-missing',
  topic: 'launch-types',
  severity: 'error',
  title: { en: 'Fargate requires task-level cpu and memory', vi: 'Fargate bắt buộc cpu và memory ở cấp task' },
  message: { en: 'Fargate requires task-level `cpu` and `memory`: they choose the size (and the price) of the task.', vi: 'Fargate bắt buộc khai báo `cpu` và `memory` ở cấp task: hai giá trị này quyết định kích thước (và chi phí) của task.' },
  variants: {
    cpu: { en: 'Fargate requires a task-level `cpu` to go with `memory` {memory}.', vi: 'Fargate bắt buộc có `cpu` ở cấp task đi kèm với `memory` {memory}.' },
    memory: { en: 'Fargate requires a task-level `memory` to go with `cpu` {cpu}.', vi: 'Fargate bắt buộc có `memory` ở cấp task đi kèm với `cpu` {cpu}.' },
  },
  description: {
    en: 'Fargate sells tasks in fixed sizes: a `cpu` amount and a `memory` amount that fit together (for example 256 CPU units with 512 MiB). Both must be set on the task itself; the container-level `cpu`/`memory` only divide that size between containers. The quick fix adds the smallest valid pair (or the missing half of yours); adjust it to your workload.',
    vi: 'Fargate tính tiền theo kích thước task cố định: một lượng `cpu` và một lượng `memory` phải đi cùng nhau (ví dụ 256 CPU unit với 512 MiB). Cả hai phải khai báo ở cấp task; `cpu`/`memory` trong từng container chỉ chia phần tài nguyên đó cho các container. Quick fix thêm cặp hợp lệ nhỏ nhất (hoặc nửa còn thiếu của cặp bạn đã ghi); hãy chỉnh lại theo nhu cầu thật.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size',
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!f.fargate) return;
    const hasCpu = present(f.cpuNode);
    const hasMemory = present(f.memoryNode);
    const w = f.windows;
    const table = fargateTable(w);
    const data: Record<string, unknown> = {};
    if (!hasCpu && !hasMemory) {
      data.cpu = String(table[0].cpu);
      data.memory = String(table[0].memory[0]);
      // f.fargate comes from this element.
      ctx.report({ node: fargateElement(f)!, data: { ...data, taskPath: ctx.doc.taskPath } });
    } else if (!hasCpu) {
      const memoryNode = f.memoryNode!;
      // A placeholder or malformed memory (ECS011 / ECS007): nothing to match, so no fix.
      if (f.memory !== undefined) data.cpu = formatCpu(cpuOptionsFor(f.memory, w)[0] ?? table[0].cpu, inGb(memoryNode));
      ctx.report({ node: memoryNode, variant: 'cpu', args: { memory: JSON.stringify(memoryNode.value) }, data: fixData(data, ctx.doc.taskPath) });
    } else if (!hasMemory) {
      const cpuNode = f.cpuNode!;
      // The closest Fargate cpu is the cpu itself when it is one.
      if (f.cpu !== undefined) data.memory = formatMemory(closestMemory(closestCpu(f.cpu, w), undefined, w)!, inVcpu(cpuNode));
      ctx.report({ node: cpuNode, variant: 'memory', args: { cpu: JSON.stringify(cpuNode.value) }, data: fixData(data, ctx.doc.taskPath) });
    }
  },
  fix: {
    title: { en: 'Add the task size ({size})', vi: 'Thêm kích thước task ({size})' },
    safe: false,
    titleArgs: sizeTitleArgs,
    edits(ctx) {
      const taskPath = ctx.data.taskPath as JsonPath | undefined;
      if (!Array.isArray(taskPath)) return undefined;
      const task = nodeAtPath(ctx.doc.root, taskPath);
      if (task?.type !== 'object') return undefined;
      const steps = (['cpu', 'memory'] as const).filter((key) => typeof ctx.data[key] === 'string').map((key) => (d: typeof ctx.doc) => {
        const t = nodeAtPath(d.root, taskPath);
        const existing = nodeAtPath(t, [key]);
        // A stale diagnostic: set meanwhile (a null value counts as missing and is filled where it is).
        if (existing && existing.type !== 'null') return undefined;
        // cpu after the network mode or the launch types (which list FARGATE); memory right after cpu.
        return insertProperty(d, taskPath, key, ctx.data[key], key === 'cpu' ? firstExistingKey(t, ['networkMode', 'requiresCompatibilities']) : 'cpu', ctx.indent);
      });
      return sequentialEdits(ctx.doc, steps);
    },
  },
});
