import { defineRule } from '../rule';
import { checkFargateSize, closestSizeEdits, sizeAlternatives, sizeTitleArgs } from './fargate-size-check';

/** ECS103: the task cpu/memory must be one of the Fargate (Linux) sizes. */
export const fargateTaskSize = defineRule({
  code: 'ECS103',
  name: 'fargate-task-size',
  topic: 'launch-types',
  severity: 'error',
  title: { en: 'Invalid Fargate cpu/memory combination', vi: 'Cặp cpu/memory không hợp lệ trên Fargate' },
  message: { en: 'memory `{memory}` does not fit cpu `{cpu}` on Fargate. With this cpu, memory (MiB) can be: {allowed}.', vi: 'memory `{memory}` không khớp với cpu `{cpu}` trên Fargate. Với cpu này, memory (MiB) chỉ được là: {allowed}.' },
  variants: {
    cpu: { en: 'cpu `{cpu}` is not a Fargate size. Fargate accepts these CPU units: {allowed} (1024 = 1 vCPU).', vi: 'cpu `{cpu}` không phải kích thước Fargate hỗ trợ. Fargate chỉ nhận các CPU unit sau: {allowed} (1024 = 1 vCPU).' },
  },
  description: {
    en: 'Fargate offers a fixed table of task sizes. Each cpu value (256, 512, 1024, 2048, 4096, 8192, 16384 units) allows its own memory range, for example 256 units with 512, 1024 or 2048 MiB, or 1024 units with 2048 to 8192 MiB in steps of 1024. Unit strings such as `"1 vCPU"` or `"2 GB"` are understood. The quick fix picks the closest valid value and keeps your notation.',
    vi: 'Fargate chỉ có một bảng kích thước task cố định. Mỗi giá trị cpu (256, 512, 1024, 2048, 4096, 8192, 16384 unit) đi với một khoảng memory riêng, ví dụ 256 unit với 512, 1024 hoặc 2048 MiB, hay 1024 unit với 2048 đến 8192 MiB, bước 1024. Các chuỗi có đơn vị như `"1 vCPU"` hay `"2 GB"` đều được hiểu. Quick fix chọn giá trị hợp lệ gần nhất và giữ nguyên cách viết của bạn.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size',
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "4096", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "1 vCPU", "memory": "4 GB", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }',
  },
  check: (ctx) => checkFargateSize(ctx, false),
  fix: {
    title: { en: 'Use the closest Fargate size ({size})', vi: 'Dùng kích thước Fargate gần nhất ({size})' },
    safe: false,
    titleArgs: sizeTitleArgs,
    edits: closestSizeEdits,
  },
  alternatives: sizeAlternatives,
});
