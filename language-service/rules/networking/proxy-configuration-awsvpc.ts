import { defineRule } from '../rule';
import { effectiveNetworkMode, keyNode } from '../launch-types/support';

/** ECS309: the App Mesh proxy configuration needs awsvpc. */
export const proxyConfigurationAwsvpc = defineRule({
  code: 'ECS309',
  name: 'proxy-configuration-requires-awsvpc',
  topic: 'networking',
  severity: 'error',
  title: { en: '`proxyConfiguration` requires awsvpc', vi: '`proxyConfiguration` bắt buộc mode awsvpc' },
  message: { en: '`proxyConfiguration` (App Mesh) requires the `awsvpc` network mode, not `{mode}`.', vi: '`proxyConfiguration` (App Mesh) bắt buộc network mode `awsvpc`, không dùng được với `{mode}`.' },
  description: {
    en: 'With `proxyConfiguration`, ECS redirects the task\'s traffic through the Envoy proxy container of App Mesh. That redirection is set up on the task\'s own network interface, which only exists in `awsvpc` mode. (App Mesh is being retired; ECS Service Connect is the usual replacement.)',
    vi: 'Với `proxyConfiguration`, ECS chuyển hướng traffic của task đi qua container proxy Envoy của App Mesh. Việc chuyển hướng này được thiết lập trên network interface riêng của task, thứ chỉ có ở mode `awsvpc`. (App Mesh đang dần bị ngừng; ECS Service Connect là lựa chọn thay thế thông thường.)',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ProxyConfiguration.html',
  examples: {
    bad: '{ "family": "mesh", "networkMode": "bridge", "proxyConfiguration": { "type": "APPMESH", "containerName": "envoy" }, "containerDefinitions": [{ "name": "envoy", "image": "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod", "memory": 256 }] }',
    good: '{ "family": "mesh", "networkMode": "awsvpc", "proxyConfiguration": { "type": "APPMESH", "containerName": "envoy" }, "containerDefinitions": [{ "name": "envoy", "image": "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod", "memory": 256 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const proxy = f.get('proxyConfiguration');
    if (!proxy || proxy.type !== 'object') return;
    const mode = effectiveNetworkMode(f);
    if (!mode || mode === 'awsvpc') return;
    // The key of a value that is there is always there too (jsonc-parser drops a property whose key it cannot read).
    ctx.report({ node: keyNode(f.task, 'proxyConfiguration')!, args: { mode } });
  },
});
