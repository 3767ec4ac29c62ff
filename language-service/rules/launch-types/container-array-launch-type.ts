import { defineRule } from '../rule';
import { keyNode } from './support';

/**
 * ECS113: a container-definitions array (Terraform's `container_definitions` file) whose task is not
 * known: no `aws_ecs_task_definition` beside it reads it, and no launch type is set. The rules that
 * depend on the launch type stay quiet; this one hint says why, once.
 */
export const containerArrayLaunchType = defineRule({
  code: 'ECS113',
  name: 'container-array-launch-type-unknown',
  topic: 'launch-types',
  severity: 'information',
  title: { en: 'Container definitions without a known launch type', vi: 'Container definitions chưa biết launch type' },
  message: {
    en: 'No `aws_ecs_task_definition` in the `.tf` files beside this file reads it, so its launch type is unknown: the Fargate and EC2 checks are off. Set `ecsTaskDefinition.containerDefinitions.launchType` (CLI: `--launch-type`) to turn them on.',
    vi: 'Không có `aws_ecs_task_definition` nào trong các file `.tf` cạnh file này đọc nó, nên chưa biết launch type: các kiểm tra dành cho Fargate và EC2 đang tắt. Hãy đặt `ecsTaskDefinition.containerDefinitions.launchType` (CLI: `--launch-type`) để bật chúng.',
  },
  variants: {
    unparsed: {
      en: '`{file}` does not parse (a syntax error on line {line}), so its `aws_ecs_task_definition` cannot be read and the launch type of these containers is unknown: the Fargate and EC2 checks are off until the file parses again.',
      vi: '`{file}` có lỗi cú pháp (ở dòng {line}) nên không đọc được `aws_ecs_task_definition` trong đó, và chưa biết launch type của các container này: các kiểm tra dành cho Fargate và EC2 đang tắt cho tới khi file đọc được trở lại.',
    },
    unreadable: {
      en: 'This editor does not read Terraform files (the web build), so the launch type of these containers is unknown: the Fargate and EC2 checks are off. Set `ecsTaskDefinition.containerDefinitions.launchType` to turn them on, or open the folder in VS Code on the desktop, which reads the `aws_ecs_task_definition` beside this file.',
      vi: 'Trình soạn thảo này không đọc file Terraform (bản chạy trên web), nên chưa biết launch type của các container này: các kiểm tra dành cho Fargate và EC2 đang tắt. Hãy đặt `ecsTaskDefinition.containerDefinitions.launchType` để bật chúng, hoặc mở thư mục bằng VS Code trên máy tính, bản này đọc được `aws_ecs_task_definition` cạnh file.',
    },
  },
  description: {
    en: 'A container-definitions array only holds the containers; the launch type, network mode, task size and roles are set elsewhere (in Terraform, on the `aws_ecs_task_definition` resource). When the resource is found in the same module, its values are used. Otherwise the rules that need them stay quiet rather than guess, and this hint says so. The setting (or the CLI flag `--launch-type FARGATE`) gives the launch type for such files.',
    vi: 'Một mảng container definitions chỉ chứa các container; launch type, network mode, kích thước task và các role được khai báo ở nơi khác (với Terraform là trên resource `aws_ecs_task_definition`). Khi tìm thấy resource đó trong cùng module, các giá trị của nó sẽ được dùng. Nếu không, các rule cần những giá trị này sẽ im lặng thay vì đoán, và gợi ý này cho bạn biết điều đó. Setting (hoặc cờ CLI `--launch-type FARGATE`) cho biết launch type của những file như vậy.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html',
  // A container-definitions array alone (no .tf beside it), and the same containers in a task definition.
  examples: {
    bad: '[{ "name": "app", "image": "nginx:1.27", "essential": true }]',
    good: '{ "family": "web", "requiresCompatibilities": ["EC2"], "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "essential": true, "memory": 256 }] }',
  },
  check(ctx) {
    const array = ctx.doc.containerArray;
    if (array?.origin !== 'none') return;
    // The task definition built around the array always has the key (it maps to the array's `[`).
    const anchor = keyNode(ctx.facts!.task, 'containerDefinitions')!;
    const unparsed = array.terraformUnparsed;
    if (unparsed) ctx.report({ node: anchor, variant: 'unparsed', args: { file: unparsed.file, line: unparsed.line } });
    else ctx.report({ node: anchor, variant: array.terraformUnreadable ? 'unreadable' : undefined });
  },
});
