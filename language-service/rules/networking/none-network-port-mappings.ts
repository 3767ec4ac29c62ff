import { pathOf } from '../../model/document';
import { defineRule } from '../rule';
import { containerLabel, keyNode, nonEmptyArray, removeAtPath } from '../launch-types/support';

/** ECS308: `networkMode: none` and port mappings contradict each other. */
export const noneNetworkPortMappings = defineRule({
  code: 'ECS308',
  name: 'none-network-port-mappings',
  topic: 'networking',
  severity: 'error',
  title: { en: 'Port mappings with network mode `none`', vi: 'Port mapping với network mode `none`' },
  message: { en: 'Container `{container}` has port mappings, but with `"networkMode": "none"` the containers have no network connectivity and no ports can be mapped.', vi: 'Container `{container}` có port mapping, nhưng với `"networkMode": "none"` các container không có kết nối mạng nên không ánh xạ port nào được.' },
  description: {
    en: 'The `none` network mode gives containers only a loopback interface: useful for batch jobs that must not reach the network. Port mappings make no sense there and are refused. Remove them, or choose another network mode.',
    vi: 'Network mode `none` chỉ cho container một interface loopback: hữu ích cho các batch job không được phép truy cập mạng. Port mapping ở đây vô nghĩa và bị từ chối. Hãy xóa chúng, hoặc chọn network mode khác.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
  examples: {
    bad: '{ "family": "job", "networkMode": "none", "containerDefinitions": [{ "name": "app", "image": "busybox:1.36", "memory": 128, "portMappings": [{ "containerPort": 80 }] }] }',
    good: '{ "family": "job", "networkMode": "none", "containerDefinitions": [{ "name": "app", "image": "busybox:1.36", "memory": 128 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (f.networkMode !== 'none') return;
    for (const c of f.containers) {
      const mappings = c.get('portMappings');
      if (!nonEmptyArray(mappings)) continue;
      // The key of a value that is there is always there too (jsonc-parser drops a property whose key it cannot read).
      ctx.report({ node: keyNode(c.node, 'portMappings')!, args: { container: containerLabel(c) }, data: { path: pathOf(mappings!) } });
    }
  },
  fix: {
    title: { en: 'Remove `portMappings`', vi: 'Xóa `portMappings`' },
    safe: false,
    edits: removeAtPath,
  },
});
