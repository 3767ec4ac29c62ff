import { booleanValue, propertyValue } from '../../model/document';
import { DG, keyOfValue } from '../containers/helpers';
import { defineRule } from '../rule';
import { volumeLabel } from '../launch-types/support';

export const multipleConfiguredAtLaunch = defineRule({
  code: 'ECS405',
  name: 'multiple-configured-at-launch',
  topic: 'storage',
  severity: 'error',
  title: { en: 'More than one volume configured at launch', vi: 'Nhiều hơn một volume cấu hình lúc launch (khởi chạy)' },
  message: {
    en: 'Only one volume per task definition may have `configuredAtLaunch: true`; `{first}` already does.',
    vi: 'Mỗi task definition chỉ được có một volume đặt `configuredAtLaunch: true`; volume `{first}` đã đặt rồi.',
  },
  description: {
    en: '`configuredAtLaunch: true` marks the volume that receives an Amazon EBS volume when a service or a standalone task is started (its size and type are given then, in `volumeConfigurations`). ECS allows one such volume per task definition revision.',
    vi: '`configuredAtLaunch: true` đánh dấu volume sẽ nhận một EBS volume khi service hoặc task độc lập được khởi chạy (kích thước và loại EBS được khai báo lúc đó, trong `volumeConfigurations`). ECS chỉ cho phép một volume như vậy trong mỗi revision của task definition.',
  },
  docs: `${DG}/ebs-volumes.html`,
  examples: {
    bad: '{ "family": "db", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "db", "image": "postgres:16", "mountPoints": [{ "sourceVolume": "data", "containerPath": "/var/lib/postgresql/data" }, { "sourceVolume": "wal", "containerPath": "/wal" }] }], "volumes": [{ "name": "data", "configuredAtLaunch": true }, { "name": "wal", "configuredAtLaunch": true }] }',
    good: '{ "family": "db", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "db", "image": "postgres:16", "mountPoints": [{ "sourceVolume": "data", "containerPath": "/var/lib/postgresql/data" }] }], "volumes": [{ "name": "data", "configuredAtLaunch": true }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    let first: string | undefined;
    for (const v of f.volumes) {
      const node = propertyValue(v.node, 'configuredAtLaunch');
      if (booleanValue(node) !== true) continue;
      if (first === undefined) { first = volumeLabel(v); continue; }
      ctx.report({ node: keyOfValue(node!), args: { first } });
    }
  },
});
