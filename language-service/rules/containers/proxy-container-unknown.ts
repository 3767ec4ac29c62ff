import { propertyValue } from '../../model/document';
import { closest } from '../../model/strings';
import { containerNames, literal, pathData, replaceStringEdits, str, TDP } from './helpers';
import { defineRule } from '../rule';

export const proxyContainerUnknown = defineRule({
  code: 'ECS519',
  absence: 'here',
  name: 'proxy-container-unknown',
  topic: 'containers',
  severity: 'error',
  title: { en: '`proxyConfiguration` names an unknown container', vi: '`proxyConfiguration` trỏ tới container không tồn tại' },
  message: { en: '`proxyConfiguration.containerName` `{name}` is not a container of this task definition.', vi: '`proxyConfiguration.containerName` `{name}` không phải là container nào trong task definition này.' },
  variants: {
    suggest: { en: '`proxyConfiguration.containerName` `{name}` is not a container of this task definition. Did you mean `{suggestion}`?', vi: '`proxyConfiguration.containerName` `{name}` không phải là container nào trong task definition này. Có phải bạn muốn dùng `{suggestion}`?' },
  },
  description: {
    en: 'For App Mesh, `proxyConfiguration.containerName` tells ECS which container of the task is the Envoy proxy that receives the redirected traffic. It must be the `name` of one of the task\'s containers.',
    vi: 'Với App Mesh, `proxyConfiguration.containerName` cho ECS biết container nào trong task là proxy Envoy nhận traffic được chuyển hướng. Giá trị này phải là `name` của một container trong task.',
  },
  docs: `${TDP}#proxyConfiguration`,
  examples: {
    bad: '{ "family": "web", "networkMode": "awsvpc", "proxyConfiguration": { "type": "APPMESH", "containerName": "envoy-proxy", "properties": [{ "name": "IgnoredUID", "value": "1337" }, { "name": "ProxyIngressPort", "value": "15000" }, { "name": "ProxyEgressPort", "value": "15001" }, { "name": "AppPorts", "value": "8080" }] }, "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }, { "name": "envoy", "image": "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod", "memory": 256, "user": "1337" }] }',
    good: '{ "family": "web", "networkMode": "awsvpc", "proxyConfiguration": { "type": "APPMESH", "containerName": "envoy", "properties": [{ "name": "IgnoredUID", "value": "1337" }, { "name": "ProxyIngressPort", "value": "15000" }, { "name": "ProxyEgressPort", "value": "15001" }, { "name": "AppPorts", "value": "8080" }] }, "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }, { "name": "envoy", "image": "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod", "memory": 256, "user": "1337" }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const node = propertyValue(f.get('proxyConfiguration'), 'containerName');
    const name = literal(node);
    if (!node || name === undefined) return;
    const { names, templated } = containerNames(f);
    if (templated || names.includes(name)) return;
    const suggestion = closest(name, names);
    if (suggestion) ctx.report({ node, variant: 'suggest', args: { name, suggestion }, data: { path: pathData(node), from: name, to: suggestion } });
    else ctx.report({ node, args: { name } });
  },
  fix: {
    title: { en: 'Change to `{to}`', vi: 'Đổi thành `{to}`' },
    safe: true,
    titleArgs: (d) => ({ to: str(d.to) }),
    edits: replaceStringEdits,
  },
});
