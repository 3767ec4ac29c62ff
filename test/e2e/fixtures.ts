/** The files of the browser suite's workspace, written afresh for every run. */

const container = `    {
      "name": "app",
      "image": "public.ecr.aws/nginx/nginx:1.27",
      "essential": true,
      "portMappings": [{ "containerPort": 80 }]
    }`;

export function fargateTask(networkMode: string): string {
  return `{
  "family": "web",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "${networkMode}",
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "containerDefinitions": [
${container}
  ]
}
`;
}

/** What `aws ecs describe-task-definition` prints: the task inside `taskDefinition`, with read-only fields. */
export const READ_ONLY_IN_DESCRIBE = ['taskDefinitionArn', 'revision', 'status', 'requiresAttributes', 'compatibilities', 'registeredAt', 'registeredBy'];
export const describeOutput = `{
  "taskDefinition": {
    "taskDefinitionArn": "arn:aws:ecs:us-east-1:123456789012:task-definition/web:3",
    "family": "web",
    "revision": 3,
    "status": "ACTIVE",
    "requiresCompatibilities": ["FARGATE"],
    "networkMode": "awsvpc",
    "cpu": "256",
    "memory": "512",
    "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
    "containerDefinitions": [
      {
        "name": "app",
        "image": "public.ecr.aws/nginx/nginx:1.27",
        "essential": true
      }
    ],
    "compatibilities": ["EC2", "FARGATE"],
    "requiresAttributes": [{ "name": "com.amazonaws.ecs.capability.task-eni" }],
    "registeredAt": "2024-05-01T10:00:00.000Z",
    "registeredBy": "arn:aws:iam::123456789012:user/deployer"
  },
  "tags": []
}
`;

/**
 * create-service input for the task definition family `web`: its load balancer sends traffic to
 * container `app` on `containerPort`, which the task definition must expose.
 */
export function serviceDefinition(containerPort: number): string {
  return `{
  "serviceName": "web",
  "cluster": "prod",
  "taskDefinition": "web",
  "desiredCount": 2,
  "launchType": "FARGATE",
  "networkConfiguration": {
    "awsvpcConfiguration": {
      "subnets": ["subnet-0123456789abcdef0"],
      "securityGroups": ["sg-0123456789abcdef0"]
    }
  },
  "loadBalancers": [
    {
      "targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef",
      "containerName": "app",
      "containerPort": ${containerPort}
    }
  ]
}
`;
}

/** A small task definition in which keys are typed (one container of two properties, one per line). */
export const keysTask = `{
  "family": "keys",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "app",
      "image": "public.ecr.aws/nginx/nginx:1.27"
    }
  ]
}
`;

/** A task definition of family `family` whose one container is called `container`. */
export function namedTask(family: string, container = 'app'): string {
  return keysTask.replace('"family": "keys"', `"family": "${family}"`).replace('"name": "app"', `"name": "${container}"`);
}

/** A service that sends its load balancer to container `api` of family `shop-api`. */
export const shopService = serviceDefinition(80).replace('"serviceName": "web"', '"serviceName": "shop-api"').replace('"taskDefinition": "web"', '"taskDefinition": "shop-api"').replace('"containerName": "app"', '"containerName": "api"');

/** Settings of some other tool whose name contains "task-def". */
export const taskDefaults = '{"retries": 3, "timeoutSeconds": 30, "queue": "default"}\n';

/** Relative path in the workspace → content. */
/**
 * A Terraform module: the task-level settings in main.tf (Fargate with `network_mode = "bridge"`, line
 * 5: a fault of the .tf side), the containers in a templatefile() template (a typo on line 5: a fault
 * of the array side). `var.cpu`, `aws_iam_role.exec.arn`, `${image}` are unknown values, never wrong.
 */
export const terraformMainTf = [
  '# The web service: containers in containers.json.tftpl',
  'resource "aws_ecs_task_definition" "web" {',
  '  family                   = "web"',
  '  requires_compatibilities = ["FARGATE"]',
  '  network_mode             = "bridge"',
  '  cpu                      = var.cpu',
  '  memory                   = var.memory',
  '  execution_role_arn       = aws_iam_role.exec.arn',
  '  task_role_arn            = aws_iam_role.task.arn',
  '  container_definitions = templatefile("${path.module}/containers.json.tftpl", {',
  '    image     = var.image',
  '    log_group = aws_cloudwatch_log_group.web.name',
  '  })',
  '}',
  '',
].join('\n');

export const terraformContainers = [
  '[',
  '  {',
  '    "name": "web",',
  '    "image": "${image}",',
  '    "esential": true,',
  '    "readonlyRootFilesystem": true,',
  '    "portMappings": [{ "containerPort": 8080 }],',
  '    "logConfiguration": {',
  '      "logDriver": "awslogs",',
  '      "options": {',
  '        "awslogs-group": "${log_group}",',
  '        "awslogs-region": "eu-west-1",',
  '        "awslogs-stream-prefix": "web"',
  '      }',
  '    }',
  '  }',
  ']',
].join('\n');

export function workspaceFiles(projectPackageJson: string): Record<string, string> {
  return {
    'fargate-bridge/task-definition.json': fargateTask('bridge'),
    'sizes/task-definition.json': fargateTask('awsvpc'),
    'docs/task-definition.json': fargateTask('awsvpc'),
    'new-service/task-definition.json': '',
    'describe/describe-output.json': describeOutput,
    'pair/task-definition.json': fargateTask('awsvpc'),
    'pair/service-definition.json': serviceDefinition(8080),
    'keys/task-definition.json': keysTask,
    'report-a/task-definition.json': namedTask('report-a'),
    'report-b/task-definition.json': namedTask('report-b'),
    'snippet-values/task-definition.json': '',
    'empty/notes.json': '',
    'shop/web/task-definition.json': namedTask('shop-api', 'api'),
    'shop/svc/task-definition.json': namedTask('shop-api', 'shop'),
    'shop/services/shop-api-service.json': shopService,
    'defaults/task-defaults.json': taskDefaults,
    'terraform/main.tf': terraformMainTf,
    'terraform/containers.json.tftpl': terraformContainers,
    'package.json': projectPackageJson,
  };
}
