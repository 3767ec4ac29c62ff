import { TextDocument } from 'vscode-languageserver-textdocument';
import { elements, nodeAtPath, numberValue, parseDocument, pathOf, propertyValue, stringValue, type JsonPath, type ParsedDocument } from '../../model/document';
import type { LaunchType, TaskFacts } from '../../model/task-facts';
// A service rule runs the task definition's rules on a hypothetical launch type (ECS706); the
// import cycle is harmless because runRules is only called while checking, after loading.
import { runRules } from '../../features/diagnostics';
import { serviceFacts } from '../../model/service-facts';
import { applyTextEdits, insertProperty, remove, setValue } from '../../edits/json-edits';
import { keyNode } from '../launch-types/support';
import { defineRule } from '../rule';
import { awsvpcReason, taskFactsOf } from './helpers';

export const awsvpcNetworkConfiguration = defineRule({
  code: 'ECS704',
  absence: 'task',
  name: 'awsvpc-network-configuration',
  topic: 'service',
  appliesTo: 'service',
  severity: 'error',
  title: { en: 'Fargate/awsvpc service without network configuration', vi: 'Service Fargate/awsvpc thiếu network configuration' },
  message: { en: '{why} need `networkConfiguration.awsvpcConfiguration` with the subnets (and security groups) to place each task\'s network interface in.', vi: '{why} cần `networkConfiguration.awsvpcConfiguration` với các subnet (và security group) để đặt network interface của từng task.' },
  description: {
    en: 'With awsvpc (always the case on Fargate) every task gets its own elastic network interface. The service must say which subnets and security groups to use; `assignPublicIp: ENABLED` is needed in a public subnet without a NAT gateway to pull images.',
    vi: 'Với awsvpc (luôn như vậy trên Fargate), mỗi task có một elastic network interface riêng. Service phải cho biết dùng subnet và security group nào; trong public subnet không có NAT gateway thì cần `assignPublicIp: ENABLED` để kéo được image.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service_definition_parameters.html',
  examples: {
    bad: '{ "serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE", "desiredCount": 2 }',
    good: '{ "serviceName": "web", "taskDefinition": "web", "launchType": "FARGATE", "desiredCount": 2, "networkConfiguration": { "awsvpcConfiguration": { "subnets": ["subnet-0123456789abcdef0"], "securityGroups": ["sg-0123456789abcdef0"], "assignPublicIp": "DISABLED" } } }',
  },
  check(ctx) {
    // A service rule runs on a service definition only (features/diagnostics.ts): its facts are there.
    const s = serviceFacts(ctx.doc)!;
    if (s.awsvpcConfiguration) return;
    const task = taskFactsOf(ctx.workspace?.taskDefinitionFor(ctx.doc));
    const reason = awsvpcReason(s, task);
    if (!reason) return;
    const why = reason === 'fargate' ? { en: 'Fargate services', vi: 'Service chạy trên Fargate' } : { en: 'Services of an awsvpc task definition', vi: 'Service dùng task definition ở network mode awsvpc' };
    // The launch type, else the first key, else the empty object.
    const anchor = s.launchTypeNode ?? s.node.children![0]?.children![0] ?? s.node;
    ctx.report({ node: anchor, args: { why } });
  },
  fix: {
    title: { en: 'Add `networkConfiguration` with subnet and security group placeholders', vi: 'Thêm `networkConfiguration` với placeholder cho subnet và security group' },
    safe: false,
    edits(ctx) {
      if (!ctx.doc.service || nodeAtPath(ctx.doc.root, ['networkConfiguration', 'awsvpcConfiguration'])) return undefined;
      const value = { awsvpcConfiguration: { subnets: ['${SUBNET_ID}'], securityGroups: ['${SECURITY_GROUP_ID}'], assignPublicIp: 'DISABLED' } };
      return insertProperty(ctx.doc, [], 'networkConfiguration', value, 'launchType', ctx.indent);
    },
  },
});

export const launchTypeWithCapacityProviders = defineRule({
  code: 'ECS705',
  name: 'launch-type-with-capacity-providers',
  topic: 'service',
  appliesTo: 'service',
  severity: 'error',
  title: { en: '`launchType` together with `capacityProviderStrategy`', vi: '`launchType` dùng cùng `capacityProviderStrategy`' },
  message: { en: '`launchType` and `capacityProviderStrategy` cannot both be set: choose one.', vi: 'Không thể đặt cả `launchType` lẫn `capacityProviderStrategy`: hãy chọn một.' },
  description: {
    en: 'A service either runs on one launch type, or spreads its tasks over capacity providers (for example FARGATE and FARGATE_SPOT). ECS rejects a request with both.',
    vi: 'Một service hoặc chạy trên một launch type, hoặc phân bổ task qua các capacity provider (ví dụ FARGATE và FARGATE_SPOT). ECS từ chối request có cả hai.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
  examples: {
    bad: '{ "serviceName": "web", "taskDefinition": "web", "launchType": "EC2", "capacityProviderStrategy": [{ "capacityProvider": "my-asg", "weight": 1 }] }',
    good: '{ "serviceName": "web", "taskDefinition": "web", "capacityProviderStrategy": [{ "capacityProvider": "my-asg", "weight": 1 }] }',
  },
  check(ctx) {
    const s = serviceFacts(ctx.doc)!;
    if (s.launchTypeNode && elements(s.capacityProviderStrategy).length) {
      ctx.report({ node: keyNode(s.node, 'launchType')!, data: { path: pathOf(s.launchTypeNode) } });
    }
  },
  fix: {
    title: { en: 'Remove `launchType` (keep the capacity providers)', vi: 'Xóa `launchType` (giữ capacity provider)' },
    safe: false,
    edits(ctx) {
      const path = ctx.data.path as JsonPath | undefined;
      return path && nodeAtPath(ctx.doc.root, path) ? remove(ctx.doc, path, ctx.indent) : undefined;
    },
  },
});

export const launchTypeMismatch = defineRule({
  code: 'ECS706',
  name: 'launch-type-mismatch',
  topic: 'service',
  appliesTo: 'service',
  severity: 'error',
  title: { en: 'Launch type the task definition does not declare', vi: 'Launch type mà task definition không khai báo' },
  message: {
    en: 'The service uses launch type `{launchType}`, but task definition `{family}` ({file}) does not declare it in `requiresCompatibilities` ({declared}) and breaks rules of that launch type ({codes}). ECS will not run its tasks on `{launchType}`.',
    vi: 'Service dùng launch type `{launchType}`, nhưng task definition `{family}` ({file}) không khai báo launch type này trong `requiresCompatibilities` ({declared}) và vi phạm quy tắc của launch type đó ({codes}). ECS sẽ không chạy task của nó trên `{launchType}`.',
  },
  variants: {
    declare: {
      en: 'The service uses launch type `{launchType}`, which task definition `{family}` ({file}) does not declare in `requiresCompatibilities` ({declared}). It meets the rules of `{launchType}`, so ECS lists it as compatible and runs it there; declare the launch type anyway, so that registration checks those rules.',
      vi: 'Service dùng launch type `{launchType}`, nhưng task definition `{family}` ({file}) không khai báo launch type này trong `requiresCompatibilities` ({declared}). Task definition đáp ứng các quy tắc của `{launchType}`, nên ECS vẫn xếp nó vào loại tương thích và chạy được; dù vậy hãy khai báo launch type này, để bước đăng ký kiểm tra các quy tắc đó.',
    },
  },
  description: {
    en: 'ECS works out for itself which launch types a task definition is compatible with (the `compatibilities` that `describe-task-definition` shows): a definition that declares only `EC2` but meets every Fargate rule is also listed as `FARGATE`-compatible and runs there. `requiresCompatibilities` asks ECS to check the rules of the listed launch types at registration. So a service whose launch type is missing from `requiresCompatibilities` is an error only when the task definition breaks a rule of that launch type (for Fargate: `awsvpc`, a valid cpu/memory pair, no `links`...); otherwise it is a hint to declare the launch type.',
    vi: 'ECS tự xác định task definition tương thích với những launch type nào (trường `compatibilities` mà `describe-task-definition` hiển thị): một task definition chỉ khai báo `EC2` nhưng đáp ứng mọi quy tắc của Fargate vẫn được xếp là tương thích `FARGATE` và chạy được trên đó. `requiresCompatibilities` yêu cầu ECS kiểm tra quy tắc của các launch type được liệt kê ngay khi đăng ký. Vì vậy, service dùng launch type không có trong `requiresCompatibilities` chỉ là lỗi khi task definition vi phạm một quy tắc của launch type đó (với Fargate: `awsvpc`, cặp cpu/memory hợp lệ, không có `links`...); nếu không, đây chỉ là gợi ý nên khai báo launch type.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html',
  check(ctx) {
    const s = serviceFacts(ctx.doc)!;
    const launchType = s.launchType;
    if (launchType !== 'EC2' && launchType !== 'FARGATE' && launchType !== 'EXTERNAL' && launchType !== 'MANAGED_INSTANCES') return;
    const taskDoc = ctx.workspace?.taskDefinitionFor(ctx.doc);
    const task = taskFactsOf(taskDoc);
    if (!task || !taskDoc) return;
    const launchTypeNode = s.launchTypeNode!; // the node of the launch type just read
    const declared = [...task.launchTypes];
    const ok = declared.length ? declared.includes(launchType) : launchType === 'EC2';
    if (ok) return;
    const args = {
      launchType,
      family: stringValue(task.get('family')) ?? '?',
      file: ctx.workspace!.relativePath(taskDoc.uri),
      declared: declared.length ? declared.map((d) => '`' + d + '`').join(', ') : '[] (EC2)',
    };
    const broken = rulesBrokenOn(taskDoc, task, launchType);
    if (broken.length) ctx.report({ node: launchTypeNode, args: { ...args, codes: broken.join(', ') } });
    else ctx.report({ node: launchTypeNode, variant: 'declare', severity: 'hint', args });
  },
});

/**
 * The codes of the errors the task definition would get if it declared `launchType` too, and does
 * not get now: the rules of that launch type it breaks. Runs the task definition's own rules on a
 * copy of it that lists the launch type, so ECS's computed `compatibilities` are followed as closely
 * as our rules know them.
 */
function rulesBrokenOn(taskDoc: ParsedDocument, task: TaskFacts, launchType: LaunchType): string[] {
  const errorCounts = (doc: ParsedDocument): Map<string, number> => {
    const out = new Map<string, number>();
    for (const { rule, finding } of runRules(doc)) {
      if ((finding.severity ?? rule.severity) !== 'error') continue;
      const key = `${rule.code}:${finding.variant}`;
      out.set(key, (out.get(key) ?? 0) + 1);
    }
    return out;
  };
  const list = [...task.launchTypes, launchType];
  // The task object is there (taskFactsOf) and the path ends in one of its properties: the edit always applies.
  const text = applyTextEdits(taskDoc, setValue(taskDoc, [...taskDoc.taskPath, 'requiresCompatibilities'], list));
  const hypothetical = parseDocument(TextDocument.create(taskDoc.uri, taskDoc.textDocument.languageId, taskDoc.version, text), 'task', taskDoc.placeholders);
  const now = errorCounts(taskDoc);
  const codes = new Set<string>();
  for (const [key, n] of errorCounts(hypothetical)) if (n > (now.get(key) ?? 0)) codes.add(key.slice(0, key.indexOf(':')));
  // Stryker disable next-line MethodExpression: the rules run in catalogue order, which is code order for every rule a launch type can newly break (the two exceptions, ECS016 comments and ECS009 read-only fields, cannot change with the launch type); the sort keeps the message sorted should that order change
  return [...codes].sort();
}

export const deploymentPercentages = defineRule({
  code: 'ECS707',
  name: 'deployment-percentages',
  topic: 'service',
  appliesTo: 'service',
  severity: 'error',
  title: { en: 'Deployment percentages that block deployments', vi: 'Tỷ lệ phần trăm deployment làm kẹt deployment' },
  message: { en: '`maximumPercent` ({max}) is below `minimumHealthyPercent` ({min}): ECS cannot replace any task.', vi: '`maximumPercent` ({max}) nhỏ hơn `minimumHealthyPercent` ({min}): ECS không thể thay thế task nào.' },
  variants: {
    stuck: { en: 'With `minimumHealthyPercent` {min} and `maximumPercent` {max}, a rolling deployment can neither stop an old task nor start a new one: raise `maximumPercent` above 100 or lower `minimumHealthyPercent`.', vi: 'Với `minimumHealthyPercent` {min} và `maximumPercent` {max}, rolling deployment không thể dừng task cũ cũng không thể chạy task mới: hãy tăng `maximumPercent` lên trên 100 hoặc giảm `minimumHealthyPercent`.' },
  },
  description: {
    en: 'During a rolling update ECS keeps at least `minimumHealthyPercent` of `desiredCount` running and never more than `maximumPercent`. With desiredCount 4, 50/200 means: at least 2 running, up to 8. If the maximum is not above the minimum (for example 100/100), no task can be replaced. Blue/green (`CODE_DEPLOY`) and `EXTERNAL` deployments do not use the two values, and a `DAEMON` service defaults to 0 and 100.',
    vi: 'Trong rolling update, ECS giữ ít nhất `minimumHealthyPercent` của `desiredCount` đang chạy và không bao giờ vượt `maximumPercent`. Với desiredCount 4, cặp 50/200 nghĩa là: ít nhất 2 task chạy, tối đa 8. Nếu tối đa không lớn hơn tối thiểu (ví dụ 100/100), không task nào được thay thế. Deployment blue/green (`CODE_DEPLOY`) và `EXTERNAL` không dùng hai giá trị này, còn service `DAEMON` mặc định là 0 và 100.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service_definition_parameters.html',
  examples: {
    bad: '{ "serviceName": "web", "taskDefinition": "web", "deploymentConfiguration": { "minimumHealthyPercent": 100, "maximumPercent": 100 } }',
    good: '{ "serviceName": "web", "taskDefinition": "web", "deploymentConfiguration": { "minimumHealthyPercent": 100, "maximumPercent": 200 } }',
  },
  check(ctx) {
    const s = serviceFacts(ctx.doc)!;
    // Blue/green (CODE_DEPLOY) and EXTERNAL deployments do not use the two percentages.
    const controller = stringValue(propertyValue(s.get('deploymentController'), 'type'));
    if (controller !== undefined && controller !== 'ECS') return;
    const dc = s.get('deploymentConfiguration');
    const maxNode = propertyValue(dc, 'maximumPercent');
    const minNode = propertyValue(dc, 'minimumHealthyPercent');
    // ECS's defaults: 200 and 100 for a REPLICA service, 100 and 0 for a DAEMON one. A placeholder (or
    // another type: ECS005) is unknown: NaN, for which every comparison below is false.
    const daemon = stringValue(s.get('schedulingStrategy')) === 'DAEMON';
    const max = maxNode ? (numberValue(maxNode) ?? NaN) : daemon ? 100 : 200;
    const min = minNode ? (numberValue(minNode) ?? NaN) : daemon ? 0 : 100;
    // The defaults never block a deployment: a finding always has one of the two nodes.
    const anchor = (maxNode ?? minNode)!;
    if (max < min) ctx.report({ node: anchor, args: { max, min } });
    else if (max <= 100 && min >= 100) ctx.report({ node: anchor, args: { max, min }, variant: 'stuck' });
  },
});
