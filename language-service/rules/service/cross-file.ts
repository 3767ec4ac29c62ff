/**
 * Rules over the pair service definition + task definition, when the task definition the service
 * points at is in the workspace. Opening either file shows the problems of the pair.
 */
import { closest } from '../../model/strings';
import { isPlaceholder } from '../../model/placeholders';
import { nodeAtPath, numberValue, pathOf, propertyValue, stringValue, type JsonPath } from '../../model/document';
import { serviceFacts } from '../../model/service-facts';
import { taskFacts } from '../../model/task-facts';
import { replaceNode } from '../../edits/json-edits';
import { describeInterval } from '../networking/ports';
import { defineRule } from '../rule';
import { containerNames, covers, exposedPorts, taskFactsOf } from './helpers';

export const unknownLoadBalancerContainer = defineRule({
  code: 'ECS708',
  name: 'load-balancer-unknown-container',
  topic: 'service',
  appliesTo: 'service',
  severity: 'error',
  title: { en: 'Load balancer names a container the task definition does not have', vi: 'Load balancer trỏ tới container không có trong task definition' },
  message: { en: 'Task definition `{family}` ({file}) has no container named `{name}`. Its containers: {names}.', vi: 'Task definition `{family}` ({file}) không có container tên `{name}`. Các container của nó: {names}.' },
  description: {
    en: 'The service\'s `loadBalancers[].containerName` must be the name of a container in the task definition the service runs; otherwise the deployment fails.',
    vi: '`loadBalancers[].containerName` của service phải là tên một container trong task definition mà service chạy; nếu không, deployment sẽ thất bại.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html',
  check(ctx) {
    // A service rule runs on a service definition only (features/diagnostics.ts): its facts are there.
    const s = serviceFacts(ctx.doc)!;
    const taskDoc = ctx.workspace?.taskDefinitionFor(ctx.doc);
    const task = taskFactsOf(taskDoc);
    if (!task || !taskDoc) return;
    const names = containerNames(task);
    // A container named by a template placeholder may be the one the load balancer names.
    if (names.some(isPlaceholder)) return;
    for (const lb of s.loadBalancers) {
      const name = stringValue(lb.containerName);
      if (!name || names.includes(name) || isPlaceholder(name)) continue;
      const suggestion = closest(name, names, names.length === 1);
      ctx.report({
        node: lb.containerName!,
        args: { family: stringValue(task.get('family')) ?? '?', file: ctx.workspace!.relativePath(taskDoc.uri), name, names: names.map((n) => '`' + n + '`').join(', ') || '—' },
        data: suggestion ? { path: pathOf(lb.containerName!), suggestion } : undefined,
      });
    }
  },
  fix: {
    title: { en: 'Change to `{suggestion}`', vi: 'Đổi thành `{suggestion}`' },
    titleArgs: (d) => ({ suggestion: String(d.suggestion) }),
    safe: true,
    edits(ctx) {
      const path = ctx.data.path as JsonPath | undefined;
      const node = path && nodeAtPath(ctx.doc.root, path);
      return node && typeof ctx.data.suggestion === 'string' ? replaceNode(ctx.doc, node, JSON.stringify(ctx.data.suggestion)) : undefined;
    },
  },
});

export const unknownLoadBalancerPort = defineRule({
  code: 'ECS709',
  name: 'load-balancer-unknown-port',
  topic: 'service',
  appliesTo: 'service',
  severity: 'error',
  title: { en: 'Load balancer port the container does not expose', vi: 'Load balancer dùng port mà container không mở' },
  message: { en: 'Container `{name}` of task definition `{family}` has no port mapping for {port}. Its container ports: {ports}.', vi: 'Container `{name}` của task definition `{family}` không có port mapping cho {port}. Các container port của nó: {ports}.' },
  description: {
    en: '`loadBalancers[].containerPort` must be one of the `containerPort`s in the `portMappings` of that container.',
    vi: '`loadBalancers[].containerPort` phải là một trong các `containerPort` trong `portMappings` của container đó.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html',
  check(ctx) {
    const s = serviceFacts(ctx.doc)!;
    const task = taskFactsOf(ctx.workspace?.taskDefinitionFor(ctx.doc));
    if (!task) return;
    for (const lb of s.loadBalancers) {
      const name = stringValue(lb.containerName);
      const port = numberValue(lb.containerPort);
      const c = task.containers.find((x) => x.name === name);
      const ports = c && exposedPorts(task, c);
      if (!ports || port === undefined || covers(ports, port)) continue;
      // One single port: the fix changes the load balancer's port to it.
      const only = ports.length === 1 && ports[0][0] === ports[0][1] ? ports[0][0] : undefined;
      ctx.report({
        node: lb.containerPort!,
        args: { name: name!, family: stringValue(task.get('family')) ?? '?', port, ports: ports.map(describeInterval).join(', ') || '—' },
        data: only === undefined ? undefined : { path: pathOf(lb.containerPort!), port: only },
      });
    }
  },
  fix: {
    title: { en: 'Change to {port}', vi: 'Đổi thành {port}' },
    titleArgs: (d) => ({ port: String(d.port) }),
    safe: true,
    edits(ctx) {
      const path = ctx.data.path as JsonPath | undefined;
      const node = path && nodeAtPath(ctx.doc.root, path);
      return node && typeof ctx.data.port === 'number' ? replaceNode(ctx.doc, node, String(ctx.data.port)) : undefined;
    },
  },
});

export const ipTargetType = defineRule({
  code: 'ECS710',
  name: 'awsvpc-target-type-ip',
  topic: 'service',
  appliesTo: 'service',
  severity: 'hint',
  title: { en: 'awsvpc tasks need target groups of type ip', vi: 'Task awsvpc cần target group loại ip' },
  message: { en: 'Tasks of `{family}` use awsvpc and register by IP address: target group `{tg}` must have target type `ip` (not `instance`).', vi: 'Task của `{family}` dùng awsvpc và đăng ký bằng địa chỉ IP: target group `{tg}` phải có target type `ip` (không phải `instance`).' },
  description: {
    en: 'The target group is not in these files, so this is a reminder: awsvpc tasks (and all Fargate tasks) register their own IP address, which only target groups of type `ip` accept. bridge and host tasks register instance + port with target type `instance`.',
    vi: 'Target group không nằm trong các file này, nên đây chỉ là lời nhắc: task awsvpc (và mọi task Fargate) đăng ký bằng chính địa chỉ IP của chúng, mà chỉ target group loại `ip` mới nhận. Task bridge và host đăng ký instance + port với target type `instance`.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/alb.html',
  check(ctx) {
    const s = serviceFacts(ctx.doc)!;
    const task = taskFactsOf(ctx.workspace?.taskDefinitionFor(ctx.doc));
    if (!task || (task.networkMode !== 'awsvpc' && s.launchType !== 'FARGATE')) return;
    for (const lb of s.loadBalancers) {
      const tg = stringValue(lb.targetGroupArn);
      if (tg) ctx.report({ node: lb.targetGroupArn!, args: { family: stringValue(task.get('family')) ?? '?', tg: /targetgroup\/([^/]+)/.exec(tg)?.[1] ?? tg } });
    }
  },
});

export const servicePairFromTask = defineRule({
  code: 'ECS711',
  absence: 'anywhere',
  name: 'service-load-balancer-mismatch',
  topic: 'service',
  appliesTo: 'task',
  severity: 'error',
  title: { en: 'A service routes its load balancer to a container or port this task definition lacks', vi: 'Một service chuyển load balancer tới container hoặc port mà task definition này không có' },
  message: { en: 'Service `{service}` ({file}) sends its load balancer to container `{name}` port {port}, which this task definition does not expose.', vi: 'Service `{service}` ({file}) chuyển load balancer tới container `{name}` port {port}, nhưng task definition này không mở port đó.' },
  variants: {
    container: { en: 'Service `{service}` ({file}) sends its load balancer to container `{name}`, which this task definition does not define.', vi: 'Service `{service}` ({file}) chuyển load balancer tới container `{name}`, nhưng task definition này không khai báo container đó.' },
  },
  description: {
    en: 'The same check as ECS708/ECS709, shown on the task definition side: when you rename a container or change its port, the service definition next to it must follow.',
    vi: 'Cùng kiểm tra với ECS708/ECS709 nhưng hiển thị ở phía task definition: khi đổi tên container hoặc đổi port, service definition bên cạnh cũng phải đổi theo.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html',
  check(ctx) {
    // A task rule runs on a task definition only (features/diagnostics.ts): its facts are there.
    const task = taskFacts(ctx.doc)!;
    const family = stringValue(task.get('family'));
    if (!family || !ctx.workspace) return;
    const familyNode = task.get('family')!;
    // A container named by a template placeholder may be the one a load balancer names.
    if (containerNames(task).some(isPlaceholder)) return;
    for (const svc of ctx.workspace.servicesOf(family)) {
      // Only services paired with this very file: a task definition of the same family elsewhere
      // (another folder, another environment) may be the one the service runs (ECS709 uses the same pairing).
      const paired = ctx.workspace.taskDefinitionFor(svc);
      if (paired && paired.uri !== ctx.doc.uri) continue;
      // servicesOf returns service definitions only.
      const s = serviceFacts(svc)!;
      const serviceName = stringValue(s.get('serviceName')) ?? '?';
      for (const lb of s.loadBalancers) {
        const name = stringValue(lb.containerName);
        const port = numberValue(lb.containerPort);
        if (!name || isPlaceholder(name)) continue;
        const c = task.containers.find((x) => x.name === name);
        if (!c) ctx.report({ node: familyNode, variant: 'container', args: { service: serviceName, file: ctx.workspace.relativePath(svc.uri), name } });
        else if (port !== undefined && !covers(exposedPorts(task, c) ?? [[port, port]], port)) {
          ctx.report({ node: propertyValue(c.node, 'portMappings') ?? c.nameNode!, args: { service: serviceName, file: ctx.workspace.relativePath(svc.uri), name, port } });
        }
      }
    }
  },
});

export const ambiguousTaskDefinition = defineRule({
  code: 'ECS712',
  name: 'service-task-definition-ambiguous',
  topic: 'service',
  appliesTo: 'service',
  severity: 'information',
  title: { en: 'Several task definitions of the workspace have the service\'s family', vi: 'Nhiều task definition trong workspace có cùng family với service' },
  message: {
    en: '{count} task definitions in the workspace have family `{family}`: {files}. This service is checked against {chosen}. To check it against another one, set ecsTaskDefinition.serviceTaskDefinition.',
    vi: '{count} task definition trong workspace có family `{family}`: {files}. Service này được kiểm tra với {chosen}. Muốn kiểm tra với file khác, hãy đặt ecsTaskDefinition.serviceTaskDefinition.',
  },
  description: {
    en: 'A service names its task definition by family (`family`, `family:3` or an ARN). When several files of the workspace declare that family (one per environment, say), the checks of the pair use the one in the service\'s folder, else the first by path. The setting `ecsTaskDefinition.serviceTaskDefinition` names the file to use instead.',
    vi: 'Service gọi task definition theo family (`family`, `family:3` hoặc ARN). Khi nhiều file trong workspace khai báo cùng family (mỗi môi trường một file chẳng hạn), các kiểm tra của cặp service + task definition dùng file nằm cùng thư mục với service, nếu không có thì dùng file đầu tiên theo đường dẫn. Setting `ecsTaskDefinition.serviceTaskDefinition` chỉ định file cần dùng.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service_definition_parameters.html',
  check(ctx) {
    if (!ctx.workspace) return;
    const candidates = ctx.workspace.familyCandidates(ctx.doc);
    if (candidates.length < 2) return;
    // Candidates come from the service's `taskDefinition` family: the reference is there.
    const ref = propertyValue(ctx.doc.service, 'taskDefinition')!;
    const paths = candidates.map((c) => ctx.workspace!.relativePath(c.uri));
    ctx.report({
      node: ref,
      args: {
        count: candidates.length,
        // The candidates are the task definitions of the service's family: each has a family.
        family: stringValue(propertyValue(candidates[0].task, 'family'))!,
        files: paths.join(', '),
        chosen: paths[0],
      },
    });
  },
});
