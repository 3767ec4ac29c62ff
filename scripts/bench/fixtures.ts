/**
 * The "real" document of the benchmark: a corpus file from ../shared/corpus when present, else this
 * hand-written one of the same kind (a Fargate web service with an Envoy sidecar and a FireLens log
 * router, about 4 KB).
 */
import * as fs from 'fs';
import * as path from 'path';

const CORPUS_FILE = path.join('real', '35-firelens-appmesh-envoy-fargate.json');

export const HAND_WRITTEN = `{
  "family": "orders-api",
  "taskRoleArn": "arn:aws:iam::210987654321:role/orders-api-task",
  "executionRoleArn": "arn:aws:iam::210987654321:role/ecsTaskExecutionRole",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "runtimePlatform": { "cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX" },
  "proxyConfiguration": {
    "type": "APPMESH",
    "containerName": "envoy",
    "properties": [
      { "name": "IgnoredUID", "value": "1337" },
      { "name": "ProxyIngressPort", "value": "15000" },
      { "name": "ProxyEgressPort", "value": "15001" },
      { "name": "AppPorts", "value": "8080" },
      { "name": "EgressIgnoredIPs", "value": "169.254.170.2,169.254.169.254" }
    ]
  },
  "containerDefinitions": [
    {
      "name": "orders",
      "image": "210987654321.dkr.ecr.ap-southeast-1.amazonaws.com/orders-api:2.14.3",
      "essential": true,
      "portMappings": [{ "name": "http", "containerPort": 8080, "protocol": "tcp", "appProtocol": "http" }],
      "environment": [
        { "name": "SPRING_PROFILES_ACTIVE", "value": "prod" },
        { "name": "SERVER_PORT", "value": "8080" },
        { "name": "JAVA_TOOL_OPTIONS", "value": "-XX:MaxRAMPercentage=75" }
      ],
      "secrets": [
        { "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:ap-southeast-1:210987654321:secret:orders/db-password-Q1w2E3" },
        { "name": "PAYMENT_API_KEY", "valueFrom": "arn:aws:ssm:ap-southeast-1:210987654321:parameter/orders/payment-api-key" }
      ],
      "dependsOn": [
        { "containerName": "envoy", "condition": "HEALTHY" },
        { "containerName": "log-router", "condition": "START" }
      ],
      "healthCheck": { "command": ["CMD-SHELL", "curl -fs http://localhost:8080/actuator/health || exit 1"], "interval": 15, "timeout": 5, "retries": 3, "startPeriod": 60 },
      "logConfiguration": {
        "logDriver": "awsfirelens",
        "options": { "Name": "cloudwatch_logs", "region": "ap-southeast-1", "log_group_name": "/ecs/orders-api", "log_stream_prefix": "orders/", "auto_create_group": "false" }
      },
      "readonlyRootFilesystem": true,
      "mountPoints": [{ "sourceVolume": "tmp", "containerPath": "/tmp" }],
      "user": "1000"
    },
    {
      "name": "envoy",
      "image": "840364872350.dkr.ecr.ap-southeast-1.amazonaws.com/aws-appmesh-envoy:v1.29.6.0-prod",
      "essential": true,
      "user": "1337",
      "environment": [{ "name": "APPMESH_RESOURCE_ARN", "value": "arn:aws:appmesh:ap-southeast-1:210987654321:mesh/shop/virtualNode/orders" }],
      "healthCheck": { "command": ["CMD-SHELL", "curl -s http://localhost:9901/server_info | grep state | grep -q LIVE"], "interval": 5, "timeout": 2, "retries": 3, "startPeriod": 10 },
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": { "awslogs-group": "/ecs/orders-api", "awslogs-region": "ap-southeast-1", "awslogs-stream-prefix": "envoy" }
      }
    },
    {
      "name": "log-router",
      "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4",
      "essential": true,
      "firelensConfiguration": { "type": "fluentbit", "options": { "enable-ecs-log-metadata": "true" } },
      "memoryReservation": 50,
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": { "awslogs-group": "/ecs/orders-api", "awslogs-region": "ap-southeast-1", "awslogs-stream-prefix": "firelens" }
      }
    }
  ],
  "volumes": [{ "name": "tmp" }],
  "tags": [{ "key": "service", "value": "orders" }]
}
`;

/** The real document and where it came from. */
export function realDocument(root: string): { text: string; source: string } {
  const p = path.resolve(root, '..', 'shared', 'corpus', CORPUS_FILE);
  if (fs.existsSync(p)) return { text: fs.readFileSync(p, 'utf8'), source: `../shared/corpus/${CORPUS_FILE.split(path.sep).join('/')}` };
  return { text: HAND_WRITTEN, source: 'hand-written (scripts/bench/fixtures.ts; ../shared/corpus is absent)' };
}
