import { anchorOf } from '../../schema/validate';
import { serviceFacts } from '../../model/service-facts';
import { keyNode } from '../launch-types/support';
import { defineRule } from '../rule';

export const loadBalancerTarget = defineRule({
  code: 'ECS702',
  absence: 'here',
  name: 'load-balancer-target',
  topic: 'service',
  appliesTo: 'service',
  severity: 'error',
  title: { en: 'Load balancer entry needs exactly one target', vi: 'Mục load balancer cần đúng một đích' },
  message: { en: 'A `loadBalancers` entry needs either `targetGroupArn` (ALB or NLB) or `loadBalancerName` (Classic), not {what}.', vi: 'Một mục trong `loadBalancers` cần `targetGroupArn` (ALB hoặc NLB) hoặc `loadBalancerName` (Classic), không phải {what}.' },
  variants: {
    both: { en: 'A `loadBalancers` entry has both `targetGroupArn` and `loadBalancerName`: keep `targetGroupArn` for an ALB or NLB, or `loadBalancerName` for a Classic Load Balancer.', vi: 'Mục `loadBalancers` có cả `targetGroupArn` lẫn `loadBalancerName`: giữ `targetGroupArn` cho ALB hoặc NLB, hoặc `loadBalancerName` cho Classic Load Balancer.' },
    neither: { en: 'A `loadBalancers` entry has neither `targetGroupArn` nor `loadBalancerName`: ECS does not know where to register the tasks.', vi: 'Mục `loadBalancers` không có `targetGroupArn` lẫn `loadBalancerName`: ECS không biết đăng ký task vào đâu.' },
  },
  description: {
    en: 'Each entry of `loadBalancers` points at one target: the target group of an Application or Network Load Balancer (`targetGroupArn`), or a Classic Load Balancer by name (`loadBalancerName`).',
    vi: 'Mỗi mục của `loadBalancers` trỏ tới đúng một đích: target group của Application hoặc Network Load Balancer (`targetGroupArn`), hoặc tên của Classic Load Balancer (`loadBalancerName`).',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_LoadBalancer.html',
  examples: {
    bad: '{ "serviceName": "web", "taskDefinition": "web", "loadBalancers": [{ "containerName": "app", "containerPort": 80 }] }',
    good: '{ "serviceName": "web", "taskDefinition": "web", "loadBalancers": [{ "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", "containerName": "app", "containerPort": 80 }] }',
  },
  check(ctx) {
    // A service rule runs on a service definition only (features/diagnostics.ts): its facts are there.
    for (const lb of serviceFacts(ctx.doc)!.loadBalancers) {
      if (lb.node.type !== 'object') continue;
      if (lb.targetGroupArn && lb.loadBalancerName) ctx.report({ node: keyNode(lb.node, 'loadBalancerName')!, variant: 'both' });
      else if (!lb.targetGroupArn && !lb.loadBalancerName) ctx.report({ node: anchorOf(lb.node), variant: 'neither' });
    }
  },
});

export const loadBalancerContainer = defineRule({
  code: 'ECS703',
  absence: 'here',
  name: 'load-balancer-container',
  topic: 'service',
  appliesTo: 'service',
  severity: 'error',
  title: { en: 'Load balancer entry without container', vi: 'Mục load balancer thiếu container' },
  message: { en: 'A `loadBalancers` entry must name `{missing}`: the load balancer sends traffic to one container port of the task.', vi: 'Mục `loadBalancers` phải có `{missing}`: load balancer gửi traffic tới một port của một container trong task.' },
  description: {
    en: 'The load balancer is attached on the service, and it reaches the task through one container and one of its container ports: `containerName` and `containerPort` must both be given, and must match the task definition.',
    vi: 'Load balancer được gắn ở service, và nó đi vào task qua một container và một container port của container đó: phải khai báo cả `containerName` lẫn `containerPort`, và chúng phải khớp với task definition.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service_definition_parameters.html',
  examples: {
    bad: '{ "serviceName": "web", "taskDefinition": "web", "loadBalancers": [{ "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", "containerName": "app" }] }',
    good: '{ "serviceName": "web", "taskDefinition": "web", "loadBalancers": [{ "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", "containerName": "app", "containerPort": 80 }] }',
  },
  check(ctx) {
    for (const lb of serviceFacts(ctx.doc)!.loadBalancers) {
      if (lb.node.type !== 'object') continue;
      for (const [missing, node] of [['containerName', lb.containerName], ['containerPort', lb.containerPort]] as const) {
        if (!node) ctx.report({ node: anchorOf(lb.node), args: { missing } });
      }
    }
  },
});
