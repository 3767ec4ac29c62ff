import { propertyValue, stringValue, type JsonNode } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { defineRule } from '../rule';
import { portEntries } from './ports';

/** ECS305: port mapping names identify ports for Service Connect; they must be unique in the task. */
export const duplicatePortName = defineRule({
  code: 'ECS305',
  name: 'duplicate-port-name',
  topic: 'networking',
  severity: 'warning',
  title: { en: 'Duplicate port mapping name', vi: 'Tên port mapping bị trùng' },
  message: { en: 'The port name `{name}` is already used in this task definition: port names must be unique across all containers.', vi: 'Tên port `{name}` đã được dùng trong task definition này: tên port phải là duy nhất trên mọi container.' },
  description: {
    en: 'Service Connect and VPC Lattice refer to a port by its `name` alone, without the container, so two port mappings with the same name in one task are ambiguous. Give each a different name.',
    vi: 'Service Connect và VPC Lattice chỉ tham chiếu port qua `name`, không kèm tên container, nên hai port mapping trùng tên trong một task sẽ gây nhập nhằng. Hãy đặt cho mỗi port một tên khác nhau.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html',
  examples: {
    bad: '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "name": "http", "containerPort": 80 }] }, { "name": "admin", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "name": "http", "containerPort": 8080 }] }] }',
    good: '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "name": "http", "containerPort": 80 }] }, { "name": "admin", "image": "nginx:1.27", "memory": 256, "portMappings": [{ "name": "admin-http", "containerPort": 8080 }] }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const first = new Map<string, JsonNode>();
    for (const e of portEntries(f, 2000)) {
      const node = propertyValue(e.mapping, 'name');
      const name = stringValue(node);
      if (!node || !name || isPlaceholder(name)) continue;
      const prev = first.get(name);
      if (prev) ctx.report({ node, args: { name: name.slice(0, 64) }, related: [{ node: prev, message: { en: 'First used here', vi: 'Dùng lần đầu ở đây' } }] });
      else first.set(name, node);
    }
  },
});
