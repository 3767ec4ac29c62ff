import { replaceNode } from '../../edits/json-edits';
import { nodeAtPath, pathOf, type JsonPath } from '../../model/document';
import { defineRule } from '../rule';
import { effectiveNetworkMode } from '../launch-types/support';
import { portEntries } from './ports';

/** ECS306: a fixed host port in bridge mode allows one such task per instance. */
export const bridgeStaticHostPort = defineRule({
  code: 'ECS306',
  name: 'bridge-static-host-port',
  topic: 'networking',
  severity: 'hint',
  title: { en: 'Fixed host port in bridge mode', vi: 'Host port cố định ở mode bridge' },
  message: { en: '`hostPort` {hostPort} is fixed: only one copy of this task fits on each instance, and a rolling deployment needs a free instance. `hostPort: 0` (or no `hostPort`) lets ECS pick a free port, which load balancer target groups of type `instance` support.', vi: '`hostPort` {hostPort} là cố định: mỗi instance chỉ chứa được một bản của task này, và khi triển khai kiểu rolling update cần có sẵn instance còn trống. `hostPort: 0` (hoặc bỏ `hostPort`) để ECS tự chọn một port trống; target group kiểu `instance` của load balancer hỗ trợ sẵn cách này.' },
  description: {
    en: 'In `bridge` mode ECS can map a container port to a random free port of the instance (dynamic port mapping) when `hostPort` is `0` or absent; an Application or Network Load Balancer then routes to whichever port each task got. A fixed `hostPort` is fine for a daemon that must be reachable on a known port, but it limits you to one task per instance. The quick fix sets `hostPort` to `0`.',
    vi: 'Ở mode `bridge`, ECS có thể ánh xạ container port tới một port trống ngẫu nhiên của instance (dynamic port mapping) khi `hostPort` là `0` hoặc không khai báo; khi đó Application hay Network Load Balancer sẽ chuyển traffic tới đúng port mà mỗi task nhận được. `hostPort` cố định phù hợp với daemon cần được gọi qua một port biết trước, nhưng giới hạn mỗi instance chỉ chạy một task. Quick fix đặt `hostPort` thành `0`.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/networking-networkmode-bridge.html',
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["EC2"], "networkMode": "bridge", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "containerPort": 80, "hostPort": 80 }] }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["EC2"], "networkMode": "bridge", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "containerPort": 80, "hostPort": 0 }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (f.fargate || !f.ec2 || effectiveNetworkMode(f) !== 'bridge') return;
    for (const e of portEntries(f)) {
      // A host port that is not an integer is ECS003's or ECS007's; with a range it is ECS303's.
      if (e.rangeNode || e.hostPort === undefined || e.hostPort <= 0) continue;
      ctx.report({ node: e.hostPortNode!, args: { hostPort: e.hostPort }, data: { path: pathOf(e.hostPortNode!) } });
    }
  },
  fix: {
    title: { en: 'Use a dynamic host port (`0`)', vi: 'Dùng host port động (`0`)' },
    safe: false,
    edits(ctx) {
      const path = ctx.data.path as JsonPath | undefined;
      const node = Array.isArray(path) ? nodeAtPath(ctx.doc.root, path) : undefined;
      // Already 0: the edit changes nothing, and a fix that changes nothing is not offered.
      if (!node || node.type !== 'number') return undefined;
      return replaceNode(ctx.doc, node, '0');
    },
  },
});
