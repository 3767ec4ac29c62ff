import { pathOf, stringValue } from '../../model/document';
import { str } from '../containers/helpers';
import { defineRule } from '../rule';
import { containerLabel, effectiveNetworkMode, keyNode, nonEmptyArray, removeAtPath } from '../launch-types/support';

/** ECS310: container settings that the awsvpc network mode does not support. */
export const awsvpcUnsupportedContainerFeature = defineRule({
  code: 'ECS310',
  name: 'awsvpc-unsupported-container-feature',
  topic: 'networking',
  severity: 'error',
  title: { en: 'Container setting not supported with awsvpc', vi: 'Thiết lập container không hỗ trợ với awsvpc' },
  message: { en: 'Container `{container}`: `hostname` is not supported with the `awsvpc` network mode; the task\'s hostname comes from its network interface.', vi: 'Container `{container}`: `hostname` không được hỗ trợ với network mode `awsvpc`; hostname của task lấy theo network interface của nó.' },
  variants: {
    extraHosts: { en: 'Container `{container}`: `extraHosts` is not supported with the `awsvpc` network mode. Use DNS instead (a Route 53 private hosted zone or Cloud Map).', vi: 'Container `{container}`: `extraHosts` không được hỗ trợ với network mode `awsvpc`. Hãy dùng DNS (private hosted zone của Route 53 hoặc Cloud Map).' },
  },
  description: {
    en: 'In `awsvpc` mode the task receives its own elastic network interface, with a hostname and DNS settings that come from the VPC. Docker\'s `hostname` and `extraHosts` (extra /etc/hosts lines) are refused in this mode. The quick fix removes the setting.',
    vi: 'Ở mode `awsvpc`, task nhận một elastic network interface riêng, với hostname và thiết lập DNS lấy từ VPC. `hostname` và `extraHosts` (thêm dòng vào /etc/hosts) của Docker bị từ chối ở mode này. Quick fix xóa thiết lập đó.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
  examples: {
    bad: '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "hostname": "web" }] }',
    good: '{ "family": "web", "networkMode": "bridge", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "hostname": "web" }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    // On Fargate, ECS106 reports these with the other Fargate restrictions.
    if (f.fargate || effectiveNetworkMode(f) !== 'awsvpc') return;
    for (const c of f.containers) {
      const container = containerLabel(c);
      // A blank hostname is not set for the tools that write it. The key of a value that is there is
      // always there too (jsonc-parser drops a property whose key it cannot read).
      const hostname = c.get('hostname');
      if (stringValue(hostname)?.trim()) ctx.report({ node: keyNode(c.node, 'hostname')!, args: { container }, data: { path: pathOf(hostname!), field: 'hostname' } });
      const extra = c.get('extraHosts');
      if (nonEmptyArray(extra)) ctx.report({ node: keyNode(c.node, 'extraHosts')!, variant: 'extraHosts', args: { container }, data: { path: pathOf(extra!), field: 'extraHosts' } });
    }
  },
  fix: {
    title: { en: 'Remove `{field}`', vi: 'Xóa `{field}`' },
    safe: false,
    titleArgs: (d) => ({ field: str(d.field) }),
    edits: removeAtPath,
  },
});
