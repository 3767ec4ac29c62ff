/**
 * Field documentation for the task-level fields of a task definition (everything in
 * register-task-definition.fields.txt that is not inside `containerDefinitions[]`, plus the
 * `containerDefinitions` list itself). Written in our own words; facts from ECS-RULES.md, the ECS
 * API model and the AWS Developer Guide.
 */
import type { Bilingual, EnumDocTable, FieldDocTable } from './types';

const GUIDE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/';
const API = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/';
const TDP = `${GUIDE}task_definition_parameters.html`;

/** Joins Markdown lines. */
const md = (...lines: string[]): string => lines.join('\n');

// ---------------------------------------------------------------------------------------------
// Shared concept blocks
// ---------------------------------------------------------------------------------------------

const ROLE_TABLE: Bilingual = {
  en: md(
    '**Task role (`taskRoleArn`)**',
    '',
    '- Who uses it: Your application code in the containers (through the AWS SDK/CLI)',
    '- When: The whole time the task runs',
    '- Typical permissions: Whatever the app calls (S3, DynamoDB, SQS...), `ssmmessages:*` for ECS Exec, EFS IAM mounts, FireLens outputs to AWS',
    '- Where it is set: `taskRoleArn` in the task definition',
    '- Trusted principal: `ecs-tasks.amazonaws.com`',
    '',
    '**Task execution role (`executionRoleArn`)**',
    '',
    '- Who uses it: The ECS agent or Fargate, on your behalf',
    '- When: While the task starts (image pull, secrets, env files) and for log delivery',
    '- Typical permissions: ECR pull, `logs:CreateLogStream` / `logs:PutLogEvents`, `secretsmanager:GetSecretValue`, `ssm:GetParameters`, `kms:Decrypt`, `s3:GetObject` for env files',
    '- Where it is set: `executionRoleArn` in the task definition',
    '- Trusted principal: `ecs-tasks.amazonaws.com`',
    '',
    '**EC2 instance profile**',
    '',
    '- Who uses it: The ECS agent and Docker on the EC2 host itself',
    '- When: As long as the instance is in the cluster (registration, heartbeats)',
    '- Typical permissions: Managed policy `AmazonEC2ContainerServiceforEC2Role`',
    '- Where it is set: Launch template / Auto Scaling group of the instances, never in a task definition',
    '- Trusted principal: `ec2.amazonaws.com`',
  ),
  vi: md(
    '**Task role (`taskRoleArn`)**',
    '',
    '- Ai dùng: Code ứng dụng trong container (qua AWS SDK/CLI)',
    '- Khi nào: Suốt thời gian task chạy',
    '- Quyền thường cần: Những gì ứng dụng gọi (S3, DynamoDB, SQS...), `ssmmessages:*` cho ECS Exec, mount EFS bằng IAM, FireLens đẩy log sang dịch vụ AWS',
    '- Khai báo ở đâu: `taskRoleArn` trong task definition',
    '- Principal được tin cậy: `ecs-tasks.amazonaws.com`',
    '',
    '**Task execution role (`executionRoleArn`)**',
    '',
    '- Ai dùng: ECS agent hoặc Fargate, thay mặt bạn',
    '- Khi nào: Lúc khởi động task (kéo image, đọc secret, env file) và khi đẩy log',
    '- Quyền thường cần: Kéo image ECR, `logs:CreateLogStream` / `logs:PutLogEvents`, `secretsmanager:GetSecretValue`, `ssm:GetParameters`, `kms:Decrypt`, `s3:GetObject` cho env file',
    '- Khai báo ở đâu: `executionRoleArn` trong task definition',
    '- Principal được tin cậy: `ecs-tasks.amazonaws.com`',
    '',
    '**EC2 instance profile**',
    '',
    '- Ai dùng: ECS agent và Docker trên chính máy EC2',
    '- Khi nào: Suốt thời gian instance nằm trong cluster (đăng ký, heartbeat)',
    '- Quyền thường cần: Managed policy `AmazonEC2ContainerServiceforEC2Role`',
    '- Khai báo ở đâu: Launch template / Auto Scaling group của instance, không bao giờ trong task definition',
    '- Principal được tin cậy: `ec2.amazonaws.com`',
  ),
};

/** The two beliefs of the study note that the role hovers correct (execution role on Fargate, secrets). */
const ROLE_MISCONCEPTIONS: Bilingual = {
  en: md(
    '**Common misconceptions**',
    '',
    '- *"On Fargate only the task role is needed."* Fargate has no instance profile, so the execution role does there what the instance profile does on EC2: pull the image from private ECR and deliver `awslogs` logs. Most Fargate tasks therefore need **both** roles: the execution role for ECS, the task role for your code.',
    '- *"The instance profile reads the secrets."* Injecting `secrets` (Secrets Manager, SSM Parameter Store) always uses the **execution role**, on EC2 as on Fargate, never the instance profile.',
    '- The instance profile does pull ECR images and write logs on EC2, but only for a task *without* an execution role: that fallback is why some notes list those jobs under the instance profile.',
  ),
  vi: md(
    '**Hiểu nhầm thường gặp**',
    '',
    '- *"Trên Fargate chỉ cần task role."* Fargate không có instance profile, nên ở đó execution role làm phần việc mà instance profile làm trên EC2: kéo image từ ECR riêng tư và đẩy log `awslogs`. Vì vậy phần lớn task Fargate cần **cả hai** role: execution role cho ECS, task role cho code của bạn.',
    '- *"Instance profile đọc secret."* Việc đưa `secrets` (Secrets Manager, SSM Parameter Store) vào container luôn dùng **execution role**, trên EC2 cũng như trên Fargate, không bao giờ dùng instance profile.',
    '- Trên EC2, instance profile đúng là có kéo image ECR và ghi log, nhưng chỉ cho task *không có* execution role: vì cách dùng thay thế này mà một số ghi chú xếp các việc đó vào instance profile.',
  ),
};

/**
 * The mental model a learner needs before the fields make sense, correcting "task definition = Dockerfile,
 * task = container, cluster = the tasks". Shown on `family` and `containerDefinitions`.
 */
const MENTAL_MODEL: Bilingual = {
  en: md(
    '**The ECS building blocks, compared with Docker**',
    '',
    '| ECS | Think of it as | Defined by |',
    '|---|---|---|',
    '| Image | What `docker build` makes from a Dockerfile | Your Dockerfile, pushed to a registry such as ECR |',
    '| Task definition | A compose file: 1 to 10 containers that always run together, with their cpu/memory, ports, roles and volumes | This file (`register-task-definition`); each registration is a new revision |',
    '| Task | One running copy of a task definition | `run-task`, or a service |',
    '| Service | Keeps N tasks running (`desiredCount`), replaces those that stop, and registers them behind a load balancer | `create-service` (a service definition) |',
    '| Cluster | The pool of capacity the tasks run on: EC2 instances, Fargate, or both | `create-cluster` |',
    '',
    'So a task definition is not a Dockerfile (that builds the image) and a task is not a container (a task holds up to 10 of them).',
  ),
  vi: md(
    '**Các khối cơ bản của ECS, so với Docker**',
    '',
    '| ECS | Hình dung như | Khai báo ở đâu |',
    '|---|---|---|',
    '| Image | Thứ mà `docker build` tạo ra từ Dockerfile | Dockerfile của bạn, đẩy lên một registry như ECR |',
    '| Task definition | Một file compose: 1 đến 10 container luôn chạy cùng nhau, kèm cpu/memory, port, role và volume | Chính file này (`register-task-definition`); mỗi lần đăng ký là một revision mới |',
    '| Task | Một bản đang chạy của task definition | `run-task`, hoặc một service |',
    '| Service | Giữ cho N task luôn chạy (`desiredCount`), thay task bị dừng, và đăng ký chúng sau load balancer | `create-service` (một service definition) |',
    '| Cluster | Nhóm capacity mà task chạy trên đó: EC2 instance, Fargate, hoặc cả hai | `create-cluster` |',
    '',
    'Vì vậy task definition không phải Dockerfile (Dockerfile dùng để build image), và task không phải một container (một task chứa tối đa 10 container).',
  ),
};

/** How launch types work underneath: agent, instance profile, cluster; and what `requiresCompatibilities` does not do. */
const LAUNCH_TYPE_MECHANICS: Bilingual = {
  en: md(
    '**Underneath.** A **cluster** is a named pool of capacity that tasks and services run on: EC2 instances you add, Fargate capacity AWS provides, or both. On EC2, every instance runs the **ECS agent**, which registers the instance into the cluster using the instance\'s IAM role (the **instance profile**) and then starts the tasks ECS places there. On Fargate there is no agent or instance for you to manage.',
    '',
    '**This field only drives validation.** It does not choose where a task runs: the `launchType` or `capacityProviderStrategy` of the service (or of `run-task`) does. ECS also computes a read-only `compatibilities` list, the launch types the definition actually meets; a launch type missing from `requiresCompatibilities` can still be used when it is in that list, but only a listed one is checked at registration.',
  ),
  vi: md(
    '**Cơ chế bên dưới.** **Cluster** là một nhóm capacity có tên, nơi task và service chạy: các EC2 instance bạn thêm vào, capacity Fargate do AWS cung cấp, hoặc cả hai. Trên EC2, mỗi instance chạy **ECS agent**; agent dùng IAM role của instance (**instance profile**) để đăng ký instance vào cluster, rồi khởi động các task mà ECS đặt lên đó. Trên Fargate không có agent hay instance nào để bạn quản lý.',
    '',
    '**Trường này chỉ dùng để kiểm tra.** Nó không quyết định task chạy ở đâu: `launchType` hoặc `capacityProviderStrategy` của service (hoặc của `run-task`) mới quyết định. ECS còn tự tính trường chỉ đọc `compatibilities`, gồm các launch type mà task definition thật sự thỏa; launch type không có trong `requiresCompatibilities` vẫn dùng được khi nó có trong danh sách đó, nhưng chỉ launch type được liệt kê mới được kiểm tra lúc đăng ký.',
  ),
};

const FARGATE_SIZE_TABLE: Bilingual = {
  en: md(
    '| `cpu` | `memory` (MiB) |',
    '|---|---|',
    '| `256` (.25 vCPU) | 512, 1024, 2048 |',
    '| `512` (.5 vCPU) | 1024 to 4096, step 1024 |',
    '| `1024` (1 vCPU) | 2048 to 8192, step 1024 |',
    '| `2048` (2 vCPU) | 4096 to 16384, step 1024 |',
    '| `4096` (4 vCPU) | 8192 to 30720, step 1024 |',
    '| `8192` (8 vCPU, Linux platform 1.4.0+) | 16384 to 61440, step 4096 |',
    '| `16384` (16 vCPU, Linux platform 1.4.0+) | 32768 to 122880, step 8192 |',
  ),
  vi: md(
    '| `cpu` | `memory` (MiB) |',
    '|---|---|',
    '| `256` (.25 vCPU) | 512, 1024, 2048 |',
    '| `512` (.5 vCPU) | 1024 đến 4096, bước 1024 |',
    '| `1024` (1 vCPU) | 2048 đến 8192, bước 1024 |',
    '| `2048` (2 vCPU) | 4096 đến 16384, bước 1024 |',
    '| `4096` (4 vCPU) | 8192 đến 30720, bước 1024 |',
    '| `8192` (8 vCPU, Linux platform 1.4.0+) | 16384 đến 61440, bước 4096 |',
    '| `16384` (16 vCPU, Linux platform 1.4.0+) | 32768 đến 122880, bước 8192 |',
  ),
};

const SIZE_NOTES: Bilingual = {
  en: md(
    '',
    '- Unit strings are accepted and converted at registration: `"1 vCPU"`, `".25 vcpu"`, `"2 GB"`, `"0.5gb"` (case-insensitive, space optional). Plain numbers must still be strings for the AWS CLI (`"1024"`, not `1024`).',
    '- Windows on Fargate: `cpu` only `1024`, `2048` or `4096`, with memory 2048 to 8192, 4096 to 16384 and 8192 to 30720 MiB respectively (steps of 1024): at least 1 vCPU and 2 GB.',
    '- On EC2 both are optional: they cap the whole task, and the containers\' own `cpu` / `memory` must fit inside them. Windows containers on EC2 ignore the task-level values, so set them per container.',
  ),
  vi: md(
    '',
    '- Chuỗi có đơn vị được chấp nhận và quy đổi lúc đăng ký: `"1 vCPU"`, `".25 vcpu"`, `"2 GB"`, `"0.5gb"` (không phân biệt hoa thường, khoảng trắng tùy ý). Số thuần vẫn phải là chuỗi với AWS CLI (`"1024"`, không phải `1024`).',
    '- Windows trên Fargate: `cpu` chỉ được `1024`, `2048` hoặc `4096`, memory tương ứng 2048 đến 8192, 4096 đến 16384 và 8192 đến 30720 MiB (bước 1024): tối thiểu 1 vCPU và 2 GB.',
    '- Trên EC2 cả hai đều tùy chọn: chúng là trần cho cả task, và `cpu` / `memory` của từng container phải nằm gọn trong đó. Container Windows trên EC2 bỏ qua giá trị ở mức task, nên hãy đặt cho từng container.',
  ),
};

const sizeConcept = (introEn: string, introVi: string): Bilingual => ({
  en: md(introEn, '', '**Valid Fargate combinations (Linux):**', '', FARGATE_SIZE_TABLE.en, SIZE_NOTES.en),
  vi: md(introVi, '', '**Các cặp hợp lệ trên Fargate (Linux):**', '', FARGATE_SIZE_TABLE.vi, SIZE_NOTES.vi),
});

// ---------------------------------------------------------------------------------------------
// Field docs
// ---------------------------------------------------------------------------------------------

export const taskFieldDocs: FieldDocTable = {
  family: {
    summary: {
      en: "The name of the task definition. Every registration under the same `family` creates a new revision (`my-app:1`, `my-app:2`, ...); services and `run-task` refer to `family` (latest active revision) or `family:revision`.",
      vi: "Tên của task definition. Mỗi lần đăng ký cùng một `family` sẽ tạo ra một revision mới (`my-app:1`, `my-app:2`, ...); service và `run-task` tham chiếu tới `family` (revision active mới nhất) hoặc `family:revision`.",
    },
    limits: {
      en: 'Required. 1 to 255 characters: letters, digits, `_` and `-`.',
      vi: 'Bắt buộc. 1 đến 255 ký tự: chữ cái, chữ số, `_` và `-`.',
    },
    example: '"family": "orders-api"',
    link: `${TDP}#family`,
    concept: MENTAL_MODEL,
  },

  taskRoleArn: {
    summary: {
      en: 'The IAM role whose temporary credentials the *application inside the containers* receives, so your code can call AWS APIs (S3, DynamoDB, SQS, ...) without access keys. Accepts a role name or a full role ARN.',
      vi: 'IAM role mà *ứng dụng bên trong container* nhận credential tạm thời, để code gọi AWS API (S3, DynamoDB, SQS, ...) mà không cần access key. Nhận tên role hoặc ARN đầy đủ của role.',
    },
    default: {
      en: 'None: the containers get no task credentials. On EC2 they might still reach the instance profile through the instance metadata service unless you block it (`ECS_AWSVPC_BLOCK_IMDS=true` in the agent configuration for `awsvpc` tasks; for `bridge` tasks, an iptables rule on the instance that drops traffic from the Docker bridge to `169.254.169.254`; `host` tasks cannot be blocked), which is why an explicit task role is the better practice.',
      vi: 'Không có: container không nhận credential nào của task. Trên EC2, container vẫn có thể lấy credential của instance profile qua instance metadata service nếu bạn không chặn (đặt `ECS_AWSVPC_BLOCK_IMDS=true` trong cấu hình agent cho task `awsvpc`; với task `bridge`, thêm trên instance một rule iptables chặn traffic từ Docker bridge tới `169.254.169.254`; task `host` thì không chặn được), vì vậy khai báo task role rõ ràng là cách làm đúng.',
    },
    limits: {
      en: 'A role name, or `arn:PARTITION:iam::ACCOUNT_ID:role/[path/]name` (partition `aws`, `aws-cn`, `aws-us-gov`, ...). An `instance-profile/` ARN is a mistake here.',
      vi: 'Tên role, hoặc `arn:PARTITION:iam::ACCOUNT_ID:role/[path/]name` (partition `aws`, `aws-cn`, `aws-us-gov`, ...). ARN dạng `instance-profile/` đặt ở đây là sai.',
    },
    launchTypeNote: {
      en: 'Windows on EC2: the instance must be started with the task IAM role feature enabled (`-EnableTaskIAMRole` in the ECS-optimized Windows AMI setup).',
      vi: 'Windows trên EC2: instance phải được khởi tạo với tính năng task IAM role (`-EnableTaskIAMRole` khi cấu hình ECS-optimized Windows AMI).',
    },
    example: '"taskRoleArn": "arn:aws:iam::123456789012:role/orders-api-task-role"',
    link: `${TDP}#task_role_arn`,
    concept: {
      en: md(
        'An ECS task can involve **three different IAM identities**, and mixing them up is the most common ECS permission bug.',
        '',
        '- The **task role** is for *your code*. The AWS SDK in the container finds its credentials automatically (ECS serves them at a link-local endpoint announced in `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`). Give it only what the application calls: e.g. `s3:GetObject` on one bucket.',
        '- It is also the role that needs `ssmmessages:CreateControlChannel`, `CreateDataChannel`, `OpenControlChannel` and `OpenDataChannel` for **ECS Exec**, `elasticfilesystem:ClientMount` / `ClientWrite` when an EFS volume uses `iam: ENABLED`, and write access to Firehose/Kinesis/CloudWatch/S3 when **FireLens** sends logs to AWS.',
        '- The **execution role** (`executionRoleArn`) is for ECS itself, to *start* the task; the **instance profile** is for the EC2 host.',
        '',
        ROLE_TABLE.en,
        '',
        'Least privilege: use two different roles for the two fields; the same role in both gives the app the rights to read every secret of the task.',
        '',
        'Example: on one EC2 instance, task A writes to S3 and task B queries DynamoDB. Give each its own task role (`s3:PutObject` for A, `dynamodb:Query` for B); the instance profile is shared by everything on the instance and could not keep them apart.',
        '',
        ROLE_MISCONCEPTIONS.en,
      ),
      vi: md(
        'Một task ECS có thể liên quan tới **ba danh tính IAM khác nhau**, và nhầm lẫn giữa chúng là lỗi phân quyền ECS phổ biến nhất.',
        '',
        '- **Task role** dành cho *code của bạn*. AWS SDK trong container tự tìm thấy credential (ECS cung cấp qua một endpoint link-local, được báo trong biến `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`). Chỉ cấp đúng những gì ứng dụng gọi: ví dụ `s3:GetObject` trên một bucket.',
        '- Đây cũng là role cần `ssmmessages:CreateControlChannel`, `CreateDataChannel`, `OpenControlChannel` và `OpenDataChannel` cho **ECS Exec**, cần `elasticfilesystem:ClientMount` / `ClientWrite` khi volume EFS dùng `iam: ENABLED`, và cần quyền ghi vào Firehose/Kinesis/CloudWatch/S3 khi **FireLens** đẩy log sang AWS.',
        '- **Execution role** (`executionRoleArn`) dành cho chính ECS, để *khởi động* task; **instance profile** dành cho máy EC2.',
        '',
        ROLE_TABLE.vi,
        '',
        'Nguyên tắc least privilege: dùng hai role khác nhau cho hai trường; dùng cùng một role cho cả hai nghĩa là ứng dụng cũng đọc được mọi secret của task.',
        '',
        'Ví dụ: trên cùng một EC2 instance, task A ghi vào S3 còn task B truy vấn DynamoDB. Hãy cho mỗi task một task role riêng (`s3:PutObject` cho A, `dynamodb:Query` cho B); instance profile thì dùng chung cho mọi thứ trên instance nên không tách được hai quyền này.',
        '',
        ROLE_MISCONCEPTIONS.vi,
      ),
    },
  },

  executionRoleArn: {
    summary: {
      en: 'The IAM role that the ECS agent (or Fargate) uses to prepare and serve your containers, not for your code: it pulls private images from ECR, sends logs to CloudWatch Logs, and reads `secrets`, `repositoryCredentials` and S3 `environmentFiles`. Your application code never sees these credentials.',
      vi: 'IAM role mà ECS agent (hoặc Fargate) dùng để chuẩn bị và phục vụ container, không phải cho code của bạn: kéo image từ ECR riêng tư, đẩy log lên CloudWatch Logs, đọc `secrets`, `repositoryCredentials` và `environmentFiles` trên S3. Code ứng dụng không bao giờ thấy credential này.',
    },
    default: {
      en: 'None. Then Fargate cannot pull private ECR images or use `awslogs`, and no launch type can inject `secrets`; on EC2 the agent falls back to the instance profile for ECR pulls and logs.',
      vi: 'Không có. Khi đó Fargate không kéo được image ECR riêng tư, không dùng được `awslogs`, và không launch type nào inject được `secrets`; trên EC2, agent dùng tạm instance profile để kéo image ECR và ghi log.',
    },
    limits: {
      en: 'A role name, or `arn:PARTITION:iam::ACCOUNT_ID:role/[path/]name`. An `instance-profile/` ARN is a mistake here.',
      vi: 'Tên role, hoặc `arn:PARTITION:iam::ACCOUNT_ID:role/[path/]name`. ARN dạng `instance-profile/` đặt ở đây là sai.',
    },
    example: '"executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"',
    link: `${TDP}#execution_role_arn`,
    concept: {
      en: md(
        'The execution role answers the question "how does ECS get *my* image, logs and secrets ready before my code runs?". It is **required** when:',
        '',
        '- the task runs on Fargate and pulls an image from private ECR (`ACCOUNT.dkr.ecr.REGION.amazonaws.com/...`);',
        '- the task runs on Fargate or ECS Anywhere and a container logs with `awslogs`;',
        '- any container uses `secrets`, `logConfiguration.secretOptions`, `repositoryCredentials`, `environmentFiles`, or a FireLens config file from S3.',
        '',
        'Typical policy: the managed `AmazonECSTaskExecutionRolePolicy` (ECR pull: `ecr:GetAuthorizationToken`, `ecr:BatchCheckLayerAvailability`, `ecr:GetDownloadUrlForLayer`, `ecr:BatchGetImage`; logs: `logs:CreateLogStream`, `logs:PutLogEvents`), plus `logs:CreateLogGroup` if `awslogs-create-group` is `"true"`, `secretsmanager:GetSecretValue` / `ssm:GetParameters` on the exact secrets, `kms:Decrypt` for customer-managed keys, and `s3:GetObject` + `s3:GetBucketLocation` for environment files.',
        '',
        ROLE_TABLE.en,
        '',
        'Tip: names that look swapped (an execution role called `...TaskRole`) usually mean the two ARNs were pasted into the wrong fields.',
        '',
        ROLE_MISCONCEPTIONS.en,
      ),
      vi: md(
        'Execution role trả lời câu hỏi "ECS lấy image, log và secret *của tôi* bằng quyền gì trước khi code chạy?". Role này **bắt buộc** khi:',
        '',
        '- task chạy trên Fargate và kéo image từ ECR riêng tư (`ACCOUNT.dkr.ecr.REGION.amazonaws.com/...`);',
        '- task chạy trên Fargate hoặc ECS Anywhere và có container ghi log bằng `awslogs`;',
        '- bất kỳ container nào dùng `secrets`, `logConfiguration.secretOptions`, `repositoryCredentials`, `environmentFiles`, hoặc file cấu hình FireLens lấy từ S3.',
        '',
        'Policy thường gặp: managed policy `AmazonECSTaskExecutionRolePolicy` (kéo image ECR: `ecr:GetAuthorizationToken`, `ecr:BatchCheckLayerAvailability`, `ecr:GetDownloadUrlForLayer`, `ecr:BatchGetImage`; log: `logs:CreateLogStream`, `logs:PutLogEvents`), thêm `logs:CreateLogGroup` nếu `awslogs-create-group` là `"true"`, `secretsmanager:GetSecretValue` / `ssm:GetParameters` trên đúng các secret, `kms:Decrypt` cho customer-managed key, và `s3:GetObject` + `s3:GetBucketLocation` cho environment file.',
        '',
        ROLE_TABLE.vi,
        '',
        'Mẹo: tên role có vẻ bị tráo (execution role tên `...TaskRole`) thường là dấu hiệu hai ARN bị dán nhầm chỗ.',
        '',
        ROLE_MISCONCEPTIONS.vi,
      ),
    },
  },

  networkMode: {
    summary: {
      en: 'How the containers of the task are connected to the network: `awsvpc` (own network interface per task), `bridge` (Docker bridge on the host), `host` (the host\'s network stack) or `none`.',
      vi: 'Cách các container của task được nối mạng: `awsvpc` (mỗi task một network interface riêng), `bridge` (Docker bridge trên host), `host` (dùng thẳng network stack của host) hoặc `none`.',
    },
    default: {
      en: '`bridge` on Linux EC2 (and ECS Anywhere); Docker\'s `default` (NAT) network on Windows EC2. Fargate has no default: `awsvpc` must be written. Managed Instances also need it explicitly (`awsvpc` or `host`).',
      vi: '`bridge` trên EC2 Linux (và ECS Anywhere); mạng `default` (NAT) của Docker trên EC2 Windows. Fargate không có mặc định: phải ghi rõ `awsvpc`. Managed Instances cũng phải khai báo rõ (`awsvpc` hoặc `host`).',
    },
    launchTypeNote: {
      en: 'Fargate: only `awsvpc`. Windows on EC2: `awsvpc` or the default. Managed Instances: `awsvpc` or `host`. ECS Anywhere: `bridge`, `host` or `none` (no `awsvpc`).',
      vi: 'Fargate: chỉ `awsvpc`. Windows trên EC2: `awsvpc` hoặc mặc định. Managed Instances: `awsvpc` hoặc `host`. ECS Anywhere: `bridge`, `host` hoặc `none` (không có `awsvpc`).',
    },
    example: '"networkMode": "awsvpc"',
    link: `${TDP}#network_mode`,
    concept: {
      en: md(
        'The network mode decides what "address" a task has, how ports are exposed and how a load balancer reaches it.',
        '',
        '- **`awsvpc`** — Network identity: Each task gets its own ENI: private IP and security groups of its own · Ports: `containerPort` is reachable directly; `hostPort` absent or equal; no port clashes between tasks · Target group type: `ip` · Where: Required on Fargate; EC2, Managed Instances',
        '- **`bridge`** — Network identity: Containers sit behind Docker\'s virtual bridge and share the instance IP · Ports: `hostPort` 0/absent = a dynamic host port, so many copies fit on one instance · Target group type: `instance` (with dynamic ports) · Where: Default on Linux EC2; ECS Anywhere',
        '- **`host`** — Network identity: Containers use the instance\'s network stack directly · Ports: `hostPort` = `containerPort`; one copy per instance per port · Target group type: `instance` · Where: EC2, ECS Anywhere, Managed Instances',
        '- **`none`** — Network identity: Loopback only, no outside network · Ports: No port mappings allowed · Target group type: none · Where: Isolated batch jobs',
        '',
        'With `awsvpc` you also pass `networkConfiguration.awsvpcConfiguration` (subnets, security groups) when creating the service or running the task. On EC2 each `awsvpc` task uses one ENI of the instance, so ENI limits (or ENI trunking) cap the task density. `host` and `awsvpc` give the best network performance; `bridge` is the classic choice for packing many copies of a web app behind an ALB on few instances.',
        '',
        'Load balancers follow from this: an `awsvpc` task registers by IP, which only ALB and NLB target groups of type `ip` accept. A Classic Load Balancer registers instances, so it cannot serve `awsvpc` tasks, and therefore never Fargate.',
      ),
      vi: md(
        'Network mode quyết định task có "địa chỉ" nào, port được mở ra sao và load balancer tới task bằng cách nào.',
        '',
        '- **`awsvpc`** — Danh tính mạng: Mỗi task có ENI riêng: IP private và security group riêng · Port: Truy cập thẳng `containerPort`; `hostPort` bỏ trống hoặc bằng nhau; các task không tranh port · Kiểu target group: `ip` · Dùng ở đâu: Bắt buộc trên Fargate; EC2, Managed Instances',
        '- **`bridge`** — Danh tính mạng: Container nằm sau bridge ảo của Docker và dùng chung IP của instance · Port: `hostPort` 0/bỏ trống = port động trên host, nên một instance chạy được nhiều bản · Kiểu target group: `instance` (với port động) · Dùng ở đâu: Mặc định trên EC2 Linux; ECS Anywhere',
        '- **`host`** — Danh tính mạng: Container dùng thẳng network stack của instance · Port: `hostPort` = `containerPort`; mỗi port chỉ một bản trên một instance · Kiểu target group: `instance` · Dùng ở đâu: EC2, ECS Anywhere, Managed Instances',
        '- **`none`** — Danh tính mạng: Chỉ có loopback, không ra ngoài mạng · Port: Không được khai báo port mapping · Kiểu target group: không có · Dùng ở đâu: Batch job cô lập',
        '',
        'Với `awsvpc`, bạn còn phải truyền `networkConfiguration.awsvpcConfiguration` (subnet, security group) khi tạo service hoặc chạy task. Trên EC2, mỗi task `awsvpc` chiếm một ENI của instance, nên giới hạn ENI (hoặc ENI trunking) quyết định số task tối đa. `host` và `awsvpc` cho hiệu năng mạng tốt nhất; `bridge` là lựa chọn kinh điển để xếp nhiều bản của một web app sau ALB trên ít instance.',
        '',
        'Từ đó suy ra chuyện load balancer: task `awsvpc` đăng ký bằng IP, mà chỉ target group loại `ip` của ALB và NLB nhận kiểu này. Classic Load Balancer đăng ký theo instance, nên không phục vụ được task `awsvpc`, và vì vậy không bao giờ dùng được với Fargate.',
      ),
    },
  },

  containerDefinitions: {
    summary: {
      en: 'The list of containers that make up the task: image, ports, environment, logging, health check and so on for each. Containers of one task are always placed together and share the task\'s network and storage.',
      vi: 'Danh sách các container tạo nên task: mỗi container có image, port, biến môi trường, cấu hình log, health check, v.v. Các container của một task luôn được đặt cùng chỗ và dùng chung mạng, storage của task.',
    },
    limits: {
      en: 'Required. 1 to 10 containers; names unique within the task; at least one container must be `essential` (the default).',
      vi: 'Bắt buộc. 1 đến 10 container; tên không trùng nhau trong task; phải có ít nhất một container `essential` (mặc định là có).',
    },
    example: md(
      '"containerDefinitions": [',
      '  {',
      '    "name": "web",',
      '    "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2",',
      '    "essential": true,',
      '    "portMappings": [{ "containerPort": 8080 }]',
      '  }',
      ']',
    ),
    link: `${TDP}#container_definitions`,
    concept: MENTAL_MODEL,
  },

  // ----- volumes ------------------------------------------------------------------------------

  volumes: {
    summary: {
      en: 'Data volumes the task provides to its containers. Each volume gets a `name` here and is mounted into containers through `mountPoints[].sourceVolume` (or shared with `volumesFrom`).',
      vi: 'Các data volume mà task cung cấp cho container. Mỗi volume được đặt `name` ở đây và được mount vào container qua `mountPoints[].sourceVolume` (hoặc chia sẻ bằng `volumesFrom`).',
    },
    default: {
      en: 'No volumes: containers only have their own writable layer (task ephemeral storage).',
      vi: 'Không có volume: container chỉ có lớp ghi riêng của nó (ephemeral storage của task).',
    },
    limits: {
      en: 'Each volume sets `name` plus at most one of `host`, `dockerVolumeConfiguration`, `efsVolumeConfiguration`, `fsxWindowsFileServerVolumeConfiguration`, `s3filesVolumeConfiguration` or `configuredAtLaunch: true`; at most one volume configured at launch.',
      vi: 'Mỗi volume có `name` và tối đa một trong các kiểu `host`, `dockerVolumeConfiguration`, `efsVolumeConfiguration`, `fsxWindowsFileServerVolumeConfiguration`, `s3filesVolumeConfiguration` hoặc `configuredAtLaunch: true`; tối đa một volume cấu hình lúc launch.',
    },
    example: md(
      '"volumes": [',
      '  { "name": "scratch", "host": {} },',
      '  { "name": "shared-data", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED" } }',
      ']',
    ),
    link: `${TDP}#volumes`,
    concept: {
      en: md(
        'Containers are disposable: whatever they write into their own filesystem disappears with the task. A volume is how you keep or share data. Pick by **lifetime** and **who must see the data**:',
        '',
        '- **Task scratch space** — Field: `host: {}` (no `sourcePath`) · Lifetime: Ends with the task · Shared by: Containers of the same task · Launch types: All (on Fargate it uses the task\'s `ephemeralStorage`)',
        '- **Bind mount** — Field: `host.sourcePath` · Lifetime: Stays on that one instance · Shared by: Tasks on the same instance · Launch types: EC2, ECS Anywhere',
        '- **Docker volume** — Field: `dockerVolumeConfiguration` · Lifetime: `task` or `shared` scope; plugin drivers · Shared by: Tasks on the same instance · Launch types: EC2, ECS Anywhere',
        '- **Amazon EFS** — Field: `efsVolumeConfiguration` · Lifetime: Persistent, independent of tasks · Shared by: Any number of tasks, across AZs · Launch types: Fargate (1.4.0+), EC2 Linux',
        '- **Amazon EBS** — Field: `configuredAtLaunch: true` · Lifetime: One volume per task, created at launch (optionally from a snapshot) · Shared by: One task · Launch types: Fargate, EC2',
        '- **FSx for Windows File Server** — Field: `fsxWindowsFileServerVolumeConfiguration` · Lifetime: Persistent SMB share · Shared by: Windows tasks · Launch types: EC2 Windows',
        '',
        'Rule of thumb: scratch files go to ephemeral storage, per-task high-IOPS data to EBS, and data that several tasks or a restarted task must see to EFS. Fargate + EFS is the serverless pair for shared, persistent files.',
      ),
      vi: md(
        'Container vốn chỉ tồn tại tạm thời (ephemeral): mọi thứ nó ghi vào file system của chính nó sẽ mất khi task dừng. Volume là cách để giữ lại hoặc chia sẻ dữ liệu. Hãy chọn theo **vòng đời** và **ai cần thấy dữ liệu**:',
        '',
        '- **Vùng tạm của task** — Trường: `host: {}` (không có `sourcePath`) · Vòng đời: Mất khi task dừng · Chia sẻ giữa: Các container cùng task · Launch type: Tất cả (trên Fargate dùng `ephemeralStorage` của task)',
        '- **Bind mount** — Trường: `host.sourcePath` · Vòng đời: Nằm lại trên đúng instance đó · Chia sẻ giữa: Các task trên cùng instance · Launch type: EC2, ECS Anywhere',
        '- **Docker volume** — Trường: `dockerVolumeConfiguration` · Vòng đời: Scope `task` hoặc `shared`; có driver plugin · Chia sẻ giữa: Các task trên cùng instance · Launch type: EC2, ECS Anywhere',
        '- **Amazon EFS** — Trường: `efsVolumeConfiguration` · Vòng đời: Bền vững, độc lập với task · Chia sẻ giữa: Bao nhiêu task cũng được, xuyên AZ · Launch type: Fargate (1.4.0+), EC2 Linux',
        '- **Amazon EBS** — Trường: `configuredAtLaunch: true` · Vòng đời: Mỗi task một volume, tạo lúc launch (có thể từ snapshot) · Chia sẻ giữa: Một task · Launch type: Fargate, EC2',
        '- **FSx for Windows File Server** — Trường: `fsxWindowsFileServerVolumeConfiguration` · Vòng đời: SMB share bền vững · Chia sẻ giữa: Task Windows · Launch type: EC2 Windows',
        '',
        'Quy tắc nhanh: file tạm để ở ephemeral storage, dữ liệu riêng từng task cần IOPS cao dùng EBS, còn dữ liệu mà nhiều task hoặc task khởi động lại phải thấy thì dùng EFS. Fargate + EFS là cặp đôi serverless cho file dùng chung và bền vững.',
      ),
    },
  },

  'volumes[]': {
    summary: {
      en: 'One volume: a `name` and the kind of storage behind it (`host`, Docker volume, EFS, FSx for Windows, S3 Files, or EBS configured at launch).',
      vi: 'Một volume: gồm `name` và loại storage phía sau (`host`, Docker volume, EFS, FSx for Windows, S3 Files, hoặc EBS cấu hình lúc launch).',
    },
    default: {
      en: 'A volume with only a `name` behaves like an empty `host` volume: Docker picks a directory, and the data is not guaranteed to outlive the task.',
      vi: 'Volume chỉ có `name` hoạt động như một volume `host` rỗng: Docker tự chọn thư mục, và dữ liệu không chắc còn sau khi task dừng.',
    },
    limits: {
      en: 'At most one storage kind per volume.',
      vi: 'Mỗi volume tối đa một loại storage.',
    },
    example: '{ "name": "cache", "host": {} }',
    link: `${API}API_Volume.html`,
  },

  'volumes[].name': {
    summary: {
      en: 'The volume\'s name, referenced by `mountPoints[].sourceVolume` in the containers. For a volume configured at launch it must also match the volume name in the service or `run-task` `volumeConfigurations`.',
      vi: 'Tên của volume, được container tham chiếu qua `mountPoints[].sourceVolume`. Với volume cấu hình lúc launch, tên này còn phải khớp với tên volume trong `volumeConfigurations` của service hoặc `run-task`.',
    },
    limits: {
      en: '1 to 255 characters: letters, digits, `_` and `-`. Required for EFS, S3 Files and volumes configured at launch; unique within the task.',
      vi: '1 đến 255 ký tự: chữ cái, chữ số, `_` và `-`. Bắt buộc với EFS, S3 Files và volume cấu hình lúc launch; không trùng nhau trong task.',
    },
    example: '"name": "app-data"',
    link: `${API}API_Volume.html#ECS-Type-Volume-name`,
  },

  'volumes[].host': {
    summary: {
      en: 'A bind-mount volume. With `sourcePath` it maps a directory of the host; empty (`{}`) it is a Docker-managed scratch directory that containers of the task can share.',
      vi: 'Volume kiểu bind mount. Có `sourcePath` thì ánh xạ một thư mục của host; để rỗng (`{}`) thì là thư mục tạm do Docker quản lý, các container trong task có thể dùng chung.',
    },
    launchTypeNote: {
      en: 'Fargate: allowed only without `sourcePath` (task scratch space). Windows: only whole directories on the same drive as `$env:ProgramData`.',
      vi: 'Fargate: chỉ được dùng khi không có `sourcePath` (vùng tạm của task). Windows: chỉ mount được nguyên thư mục trên cùng ổ đĩa với `$env:ProgramData`.',
    },
    example: '"host": { "sourcePath": "/var/log/myapp" }',
    link: `${API}API_HostVolumeProperties.html`,
  },

  'volumes[].host.sourcePath': {
    summary: {
      en: 'The path on the container instance to expose to the containers. The data stays there after the task stops, until someone deletes it; Docker creates the path if it does not exist.',
      vi: 'Đường dẫn trên container instance được đưa vào container. Dữ liệu nằm lại đó sau khi task dừng cho tới khi có người xóa; nếu đường dẫn chưa tồn tại, Docker sẽ tạo.',
    },
    default: {
      en: 'Absent: Docker chooses a host path, and the data may not persist.',
      vi: 'Bỏ trống: Docker tự chọn đường dẫn trên host, và dữ liệu có thể không được giữ lại.',
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: 'Not supported on Fargate. Host paths tie the task to one instance and expose the host: prefer EFS or EBS for real data.',
      vi: 'Không hỗ trợ trên Fargate. Đường dẫn host buộc task vào một instance và để lộ host: với dữ liệu thật, nên dùng EFS hoặc EBS.',
    },
    example: '"sourcePath": "/ecs/data"',
    link: `${API}API_HostVolumeProperties.html#ECS-Type-HostVolumeProperties-sourcePath`,
  },

  'volumes[].dockerVolumeConfiguration': {
    summary: {
      en: 'A Docker-managed volume (`docker volume create`), optionally backed by a volume driver plugin (NFS, REX-Ray, ...). Its `scope` decides whether it lives with the task or is shared and kept on the instance.',
      vi: 'Volume do Docker quản lý (`docker volume create`), có thể dùng driver plugin (NFS, REX-Ray, ...). `scope` quyết định volume sống cùng task hay được giữ lại trên instance để dùng chung.',
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: 'Not supported on Fargate. Windows containers support only the `local` driver.',
      vi: 'Không hỗ trợ trên Fargate. Container Windows chỉ hỗ trợ driver `local`.',
    },
    example: '"dockerVolumeConfiguration": { "scope": "shared", "autoprovision": true, "driver": "local" }',
    link: `${API}API_DockerVolumeConfiguration.html`,
  },

  'volumes[].dockerVolumeConfiguration.scope': {
    summary: {
      en: 'Lifetime of the Docker volume: `task` volumes are created when the task starts and removed when it stops; `shared` volumes survive the task and can be reused by later tasks on the same instance.',
      vi: 'Vòng đời của Docker volume: volume `task` được tạo khi task bắt đầu và bị xóa khi task dừng; volume `shared` tồn tại sau task và có thể được các task sau trên cùng instance dùng lại.',
    },
    default: { en: '`task`', vi: '`task`' },
    example: '"scope": "shared"',
    link: `${API}API_DockerVolumeConfiguration.html#ECS-Type-DockerVolumeConfiguration-scope`,
  },

  'volumes[].dockerVolumeConfiguration.autoprovision': {
    summary: {
      en: 'When `true`, ECS creates the Docker volume if it does not exist yet. Only meaningful with `scope: shared`.',
      vi: 'Khi là `true`, ECS sẽ tạo Docker volume nếu volume chưa tồn tại. Chỉ có ý nghĩa với `scope: shared`.',
    },
    default: {
      en: '`false`: a missing shared volume makes placement fail.',
      vi: '`false`: nếu volume shared chưa có thì việc đặt task sẽ thất bại.',
    },
    limits: {
      en: 'Only with `scope` `shared`.',
      vi: 'Chỉ dùng với `scope` là `shared`.',
    },
    link: `${API}API_DockerVolumeConfiguration.html#ECS-Type-DockerVolumeConfiguration-autoprovision`,
  },

  'volumes[].dockerVolumeConfiguration.driver': {
    summary: {
      en: 'The Docker volume driver name, exactly as Docker reports it (`docker plugin ls`); ECS also uses it to place the task on an instance that has the driver.',
      vi: 'Tên volume driver của Docker, đúng như Docker hiển thị (`docker plugin ls`); ECS còn dùng tên này để đặt task lên instance có cài driver đó.',
    },
    default: {
      en: 'Docker\'s built-in `local` driver.',
      vi: 'Driver `local` có sẵn của Docker.',
    },
    example: '"driver": "rexray/ebs"',
    link: `${API}API_DockerVolumeConfiguration.html#ECS-Type-DockerVolumeConfiguration-driver`,
  },

  'volumes[].dockerVolumeConfiguration.driverOpts': {
    summary: {
      en: 'Driver-specific options passed unchanged to the driver, like `docker volume create --opt`. For the `local` driver, `type`, `device` and `o` let you mount NFS, tmpfs and similar.',
      vi: 'Các tùy chọn riêng của driver, được chuyển nguyên vẹn cho driver, giống `docker volume create --opt`. Với driver `local`, các khóa `type`, `device` và `o` cho phép mount NFS, tmpfs, v.v.',
    },
    limits: {
      en: 'A map of string keys to string values.',
      vi: 'Một map từ khóa chuỗi sang giá trị chuỗi.',
    },
    example: '"driverOpts": { "type": "nfs", "device": ":/exports/data", "o": "addr=10.0.1.25,rw,nfsvers=4" }',
    link: `${API}API_DockerVolumeConfiguration.html#ECS-Type-DockerVolumeConfiguration-driverOpts`,
  },

  'volumes[].dockerVolumeConfiguration.driverOpts{key}': {
    summary: {
      en: 'The name of a driver option (for the `local` driver: `type`, `device`, `o`).',
      vi: 'Tên của một tùy chọn driver (với driver `local`: `type`, `device`, `o`).',
    },
    link: `${API}API_DockerVolumeConfiguration.html#ECS-Type-DockerVolumeConfiguration-driverOpts`,
  },

  'volumes[].dockerVolumeConfiguration.driverOpts{}': {
    summary: {
      en: 'The value of a driver option, always a string.',
      vi: 'Giá trị của một tùy chọn driver, luôn là chuỗi.',
    },
    link: `${API}API_DockerVolumeConfiguration.html#ECS-Type-DockerVolumeConfiguration-driverOpts`,
  },

  'volumes[].dockerVolumeConfiguration.labels': {
    summary: {
      en: 'Custom metadata (labels) attached to the Docker volume, like `docker volume create --label`.',
      vi: 'Metadata tùy ý (label) gắn vào Docker volume, giống `docker volume create --label`.',
    },
    limits: {
      en: 'A map of string keys to string values.',
      vi: 'Một map từ khóa chuỗi sang giá trị chuỗi.',
    },
    example: '"labels": { "team": "payments" }',
    link: `${API}API_DockerVolumeConfiguration.html#ECS-Type-DockerVolumeConfiguration-labels`,
  },

  'volumes[].dockerVolumeConfiguration.labels{key}': {
    summary: {
      en: 'A label name on the Docker volume.',
      vi: 'Tên một label trên Docker volume.',
    },
    link: `${API}API_DockerVolumeConfiguration.html#ECS-Type-DockerVolumeConfiguration-labels`,
  },

  'volumes[].dockerVolumeConfiguration.labels{}': {
    summary: {
      en: 'The value of a label, always a string.',
      vi: 'Giá trị của một label, luôn là chuỗi.',
    },
    link: `${API}API_DockerVolumeConfiguration.html#ECS-Type-DockerVolumeConfiguration-labels`,
  },

  'volumes[].efsVolumeConfiguration': {
    summary: {
      en: 'Mounts an Amazon EFS file system (managed NFS) into the task: persistent storage that many tasks, on Fargate or EC2 and in several Availability Zones, can read and write at the same time.',
      vi: 'Mount một file system Amazon EFS (NFS được quản lý) vào task: storage bền vững mà nhiều task, trên Fargate hay EC2 và ở nhiều Availability Zone, cùng đọc ghi được một lúc.',
    },
    launchTypeNote: {
      en: 'Fargate: platform version 1.4.0 or later. Not supported for Windows containers. On EC2, use a recent ECS-optimized AMI (it ships the EFS mount helper).',
      vi: 'Fargate: platform version 1.4.0 trở lên. Không hỗ trợ container Windows. Trên EC2, dùng ECS-optimized AMI đời mới (có sẵn EFS mount helper).',
    },
    example: md(
      '"efsVolumeConfiguration": {',
      '  "fileSystemId": "fs-0123456789abcdef0",',
      '  "transitEncryption": "ENABLED",',
      '  "authorizationConfig": { "accessPointId": "fsap-0123456789abcdef0", "iam": "ENABLED" }',
      '}',
    ),
    link: `${GUIDE}efs-volumes.html`,
    concept: {
      en: md(
        '**When EFS fits:** data that must outlive a task, be shared by several tasks at once, or follow tasks across Availability Zones: uploaded files, CMS content, shared models or config, ML checkpoints. On Fargate, where there is no host disk to keep, EFS is *the* persistent shared store.',
        '',
        '**Using it takes two steps:** declare the volume here, then mount it in every container that needs it with `mountPoints` (`sourceVolume` = this volume\'s `name`, plus a `containerPath`). **What you get:** elastic storage that grows and shrinks with what you store and is billed for that use, with nothing to provision; one file system shared by the containers of a task, by many tasks, and across Availability Zones. **The trade-off:** it is network storage, so every read and write has a higher latency than a local or EBS disk.',
        '',
        '**When something else fits better:** scratch files go to ephemeral storage (free up to 20 GiB on Fargate, `ephemeralStorage` for more); a database or other single-writer, latency-sensitive data is better on an EBS volume configured at launch (one volume per task); host bind mounts only make sense on EC2 when the data belongs to that instance.',
        '',
        '**Security settings to get right:**',
        '- `transitEncryption: ENABLED` encrypts NFS traffic with TLS. Leaving it off is a finding in checkov / Trivy, and it is mandatory with an access point or IAM authorization.',
        '- An **access point** (`authorizationConfig.accessPointId`) fixes the root directory and the POSIX user/group the app uses, so one file system can serve several apps safely; `rootDirectory` must then be absent or `/`.',
        '- **IAM authorization** (`iam: ENABLED`) mounts with the **task role**, so the EFS file system policy can allow `elasticfilesystem:ClientMount` / `ClientWrite` to exactly that role.',
        '',
        'Networking: the file system needs a mount target in each AZ your tasks use, and its security group must allow NFS (TCP 2049) from the tasks.',
      ),
      vi: md(
        '**Khi nào EFS phù hợp:** dữ liệu phải tồn tại lâu hơn task, được nhiều task dùng chung cùng lúc, hoặc đi theo task qua nhiều Availability Zone: file người dùng upload, nội dung CMS, model hay config dùng chung, checkpoint ML. Trên Fargate, nơi không có ổ đĩa host để giữ dữ liệu, EFS *chính là* nơi lưu trữ bền vững dùng chung.',
        '',
        '**Dùng EFS gồm hai bước:** khai báo volume ở đây, rồi mount nó vào từng container cần dùng bằng `mountPoints` (`sourceVolume` = `name` của volume này, kèm một `containerPath`). **Bạn được gì:** storage co giãn tự động theo lượng dữ liệu thực có và tính tiền theo mức dùng đó, không cần cấp phát trước; một file system dùng chung cho các container trong task, cho nhiều task và qua nhiều Availability Zone. **Đổi lại:** đây là storage qua mạng, nên mỗi lần đọc ghi có độ trễ cao hơn ổ đĩa local hay EBS.',
        '',
        '**Khi nào nên chọn thứ khác:** file tạm để ở ephemeral storage (Fargate cho sẵn 20 GiB, cần hơn thì dùng `ephemeralStorage`); database hay dữ liệu chỉ một nơi ghi, nhạy với độ trễ thì hợp với EBS volume cấu hình lúc launch (mỗi task một volume); bind mount trên host chỉ hợp lý trên EC2 khi dữ liệu thuộc về chính instance đó.',
        '',
        '**Các thiết lập bảo mật cần làm đúng:**',
        '- `transitEncryption: ENABLED` bật mã hóa khi truyền (transit encryption): traffic NFS đi qua TLS. Tắt nó sẽ bị checkov / Trivy cảnh báo, và nó bắt buộc khi dùng access point hoặc IAM authorization.',
        '- **Access point** (`authorizationConfig.accessPointId`) cố định thư mục gốc và user/group POSIX mà ứng dụng dùng, để một file system phục vụ an toàn nhiều ứng dụng; khi đó `rootDirectory` phải bỏ trống hoặc là `/`.',
        '- **IAM authorization** (`iam: ENABLED`) mount bằng **task role**, nhờ vậy file system policy của EFS có thể cấp `elasticfilesystem:ClientMount` / `ClientWrite` cho đúng role đó.',
        '',
        'Về mạng: file system cần mount target ở mỗi AZ mà task dùng, và security group của nó phải mở NFS (TCP 2049) cho task.',
      ),
    },
  },

  'volumes[].efsVolumeConfiguration.fileSystemId': {
    summary: {
      en: 'The ID of the EFS file system to mount.',
      vi: 'ID của file system EFS cần mount.',
    },
    limits: {
      en: 'Required. `fs-` followed by hexadecimal characters.',
      vi: 'Bắt buộc. `fs-` theo sau là các ký tự hexa.',
    },
    example: '"fileSystemId": "fs-0123456789abcdef0"',
    link: `${API}API_EFSVolumeConfiguration.html#ECS-Type-EFSVolumeConfiguration-fileSystemId`,
  },

  'volumes[].efsVolumeConfiguration.rootDirectory': {
    summary: {
      en: 'The directory of the file system to mount as the volume\'s root. With an access point, leave it out: the access point\'s own path applies.',
      vi: 'Thư mục trong file system được mount làm gốc của volume. Khi dùng access point thì bỏ trường này: đường dẫn của access point sẽ được áp dụng.',
    },
    default: {
      en: '`/` (the file system root).',
      vi: '`/` (gốc của file system).',
    },
    limits: {
      en: 'Absent or `/` when `authorizationConfig.accessPointId` is set.',
      vi: 'Phải bỏ trống hoặc là `/` khi có `authorizationConfig.accessPointId`.',
    },
    example: '"rootDirectory": "/uploads"',
    link: `${API}API_EFSVolumeConfiguration.html#ECS-Type-EFSVolumeConfiguration-rootDirectory`,
  },

  'volumes[].efsVolumeConfiguration.transitEncryption': {
    summary: {
      en: 'Whether NFS traffic between the host and EFS is encrypted with TLS.',
      vi: 'Có bật mã hóa khi truyền (transit encryption) bằng TLS cho traffic NFS giữa host và EFS hay không.',
    },
    default: {
      en: '`DISABLED`, a security finding (checkov CKV_AWS_97, Trivy AVD-AWS-0035): set `ENABLED`.',
      vi: '`DISABLED`, bị các công cụ quét bảo mật báo (checkov CKV_AWS_97, Trivy AVD-AWS-0035): nên đặt `ENABLED`.',
    },
    limits: {
      en: 'Must be `ENABLED` when `authorizationConfig.iam` is `ENABLED` or an access point is used.',
      vi: 'Phải là `ENABLED` khi `authorizationConfig.iam` là `ENABLED` hoặc có dùng access point.',
    },
    example: '"transitEncryption": "ENABLED"',
    link: `${API}API_EFSVolumeConfiguration.html#ECS-Type-EFSVolumeConfiguration-transitEncryption`,
  },

  'volumes[].efsVolumeConfiguration.transitEncryptionPort': {
    summary: {
      en: 'The local port used for the encrypted (TLS) connection to EFS. Rarely needed; set it only if the mount helper\'s choice clashes with something.',
      vi: 'Port cục bộ dùng cho kết nối mã hóa (TLS) tới EFS. Hiếm khi cần; chỉ đặt khi port mà mount helper chọn bị đụng với thứ khác.',
    },
    default: {
      en: 'Chosen by the EFS mount helper.',
      vi: 'Do EFS mount helper tự chọn.',
    },
    limits: { en: '1 to 65535.', vi: '1 đến 65535.' },
    link: `${API}API_EFSVolumeConfiguration.html#ECS-Type-EFSVolumeConfiguration-transitEncryptionPort`,
  },

  'volumes[].efsVolumeConfiguration.authorizationConfig': {
    summary: {
      en: 'How the task is authorized on the file system: through an EFS access point and/or IAM (the task role).',
      vi: 'Cách task được cấp quyền trên file system: qua EFS access point và/hoặc IAM (task role).',
    },
    limits: {
      en: 'Requires `transitEncryption: ENABLED` when an access point or IAM is used.',
      vi: 'Cần `transitEncryption: ENABLED` khi dùng access point hoặc IAM.',
    },
    example: '"authorizationConfig": { "accessPointId": "fsap-0123456789abcdef0", "iam": "ENABLED" }',
    link: `${API}API_EFSAuthorizationConfig.html`,
  },

  'volumes[].efsVolumeConfiguration.authorizationConfig.accessPointId': {
    summary: {
      en: 'The EFS access point to mount through. It fixes the directory and the POSIX user/group the task sees, so apps sharing a file system stay apart.',
      vi: 'EFS access point dùng để mount. Access point cố định thư mục và user/group POSIX mà task nhìn thấy, nhờ đó các ứng dụng dùng chung file system vẫn tách biệt.',
    },
    limits: {
      en: '`fsap-` followed by hexadecimal characters. Needs `transitEncryption: ENABLED`, and `rootDirectory` absent or `/`.',
      vi: '`fsap-` theo sau là các ký tự hexa. Cần `transitEncryption: ENABLED`, và `rootDirectory` bỏ trống hoặc là `/`.',
    },
    example: '"accessPointId": "fsap-0123456789abcdef0"',
    link: `${API}API_EFSAuthorizationConfig.html#ECS-Type-EFSAuthorizationConfig-accessPointId`,
  },

  'volumes[].efsVolumeConfiguration.authorizationConfig.iam': {
    summary: {
      en: 'Whether the mount is authorized with the task\'s IAM role, so an EFS file system policy can allow or deny this specific task role.',
      vi: 'Có dùng IAM role của task để mount hay không, nhờ đó file system policy của EFS có thể cho phép hoặc chặn đúng task role này.',
    },
    default: { en: '`DISABLED`', vi: '`DISABLED`' },
    limits: {
      en: '`ENABLED` requires `transitEncryption: ENABLED` and a `taskRoleArn`.',
      vi: '`ENABLED` đòi hỏi `transitEncryption: ENABLED` và có `taskRoleArn`.',
    },
    example: '"iam": "ENABLED"',
    link: `${API}API_EFSAuthorizationConfig.html#ECS-Type-EFSAuthorizationConfig-iam`,
  },

  'volumes[].s3filesVolumeConfiguration': {
    summary: {
      en: 'Mounts an Amazon S3 Files file system (file access to data stored in S3) into the task. The task must have a task role allowed to attach the file system.',
      vi: 'Mount một file system Amazon S3 Files (truy cập dạng file tới dữ liệu nằm trên S3) vào task. Task phải có task role được phép gắn file system này.',
    },
    limits: {
      en: 'Requires `fileSystemArn`, a volume `name` and a `taskRoleArn`.',
      vi: 'Cần `fileSystemArn`, `name` của volume và `taskRoleArn`.',
    },
    example: '"s3filesVolumeConfiguration": { "fileSystemArn": "arn:aws:s3files:us-east-1:123456789012:file-system/fs-0123456789abcdef0" }',
    link: `${GUIDE}s3files-volumes.html`,
  },

  'volumes[].s3filesVolumeConfiguration.fileSystemArn': {
    summary: {
      en: 'The full ARN of the S3 Files file system to mount.',
      vi: 'ARN đầy đủ của file system S3 Files cần mount.',
    },
    limits: { en: 'Required. A full ARN.', vi: 'Bắt buộc. Phải là ARN đầy đủ.' },
    link: `${GUIDE}s3files-volumes.html`,
  },

  'volumes[].s3filesVolumeConfiguration.rootDirectory': {
    summary: {
      en: 'The directory of the S3 Files file system to mount as the volume\'s root. Leave it out when an access point is used.',
      vi: 'Thư mục trong file system S3 Files được mount làm gốc của volume. Bỏ trường này khi dùng access point.',
    },
    default: { en: '`/` (the file system root).', vi: '`/` (gốc của file system).' },
    limits: {
      en: 'Absent or `/` when `accessPointArn` is set.',
      vi: 'Phải bỏ trống hoặc là `/` khi có `accessPointArn`.',
    },
    link: `${GUIDE}s3files-volumes.html`,
  },

  'volumes[].s3filesVolumeConfiguration.transitEncryptionPort': {
    summary: {
      en: 'The local port for the encrypted connection between the host and S3 Files. Rarely needed.',
      vi: 'Port cục bộ cho kết nối mã hóa giữa host và S3 Files. Hiếm khi cần.',
    },
    default: {
      en: 'Chosen by the S3 Files mount helper.',
      vi: 'Do mount helper của S3 Files tự chọn.',
    },
    link: `${GUIDE}s3files-volumes.html`,
  },

  'volumes[].s3filesVolumeConfiguration.accessPointArn': {
    summary: {
      en: 'The full ARN of an S3 Files access point to mount through; its path then replaces `rootDirectory`.',
      vi: 'ARN đầy đủ của S3 Files access point dùng để mount; khi đó đường dẫn của access point thay cho `rootDirectory`.',
    },
    limits: {
      en: 'With it, `rootDirectory` must be absent or `/`.',
      vi: 'Khi có trường này, `rootDirectory` phải bỏ trống hoặc là `/`.',
    },
    link: `${GUIDE}s3files-volumes.html`,
  },

  'volumes[].fsxWindowsFileServerVolumeConfiguration': {
    summary: {
      en: 'Mounts a share of an Amazon FSx for Windows File Server file system (SMB) into Windows containers, authenticated against Active Directory.',
      vi: 'Mount một share của file system Amazon FSx for Windows File Server (SMB) vào container Windows, xác thực qua Active Directory.',
    },
    launchTypes: ['EC2'],
    launchTypeNote: {
      en: 'Windows containers on EC2 instances joined to (or able to reach) the Active Directory domain; not available on Fargate.',
      vi: 'Container Windows trên EC2 instance có thể kết nối tới domain Active Directory; không có trên Fargate.',
    },
    example: md(
      '"fsxWindowsFileServerVolumeConfiguration": {',
      '  "fileSystemId": "fs-0123456789abcdef0",',
      '  "rootDirectory": "share",',
      '  "authorizationConfig": {',
      '    "credentialsParameter": "arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx-ad-creds",',
      '    "domain": "corp.example.com"',
      '  }',
      '}',
    ),
    link: `${API}API_FSxWindowsFileServerVolumeConfiguration.html`,
  },

  'volumes[].fsxWindowsFileServerVolumeConfiguration.fileSystemId': {
    summary: {
      en: 'The ID of the FSx for Windows File Server file system.',
      vi: 'ID của file system FSx for Windows File Server.',
    },
    limits: { en: 'Required.', vi: 'Bắt buộc.' },
    example: '"fileSystemId": "fs-0123456789abcdef0"',
    link: `${API}API_FSxWindowsFileServerVolumeConfiguration.html#ECS-Type-FSxWindowsFileServerVolumeConfiguration-fileSystemId`,
  },

  'volumes[].fsxWindowsFileServerVolumeConfiguration.rootDirectory': {
    summary: {
      en: 'The directory (share path) of the file system that is mounted on the host and presented to the containers.',
      vi: 'Thư mục (đường dẫn share) của file system được mount lên host và đưa vào container.',
    },
    limits: { en: 'Required.', vi: 'Bắt buộc.' },
    example: '"rootDirectory": "share"',
    link: `${API}API_FSxWindowsFileServerVolumeConfiguration.html#ECS-Type-FSxWindowsFileServerVolumeConfiguration-rootDirectory`,
  },

  'volumes[].fsxWindowsFileServerVolumeConfiguration.authorizationConfig': {
    summary: {
      en: 'The Active Directory credentials and domain used to mount the share.',
      vi: 'Credential Active Directory và domain dùng để mount share.',
    },
    limits: {
      en: 'Required: `credentialsParameter` and `domain`.',
      vi: 'Bắt buộc: `credentialsParameter` và `domain`.',
    },
    link: `${API}API_FSxWindowsFileServerAuthorizationConfig.html`,
  },

  'volumes[].fsxWindowsFileServerVolumeConfiguration.authorizationConfig.credentialsParameter': {
    summary: {
      en: 'The ARN of a Secrets Manager secret or SSM Parameter Store parameter that holds the AD user name and password used for the mount. ECS must be allowed to read it (grant the read permission to the task execution role).',
      vi: 'ARN của secret trong Secrets Manager hoặc parameter trong SSM Parameter Store chứa user name và password AD dùng để mount. ECS phải có quyền đọc nó (cấp quyền đọc cho task execution role).',
    },
    limits: {
      en: 'Required. A Secrets Manager or SSM parameter ARN.',
      vi: 'Bắt buộc. ARN của Secrets Manager hoặc SSM parameter.',
    },
    example: '"credentialsParameter": "arn:aws:secretsmanager:us-east-1:123456789012:secret:fsx-ad-creds-AbCdEf"',
    link: `${API}API_FSxWindowsFileServerAuthorizationConfig.html#ECS-Type-FSxWindowsFileServerAuthorizationConfig-credentialsParameter`,
  },

  'volumes[].fsxWindowsFileServerVolumeConfiguration.authorizationConfig.domain': {
    summary: {
      en: 'The fully qualified name of the Active Directory domain (AWS Managed Microsoft AD or a self-managed AD).',
      vi: 'Tên đầy đủ (FQDN) của domain Active Directory (AWS Managed Microsoft AD hoặc AD tự quản lý).',
    },
    limits: { en: 'Required.', vi: 'Bắt buộc.' },
    example: '"domain": "corp.example.com"',
    link: `${API}API_FSxWindowsFileServerAuthorizationConfig.html#ECS-Type-FSxWindowsFileServerAuthorizationConfig-domain`,
  },

  'volumes[].configuredAtLaunch': {
    summary: {
      en: 'Marks the volume as an Amazon EBS volume whose settings (size, type, snapshot, encryption) are given when the task is launched: in `volumeConfigurations` of `create-service`, `update-service`, `run-task` or `start-task`, under the same volume `name`.',
      vi: 'Đánh dấu volume là Amazon EBS volume mà cấu hình (dung lượng, loại, snapshot, mã hóa) được truyền lúc launch task: trong `volumeConfigurations` của `create-service`, `update-service`, `run-task` hoặc `start-task`, dưới cùng `name` của volume.',
    },
    default: { en: '`false`', vi: '`false`' },
    limits: {
      en: 'At most one volume per task definition with `configuredAtLaunch: true`; no other storage kind on that volume.',
      vi: 'Mỗi task definition tối đa một volume có `configuredAtLaunch: true`; volume đó không được khai báo kiểu storage nào khác.',
    },
    launchTypes: ['EC2', 'FARGATE', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: 'Fargate: platform version 1.4.0 or later. EC2: Nitro-based instances. Not on ECS Anywhere.',
      vi: 'Fargate: platform version 1.4.0 trở lên. EC2: instance dựa trên Nitro. Không có trên ECS Anywhere.',
    },
    example: '{ "name": "db-data", "configuredAtLaunch": true }',
    link: `${GUIDE}ebs-volumes.html`,
  },

  // ----- placement --------------------------------------------------------------------------

  placementConstraints: {
    summary: {
      en: 'Rules that restrict which container instances may run this task, written in the cluster query language (e.g. only `t3` instances, only one AZ, only instances with a custom attribute).',
      vi: 'Các quy tắc giới hạn container instance nào được chạy task này, viết bằng cluster query language (ví dụ chỉ instance `t3`, chỉ một AZ, chỉ instance có một custom attribute).',
    },
    limits: {
      en: 'At most 10 constraints per task, counting those given at run time too.',
      vi: 'Tối đa 10 constraint cho mỗi task, tính cả các constraint truyền lúc chạy.',
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: 'Not supported on Fargate: there are no instances to choose from.',
      vi: 'Không hỗ trợ trên Fargate: không có instance nào để chọn.',
    },
    example: '"placementConstraints": [{ "type": "memberOf", "expression": "attribute:ecs.instance-type =~ t3.*" }]',
    link: `${GUIDE}task-placement-constraints.html`,
  },

  'placementConstraints[]': {
    summary: {
      en: 'One placement constraint: a `type` (always `memberOf` in a task definition) and an `expression`.',
      vi: 'Một placement constraint: gồm `type` (trong task definition luôn là `memberOf`) và `expression`.',
    },
    example: '{ "type": "memberOf", "expression": "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]" }',
    link: `${API}API_TaskDefinitionPlacementConstraint.html`,
  },

  'placementConstraints[].type': {
    summary: {
      en: 'The kind of constraint. Task definitions accept only `memberOf`; `distinctInstance` exists only on services and `run-task`.',
      vi: 'Loại constraint. Task definition chỉ nhận `memberOf`; `distinctInstance` chỉ có ở service và `run-task`.',
    },
    example: '"type": "memberOf"',
    link: `${API}API_TaskDefinitionPlacementConstraint.html#ECS-Type-TaskDefinitionPlacementConstraint-type`,
  },

  'placementConstraints[].expression': {
    summary: {
      en: 'A cluster query language expression that an instance must match, built from attributes such as `ecs.instance-type`, `ecs.availability-zone`, `ecs.os-type` or your own custom attributes.',
      vi: 'Biểu thức cluster query language mà instance phải thỏa, dựa trên các attribute như `ecs.instance-type`, `ecs.availability-zone`, `ecs.os-type` hoặc custom attribute của bạn.',
    },
    limits: {
      en: 'Up to 2000 characters.',
      vi: 'Tối đa 2000 ký tự.',
    },
    example: '"expression": "attribute:ecs.instance-type =~ g5.* and attribute:ecs.availability-zone != us-east-1e"',
    link: `${GUIDE}cluster-query-language.html`,
  },

  // ----- compatibilities and size -----------------------------------------------------------

  requiresCompatibilities: {
    summary: {
      en: 'The launch types ECS must check this definition against when you register it (`EC2`, `FARGATE`, `EXTERNAL`, `MANAGED_INSTANCES`). Registration fails if a field breaks the rules of any listed type.',
      vi: 'Các launch type mà ECS phải kiểm tra task definition này khi đăng ký (`EC2`, `FARGATE`, `EXTERNAL`, `MANAGED_INSTANCES`). Việc đăng ký thất bại nếu có trường nào vi phạm quy tắc của bất kỳ launch type nào được liệt kê.',
    },
    default: {
      en: 'Absent or `[]`: ECS checks the definition against the EC2 rules only. Running it on Fargate is then not guaranteed: it works only if the definition happens to meet the Fargate rules too (ECS then lists `FARGATE` in the read-only `compatibilities` it computes). Declare `FARGATE` to have those rules checked when you register.',
      vi: 'Bỏ trống hoặc `[]`: ECS chỉ kiểm tra task definition theo quy tắc của EC2. Khi đó việc chạy trên Fargate không được bảo đảm: chỉ chạy được nếu task definition tình cờ thỏa cả các quy tắc của Fargate (khi đó ECS ghi `FARGATE` vào trường chỉ đọc `compatibilities` mà nó tự tính). Hãy khai báo `FARGATE` để các quy tắc đó được kiểm tra ngay lúc đăng ký.',
    },
    limits: {
      en: 'A list of distinct values; listing several means the definition must satisfy all of them.',
      vi: 'Danh sách các giá trị không trùng; liệt kê nhiều giá trị nghĩa là task definition phải thỏa tất cả.',
    },
    example: '"requiresCompatibilities": ["FARGATE"]',
    link: `${TDP}#requires_compatibilities`,
    concept: {
      en: md(
        'This field says which launch types the definition is checked for, that is where it is meant to run. The main choice is between letting AWS run the servers (Fargate) and running them yourself (EC2):',
        '',
        '| | Fargate | EC2 |',
        '|---|---|---|',
        '| Servers | Managed by AWS: nothing to patch, scale or bin-pack | Yours: instance types, AMI, patching, cluster scaling (Auto Scaling group / capacity provider) |',
        '| Pricing | Per second for the task\'s requested vCPU and memory; Fargate Spot for interruptible work | The instances, whether full or idle; Reserved/Spot instances pay off at steady scale |',
        '| `networkMode` | `awsvpc` only | `bridge` (Linux default), `host`, `awsvpc`, `none` |',
        '| Task `cpu` / `memory` | Required, fixed combinations | Optional (then each container needs `memory` or `memoryReservation`) |',
        '| Host-level features | No `privileged`, host paths, Docker volumes, GPUs, placement constraints, `ipcMode` | All available |',
        '| Storage | Ephemeral 20 to 200 GiB, EFS, EBS at launch | Instance disk, bind mounts, Docker volumes, EFS, EBS, FSx for Windows |',
        '| Choose it when | You want no servers, small or spiky workloads, strong per-task isolation | You need GPUs, privileged or host-level agents, special instance types, or very high steady utilisation |',
        '',
        'Two more options: `EXTERNAL` is **ECS Anywhere**, tasks on your own on-premises servers or VMs registered to the cluster (no load balancers, no `awsvpc`). `MANAGED_INSTANCES` is **ECS Managed Instances**: real EC2 instances (GPUs and instance-type choice included) that AWS provisions, patches and scales for you; `networkMode` must be set explicitly to `awsvpc` or `host`.',
        '',
        LAUNCH_TYPE_MECHANICS.en,
      ),
      vi: md(
        'Trường này cho biết task definition được kiểm tra theo những launch type nào, tức là nơi nó dự định chạy. Lựa chọn chính là để AWS lo phần server (Fargate) hay tự vận hành server (EC2):',
        '',
        '| | Fargate | EC2 |',
        '|---|---|---|',
        '| Server | AWS quản lý: không phải vá, scale hay đặt task (placement) | Của bạn: chọn instance type, AMI, vá lỗi, scale cluster (Auto Scaling group / capacity provider) |',
        '| Cách tính tiền | Theo giây cho lượng vCPU và memory task yêu cầu; Fargate Spot cho việc chịu được gián đoạn | Trả tiền instance dù đầy hay rảnh; Reserved/Spot instance có lợi khi tải ổn định, quy mô lớn |',
        '| `networkMode` | Chỉ `awsvpc` | `bridge` (mặc định trên Linux), `host`, `awsvpc`, `none` |',
        '| `cpu` / `memory` của task | Bắt buộc, theo các cặp cố định | Tùy chọn (khi đó mỗi container cần `memory` hoặc `memoryReservation`) |',
        '| Tính năng cấp host | Không có `privileged`, đường dẫn host, Docker volume, GPU, placement constraint, `ipcMode` | Có đủ |',
        '| Storage | Ephemeral 20 đến 200 GiB, EFS, EBS lúc launch | Ổ đĩa instance, bind mount, Docker volume, EFS, EBS, FSx for Windows |',
        '| Nên chọn khi | Không muốn quản lý server, tải nhỏ hoặc thất thường, cần cô lập mạnh giữa các task | Cần GPU, agent chạy privileged hay cấp host, instance type đặc biệt, hoặc tải cao ổn định |',
        '',
        'Thêm hai lựa chọn: `EXTERNAL` là **ECS Anywhere**, chạy task trên server hoặc VM on-premises của bạn đã đăng ký vào cluster (không có load balancer, không có `awsvpc`). `MANAGED_INSTANCES` là **ECS Managed Instances**: EC2 instance thật (chọn được GPU và instance type) nhưng AWS lo việc cấp phát, vá lỗi và scale; `networkMode` phải khai báo rõ là `awsvpc` hoặc `host`.',
        '',
        LAUNCH_TYPE_MECHANICS.vi,
      ),
    },
  },

  'requiresCompatibilities[]': {
    summary: {
      en: 'One launch type to validate against: `EC2`, `FARGATE`, `EXTERNAL` or `MANAGED_INSTANCES`.',
      vi: 'Một launch type cần kiểm tra: `EC2`, `FARGATE`, `EXTERNAL` hoặc `MANAGED_INSTANCES`.',
    },
    example: '"FARGATE"',
    link: `${TDP}#requires_compatibilities`,
  },

  cpu: {
    summary: {
      en: 'CPU for the whole task, in CPU units (1024 = 1 vCPU) or as a vCPU string such as `"1 vCPU"`. On Fargate it is the size you pay for; on EC2 it is an upper bound that also counts for placement.',
      vi: 'CPU cho cả task, tính bằng CPU unit (1024 = 1 vCPU) hoặc chuỗi vCPU như `"1 vCPU"`. Trên Fargate, đây là cấu hình (kích thước task) mà bạn trả tiền; trên EC2 đây là mức trần và cũng được tính khi đặt task lên instance.',
    },
    default: {
      en: 'None. Required on Fargate; on EC2 and ECS Anywhere an absent value means no task-level CPU limit.',
      vi: 'Không có. Bắt buộc trên Fargate; trên EC2 và ECS Anywhere, bỏ trống nghĩa là không giới hạn CPU ở mức task.',
    },
    limits: {
      en: 'A string. Fargate: `256`, `512`, `1024`, `2048`, `4096`, `8192` or `16384`, paired with a valid `memory`. EC2: 128 to 196608 units (0.125 to 192 vCPU). The sum of the containers\' `cpu` may not exceed it.',
      vi: 'Kiểu chuỗi. Fargate: `256`, `512`, `1024`, `2048`, `4096`, `8192` hoặc `16384`, đi kèm một `memory` hợp lệ. EC2: 128 đến 196608 unit (0.125 đến 192 vCPU). Tổng `cpu` của các container không được vượt quá giá trị này.',
    },
    launchTypeNote: {
      en: 'Fargate Windows: `1024`, `2048` or `4096` only. Windows containers on EC2 ignore task-level `cpu`.',
      vi: 'Fargate Windows: chỉ `1024`, `2048` hoặc `4096`. Container Windows trên EC2 bỏ qua `cpu` ở mức task.',
    },
    example: '"cpu": "512"',
    link: `${TDP}#task_size`,
    concept: sizeConcept(
      'On Fargate you do not pick a server: you pick a **task size**, a `cpu` and `memory` pair from a fixed menu, and pay for exactly that. 1024 CPU units are one vCPU; the containers of the task share this budget (their own `cpu` values are relative shares within it).',
      'Trên Fargate bạn không chọn server mà chọn **kích thước task**: một cặp `cpu` và `memory` trong danh sách cố định, và trả tiền đúng bằng kích thước đó. 1024 CPU unit là một vCPU; các container trong task chia nhau ngân sách này (giá trị `cpu` riêng của từng container là tỷ lệ chia bên trong).',
    ),
  },

  memory: {
    summary: {
      en: 'Memory for the whole task, in MiB or as a string with a unit such as `"2 GB"`. A container that goes over the task memory is killed (out of memory).',
      vi: 'Memory cho cả task, tính bằng MiB hoặc chuỗi có đơn vị như `"2 GB"`. Container dùng vượt memory của task sẽ bị kill (out of memory).',
    },
    default: {
      en: 'None. Required on Fargate; on EC2 it is optional, but then every container needs its own `memory` or `memoryReservation`.',
      vi: 'Không có. Bắt buộc trên Fargate; trên EC2 là tùy chọn, nhưng khi đó mỗi container phải tự khai báo `memory` hoặc `memoryReservation`.',
    },
    limits: {
      en: 'A string. On Fargate it must form a valid pair with `cpu` (see the table). No container\'s `memory` may exceed it, and the containers\' reservations should fit inside it.',
      vi: 'Kiểu chuỗi. Trên Fargate phải tạo thành cặp hợp lệ với `cpu` (xem bảng). `memory` của từng container không được vượt quá giá trị này, và tổng phần memory dành riêng của các container nên nằm gọn trong đó.',
    },
    launchTypeNote: {
      en: 'Fargate Windows: 2048 to 30720 MiB depending on `cpu`. Windows containers on EC2 ignore task-level `memory`.',
      vi: 'Fargate Windows: 2048 đến 30720 MiB tùy theo `cpu`. Container Windows trên EC2 bỏ qua `memory` ở mức task.',
    },
    example: '"memory": "1024"',
    link: `${TDP}#task_size`,
    concept: sizeConcept(
      'Task `memory` is the hard ceiling for all containers together. On Fargate it also picks, together with `cpu`, the task size you pay for, and only certain pairs exist. Container-level `memory` (hard limit) and `memoryReservation` (soft limit) then divide this budget.',
      '`memory` của task là mức trần cứng cho tất cả container cộng lại. Trên Fargate, nó cùng với `cpu` quyết định kích thước task bạn trả tiền, và chỉ một số cặp nhất định tồn tại. Sau đó `memory` (giới hạn cứng) và `memoryReservation` (giới hạn mềm) ở mức container chia nhau ngân sách này.',
    ),
  },

  // ----- tags -------------------------------------------------------------------------------

  tags: {
    summary: {
      en: 'Key/value tags on the task definition itself, for cost allocation, ownership and access control. They are not copied to running tasks unless the service or `run-task` asks for `propagateTags: TASK_DEFINITION`.',
      vi: 'Các tag key/value gắn lên chính task definition, dùng để phân bổ chi phí, ghi người sở hữu và kiểm soát truy cập. Tag không tự chép sang task đang chạy, trừ khi service hoặc `run-task` dùng `propagateTags: TASK_DEFINITION`.',
    },
    limits: {
      en: 'At most 50 tags; keys unique and case-sensitive; the `aws:` prefix is reserved.',
      vi: 'Tối đa 50 tag; key không trùng và phân biệt hoa thường; tiền tố `aws:` được dành riêng cho AWS.',
    },
    example: '"tags": [{ "key": "team", "value": "payments" }, { "key": "env", "value": "prod" }]',
    link: `${API}API_RegisterTaskDefinition.html#ECS-RegisterTaskDefinition-request-tags`,
  },

  'tags[]': {
    summary: {
      en: 'One tag: a `key` and an optional `value`.',
      vi: 'Một tag: gồm `key` và `value` (không bắt buộc).',
    },
    example: '{ "key": "cost-center", "value": "cc-1234" }',
    link: `${API}API_Tag.html`,
  },

  'tags[].key': {
    summary: {
      en: 'The tag name, a category such as `env` or `team`.',
      vi: 'Tên tag, một nhóm phân loại như `env` hoặc `team`.',
    },
    limits: {
      en: '1 to 128 characters: letters, digits, spaces and `_ . : / = + - @`. Must not start with `aws:` (any case): the prefix is reserved for AWS.',
      vi: '1 đến 128 ký tự: chữ cái, chữ số, khoảng trắng và `_ . : / = + - @`. Không được bắt đầu bằng `aws:` (dù viết hoa hay thường): tiền tố này dành riêng cho AWS.',
    },
    example: '"key": "env"',
    link: `${API}API_Tag.html#ECS-Type-Tag-key`,
  },

  'tags[].value': {
    summary: {
      en: 'The tag value within the key\'s category, e.g. `prod` for `env`.',
      vi: 'Giá trị của tag trong nhóm mà key đặt ra, ví dụ `prod` cho `env`.',
    },
    limits: {
      en: '0 to 256 characters: letters, digits, spaces and `_ . : / = + - @`. Must not start with `aws:` (any case): the prefix is reserved for AWS, in values as in keys.',
      vi: '0 đến 256 ký tự: chữ cái, chữ số, khoảng trắng và `_ . : / = + - @`. Không được bắt đầu bằng `aws:` (dù viết hoa hay thường): tiền tố này dành riêng cho AWS, ở value cũng như ở key.',
    },
    example: '"value": "prod"',
    link: `${API}API_Tag.html#ECS-Type-Tag-value`,
  },

  // ----- namespaces -------------------------------------------------------------------------

  pidMode: {
    summary: {
      en: 'Which process (PID) namespace the containers use: `task` lets the containers of this task see each other\'s processes (useful for monitoring or debugging sidecars); `host` shares the instance\'s process table.',
      vi: 'Container dùng process (PID) namespace nào: `task` cho các container trong task này nhìn thấy process của nhau (hữu ích cho sidecar giám sát hay debug); `host` dùng chung bảng process với instance.',
    },
    default: {
      en: 'Each container has its own private PID namespace.',
      vi: 'Mỗi container có PID namespace riêng.',
    },
    launchTypeNote: {
      en: 'Fargate: only `task`, Linux platform version 1.4.0 or later. Not supported for Windows containers. `host` is a security finding.',
      vi: 'Fargate: chỉ `task`, Linux platform version 1.4.0 trở lên. Không hỗ trợ container Windows. `host` bị các công cụ quét bảo mật cảnh báo.',
    },
    example: '"pidMode": "task"',
    link: `${TDP}#task_definition_pidmode`,
  },

  ipcMode: {
    summary: {
      en: 'Which IPC namespace (shared memory, semaphores, message queues) the containers use: shared within the `task`, shared with the `host`, or `none` (private to each container).',
      vi: 'Container dùng IPC namespace nào (shared memory, semaphore, message queue): dùng chung trong `task`, dùng chung với `host`, hoặc `none` (riêng cho từng container).',
    },
    default: {
      en: 'Whatever the Docker daemon on the instance is configured to do.',
      vi: 'Theo cấu hình của Docker daemon trên instance.',
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: 'Not supported on Fargate or for Windows containers. With `host`, IPC-related `systemControls` are not allowed; `host` is also a security finding.',
      vi: 'Không hỗ trợ trên Fargate và container Windows. Với `host`, không được dùng các `systemControls` liên quan IPC; `host` cũng bị công cụ quét bảo mật cảnh báo.',
    },
    example: '"ipcMode": "task"',
    link: `${TDP}#task_definition_ipcmode`,
  },

  // ----- App Mesh proxy ---------------------------------------------------------------------

  proxyConfiguration: {
    summary: {
      en: 'Sets up an AWS App Mesh (Envoy) proxy for the task: ECS configures the network so that the application\'s traffic is redirected through the named proxy container.',
      vi: 'Cấu hình proxy AWS App Mesh (Envoy) cho task: ECS thiết lập mạng để traffic của ứng dụng được chuyển hướng qua container proxy được chỉ định.',
    },
    limits: {
      en: 'Requires `networkMode: awsvpc` and a `containerName` that names a container of the task.',
      vi: 'Cần `networkMode: awsvpc` và `containerName` trỏ tới một container của task.',
    },
    launchTypeNote: {
      en: 'EC2 needs container agent 1.26.0+ (ECS-optimized AMI 20190301 or later). App Mesh is being retired by AWS (end of support announced for September 2026); ECS Service Connect is the suggested replacement.',
      vi: 'EC2 cần container agent 1.26.0+ (ECS-optimized AMI từ bản 20190301 trở đi). App Mesh đang được AWS ngừng hỗ trợ (thông báo kết thúc vào tháng 9/2026); ECS Service Connect là lựa chọn thay thế được khuyến nghị.',
    },
    example: md(
      '"proxyConfiguration": {',
      '  "type": "APPMESH",',
      '  "containerName": "envoy",',
      '  "properties": [',
      '    { "name": "IgnoredUID", "value": "1337" },',
      '    { "name": "AppPorts", "value": "8080" },',
      '    { "name": "ProxyIngressPort", "value": "15000" },',
      '    { "name": "ProxyEgressPort", "value": "15001" },',
      '    { "name": "EgressIgnoredIPs", "value": "169.254.170.2,169.254.169.254" }',
      '  ]',
      '}',
    ),
    link: `${TDP}#proxyConfiguration`,
  },

  'proxyConfiguration.type': {
    summary: {
      en: 'The proxy type; `APPMESH` is the only value.',
      vi: 'Loại proxy; chỉ có giá trị `APPMESH`.',
    },
    default: { en: '`APPMESH`', vi: '`APPMESH`' },
    link: `${API}API_ProxyConfiguration.html#ECS-Type-ProxyConfiguration-type`,
  },

  'proxyConfiguration.containerName': {
    summary: {
      en: 'The name of the container (usually `envoy`) that acts as the App Mesh proxy.',
      vi: 'Tên container (thường là `envoy`) đóng vai trò proxy App Mesh.',
    },
    limits: {
      en: 'Required. Must match the `name` of a container in `containerDefinitions`.',
      vi: 'Bắt buộc. Phải trùng với `name` của một container trong `containerDefinitions`.',
    },
    example: '"containerName": "envoy"',
    link: `${API}API_ProxyConfiguration.html#ECS-Type-ProxyConfiguration-containerName`,
  },

  'proxyConfiguration.properties': {
    summary: {
      en: 'Name/value settings handed to the CNI plugin that redirects traffic: `IgnoredUID` or `IgnoredGID` (the proxy\'s own user/group, so its traffic is not looped back), `AppPorts`, `ProxyIngressPort`, `ProxyEgressPort`, `EgressIgnoredPorts`, `EgressIgnoredIPs`.',
      vi: 'Các cặp tên/giá trị truyền cho CNI plugin chuyển hướng traffic: `IgnoredUID` hoặc `IgnoredGID` (user/group của chính proxy, để traffic của nó không bị vòng lại), `AppPorts`, `ProxyIngressPort`, `ProxyEgressPort`, `EgressIgnoredPorts`, `EgressIgnoredIPs`.',
    },
    limits: {
      en: 'Values are strings; lists are comma-separated (`"8080,8443"`). `IgnoredUID` should match the proxy container\'s `user`.',
      vi: 'Giá trị là chuỗi; danh sách phân tách bằng dấu phẩy (`"8080,8443"`). `IgnoredUID` nên khớp với `user` của container proxy.',
    },
    example: '"properties": [{ "name": "ProxyIngressPort", "value": "15000" }]',
    link: `${API}API_ProxyConfiguration.html#ECS-Type-ProxyConfiguration-properties`,
  },

  'proxyConfiguration.properties[]': {
    summary: {
      en: 'One proxy setting as a `name`/`value` pair.',
      vi: 'Một thiết lập proxy dạng cặp `name`/`value`.',
    },
    example: '{ "name": "AppPorts", "value": "8080" }',
    link: `${API}API_KeyValuePair.html`,
  },

  'proxyConfiguration.properties[].name': {
    summary: {
      en: 'The setting name: `IgnoredUID`, `IgnoredGID`, `AppPorts`, `ProxyIngressPort`, `ProxyEgressPort`, `EgressIgnoredPorts` or `EgressIgnoredIPs`.',
      vi: 'Tên thiết lập: `IgnoredUID`, `IgnoredGID`, `AppPorts`, `ProxyIngressPort`, `ProxyEgressPort`, `EgressIgnoredPorts` hoặc `EgressIgnoredIPs`.',
    },
    example: '"name": "IgnoredUID"',
    link: `${API}API_KeyValuePair.html`,
  },

  'proxyConfiguration.properties[].value': {
    summary: {
      en: 'The setting value as a string (a UID, a port, or a comma-separated list of ports or IPs).',
      vi: 'Giá trị thiết lập dạng chuỗi (một UID, một port, hoặc danh sách port hay IP phân tách bằng dấu phẩy).',
    },
    example: '"value": "1337"',
    link: `${API}API_KeyValuePair.html`,
  },

  // ----- Elastic Inference (retired) --------------------------------------------------------

  inferenceAccelerators: {
    summary: {
      en: 'Amazon Elastic Inference accelerators to attach to the task. Elastic Inference has been discontinued by AWS: use GPU instances or AWS Inferentia instead.',
      vi: 'Các accelerator Amazon Elastic Inference gắn vào task. Elastic Inference đã bị AWS ngừng cung cấp: hãy dùng instance GPU hoặc AWS Inferentia thay thế.',
    },
    launchTypes: ['EC2'],
    launchTypeNote: {
      en: 'EC2 Linux only; not supported on Fargate.',
      vi: 'Chỉ EC2 Linux; không hỗ trợ trên Fargate.',
    },
    link: `${API}API_InferenceAccelerator.html`,
  },

  'inferenceAccelerators[]': {
    summary: {
      en: 'One Elastic Inference accelerator: a `deviceName` referenced by a container and a `deviceType`.',
      vi: 'Một accelerator Elastic Inference: gồm `deviceName` được container tham chiếu và `deviceType`.',
    },
    example: '{ "deviceName": "device1", "deviceType": "eia2.medium" }',
    link: `${API}API_InferenceAccelerator.html`,
  },

  'inferenceAccelerators[].deviceName': {
    summary: {
      en: 'A name for the accelerator, which a container claims through `resourceRequirements` of type `InferenceAccelerator`.',
      vi: 'Tên của accelerator, được container nhận qua `resourceRequirements` có type là `InferenceAccelerator`.',
    },
    limits: { en: 'Required.', vi: 'Bắt buộc.' },
    link: `${API}API_InferenceAccelerator.html#ECS-Type-InferenceAccelerator-deviceName`,
  },

  'inferenceAccelerators[].deviceType': {
    summary: {
      en: 'The accelerator size, such as `eia2.medium`.',
      vi: 'Kích cỡ accelerator, ví dụ `eia2.medium`.',
    },
    limits: { en: 'Required.', vi: 'Bắt buộc.' },
    link: `${API}API_InferenceAccelerator.html#ECS-Type-InferenceAccelerator-deviceType`,
  },

  // ----- storage size, platform -------------------------------------------------------------

  ephemeralStorage: {
    summary: {
      en: 'Enlarges the temporary disk of a Fargate task (image layers, container writable layers and `host` scratch volumes). The space is lost when the task stops.',
      vi: 'Tăng dung lượng ổ đĩa tạm của task Fargate (image layer, lớp ghi của container và volume tạm kiểu `host`). Dữ liệu mất khi task dừng.',
    },
    default: {
      en: '20 GiB on Fargate.',
      vi: '20 GiB trên Fargate.',
    },
    launchTypes: ['FARGATE'],
    launchTypeNote: {
      en: 'Fargate Linux platform 1.4.0+ or Windows platform 1.0.0+. Storage above the included 20 GiB is billed.',
      vi: 'Fargate Linux platform 1.4.0+ hoặc Windows platform 1.0.0+. Phần vượt 20 GiB có sẵn sẽ bị tính phí.',
    },
    example: '"ephemeralStorage": { "sizeInGiB": 50 }',
    link: `${TDP}#task_definition_ephemeralStorage`,
  },

  'ephemeralStorage.sizeInGiB': {
    summary: {
      en: 'The total ephemeral storage of the task, in GiB.',
      vi: 'Tổng dung lượng ephemeral storage của task, tính bằng GiB.',
    },
    limits: {
      en: 'Required in `ephemeralStorage`. An integer from 21 to 200.',
      vi: 'Bắt buộc trong `ephemeralStorage`. Số nguyên từ 21 đến 200.',
    },
    example: '"sizeInGiB": 100',
    link: `${API}API_EphemeralStorage.html`,
  },

  runtimePlatform: {
    summary: {
      en: 'The operating system family and CPU architecture the task needs, e.g. Linux on `ARM64` (Graviton) or a Windows Server edition.',
      vi: 'Hệ điều hành và kiến trúc CPU mà task cần, ví dụ Linux trên `ARM64` (Graviton) hoặc một phiên bản Windows Server.',
    },
    default: {
      en: 'Linux on `X86_64`.',
      vi: 'Linux trên `X86_64`.',
    },
    launchTypeNote: {
      en: 'Required on Fargate for Windows tasks and for ARM64 tasks. Images must be built for the chosen architecture (or be multi-arch).',
      vi: 'Bắt buộc trên Fargate với task Windows và task ARM64. Image phải được build cho đúng kiến trúc đã chọn (hoặc là image multi-arch).',
    },
    example: '"runtimePlatform": { "operatingSystemFamily": "LINUX", "cpuArchitecture": "ARM64" }',
    link: `${TDP}#runtime-platform`,
  },

  'runtimePlatform.cpuArchitecture': {
    summary: {
      en: 'The CPU architecture: `X86_64` or `ARM64`.',
      vi: 'Kiến trúc CPU: `X86_64` hoặc `ARM64`.',
    },
    default: { en: '`X86_64`', vi: '`X86_64`' },
    launchTypeNote: {
      en: '`ARM64` is for Linux tasks (EC2 Graviton instances, Managed Instances, Fargate with platform 1.4.0+); Windows is `X86_64` only.',
      vi: '`ARM64` dành cho task Linux (EC2 Graviton, Managed Instances, Fargate với platform 1.4.0+); Windows chỉ có `X86_64`.',
    },
    example: '"cpuArchitecture": "ARM64"',
    link: `${API}API_RuntimePlatform.html#ECS-Type-RuntimePlatform-cpuArchitecture`,
  },

  'runtimePlatform.operatingSystemFamily': {
    summary: {
      en: 'The operating system of the task: `LINUX` or a Windows Server edition (`WINDOWS_SERVER_2022_CORE`, ...). The Windows edition must match the base image of your Windows containers.',
      vi: 'Hệ điều hành của task: `LINUX` hoặc một phiên bản Windows Server (`WINDOWS_SERVER_2022_CORE`, ...). Phiên bản Windows phải khớp với base image của container Windows.',
    },
    default: { en: '`LINUX`', vi: '`LINUX`' },
    launchTypeNote: {
      en: 'Fargate supports only some Windows editions (the 2019 and 2022 Full/Core editions at least); Windows tasks on Fargate need `cpu` of at least 1 vCPU.',
      vi: 'Fargate chỉ hỗ trợ một số phiên bản Windows (ít nhất là 2019 và 2022 bản Full/Core); task Windows trên Fargate cần `cpu` tối thiểu 1 vCPU.',
    },
    example: '"operatingSystemFamily": "WINDOWS_SERVER_2022_CORE"',
    link: `${API}API_RuntimePlatform.html#ECS-Type-RuntimePlatform-operatingSystemFamily`,
  },

  enableFaultInjection: {
    summary: {
      en: 'Turns on ECS fault injection for tasks of this definition, so chaos experiments (AWS Fault Injection Service) can inject network latency, packet loss, blackholed ports, or CPU/IO stress into the running task.',
      vi: 'Bật tính năng fault injection của ECS cho các task của task definition này, để các thí nghiệm chaos (AWS Fault Injection Service) có thể gây độ trễ mạng, mất gói, chặn port, hoặc ép tải CPU/IO lên task đang chạy.',
    },
    default: { en: '`false`', vi: '`false`' },
    launchTypeNote: {
      en: 'Network faults need the `awsvpc` or `host` network mode; not for Windows containers.',
      vi: 'Lỗi mạng cần network mode `awsvpc` hoặc `host`; không áp dụng cho container Windows.',
    },
    example: '"enableFaultInjection": true',
    link: `${API}API_RegisterTaskDefinition.html#ECS-RegisterTaskDefinition-request-enableFaultInjection`,
  },
};

// ---------------------------------------------------------------------------------------------
// Enum docs
// ---------------------------------------------------------------------------------------------

export const taskEnumDocs: EnumDocTable = {
  networkMode: {
    awsvpc: {
      en: 'Each task gets its own elastic network interface, private IP and security groups. Required on Fargate; load balancer target groups use target type `ip`.',
      vi: 'Mỗi task có elastic network interface, IP private và security group riêng. Bắt buộc trên Fargate; target group của load balancer dùng target type `ip`.',
    },
    bridge: {
      en: 'Docker\'s virtual bridge on the host; containers share the instance IP and can use dynamic host ports (target type `instance`). Default on Linux EC2; not on Fargate.',
      vi: 'Bridge ảo của Docker trên host; container dùng chung IP của instance và có thể dùng port động trên host (target type `instance`). Mặc định trên EC2 Linux; không có trên Fargate.',
    },
    host: {
      en: 'Containers use the instance\'s network stack directly: `hostPort` equals `containerPort`, so one copy per port per instance. Not on Fargate.',
      vi: 'Container dùng thẳng network stack của instance: `hostPort` bằng `containerPort`, nên mỗi port chỉ một bản trên một instance. Không có trên Fargate.',
    },
    none: {
      en: 'No external networking (loopback only); port mappings are not allowed. Not on Fargate.',
      vi: 'Không có mạng ra ngoài (chỉ loopback); không được khai báo port mapping. Không có trên Fargate.',
    },
  },

  'volumes[].dockerVolumeConfiguration.scope': {
    task: {
      en: 'Created when the task starts and removed when it stops.',
      vi: 'Được tạo khi task bắt đầu và bị xóa khi task dừng.',
    },
    shared: {
      en: 'Kept after the task stops and reusable by later tasks on the same instance.',
      vi: 'Được giữ lại sau khi task dừng và có thể được các task sau trên cùng instance dùng lại.',
    },
  },

  'volumes[].efsVolumeConfiguration.transitEncryption': {
    ENABLED: {
      en: 'NFS traffic to EFS is encrypted with TLS. Recommended, and required with IAM authorization or an access point.',
      vi: 'Traffic NFS tới EFS được mã hóa bằng TLS. Nên dùng, và bắt buộc khi có IAM authorization hoặc access point.',
    },
    DISABLED: {
      en: 'NFS traffic is not encrypted (the default); flagged by security scanners.',
      vi: 'Traffic NFS không được mã hóa (mặc định); bị các công cụ quét bảo mật cảnh báo.',
    },
  },

  'volumes[].efsVolumeConfiguration.authorizationConfig.iam': {
    ENABLED: {
      en: 'Mount with the task role, so the EFS file system policy can authorize it. Needs transit encryption and a `taskRoleArn`.',
      vi: 'Mount bằng task role, để file system policy của EFS cấp quyền cho role đó. Cần transit encryption và `taskRoleArn`.',
    },
    DISABLED: {
      en: 'Mount without IAM identity (the default).',
      vi: 'Mount không kèm danh tính IAM (mặc định).',
    },
  },

  'placementConstraints[].type': {
    memberOf: {
      en: 'Place the task only on instances matching the cluster query language `expression`.',
      vi: 'Chỉ đặt task lên các instance thỏa `expression` viết bằng cluster query language.',
    },
  },

  'requiresCompatibilities[]': {
    EC2: {
      en: 'Amazon EC2 instances that you manage in the cluster. Also what ECS validates against when the field is absent.',
      vi: 'EC2 instance do bạn quản lý trong cluster. Đây cũng là launch type ECS kiểm tra khi trường này bỏ trống.',
    },
    FARGATE: {
      en: 'Serverless: AWS runs the infrastructure. Needs `networkMode: awsvpc` and a valid task `cpu`/`memory` pair.',
      vi: 'Serverless: AWS lo hạ tầng. Cần `networkMode: awsvpc` và cặp `cpu`/`memory` hợp lệ ở mức task.',
    },
    EXTERNAL: {
      en: 'ECS Anywhere: your own on-premises servers or VMs registered to the cluster. No `awsvpc`, no load balancers; `awslogs` needs an execution role.',
      vi: 'ECS Anywhere: server hoặc VM on-premises của bạn đã đăng ký vào cluster. Không có `awsvpc`, không có load balancer; `awslogs` cần execution role.',
    },
    MANAGED_INSTANCES: {
      en: 'ECS Managed Instances: EC2 instances that AWS provisions, patches and scales for you. `networkMode` must be set (`awsvpc` or `host`).',
      vi: 'ECS Managed Instances: EC2 instance do AWS cấp phát, vá lỗi và scale giúp bạn. Phải khai báo `networkMode` (`awsvpc` hoặc `host`).',
    },
  },

  pidMode: {
    host: {
      en: 'Share the instance\'s process namespace: containers can see every process on the host. Not on Fargate or Windows; a security finding.',
      vi: 'Dùng chung process namespace với instance: container nhìn thấy mọi process trên host. Không có trên Fargate và Windows; bị công cụ quét bảo mật cảnh báo.',
    },
    task: {
      en: 'Containers of this task share one process namespace (e.g. for a debugging or monitoring sidecar). On Fargate needs Linux platform 1.4.0+.',
      vi: 'Các container trong task dùng chung một process namespace (ví dụ cho sidecar debug hay giám sát). Trên Fargate cần Linux platform 1.4.0+.',
    },
  },

  ipcMode: {
    host: {
      en: 'Share the instance\'s IPC resources; IPC-related `systemControls` are not allowed. A security finding.',
      vi: 'Dùng chung tài nguyên IPC với instance; không được dùng `systemControls` liên quan IPC. Bị công cụ quét bảo mật cảnh báo.',
    },
    task: {
      en: 'Containers of this task share IPC resources (shared memory, semaphores) with each other only.',
      vi: 'Các container trong task chỉ dùng chung tài nguyên IPC (shared memory, semaphore) với nhau.',
    },
    none: {
      en: 'IPC resources are private to each container.',
      vi: 'Tài nguyên IPC là riêng của từng container.',
    },
  },

  'proxyConfiguration.type': {
    APPMESH: {
      en: 'An AWS App Mesh Envoy proxy (the only supported type).',
      vi: 'Proxy Envoy của AWS App Mesh (loại duy nhất được hỗ trợ).',
    },
  },

  'runtimePlatform.cpuArchitecture': {
    X86_64: {
      en: 'Intel/AMD 64-bit (the default).',
      vi: 'Intel/AMD 64-bit (mặc định).',
    },
    ARM64: {
      en: '64-bit ARM (AWS Graviton), often cheaper per vCPU; Linux only, and the image must be built for arm64.',
      vi: 'ARM 64-bit (AWS Graviton), thường rẻ hơn tính trên mỗi vCPU; chỉ cho Linux, và image phải được build cho arm64.',
    },
  },

  'runtimePlatform.operatingSystemFamily': {
    LINUX: {
      en: 'Linux containers (the default).',
      vi: 'Linux container (mặc định).',
    },
    WINDOWS_SERVER_2019_FULL: {
      en: 'Windows Server 2019, Full edition (Desktop Experience).',
      vi: 'Windows Server 2019, bản Full (Desktop Experience).',
    },
    WINDOWS_SERVER_2019_CORE: {
      en: 'Windows Server 2019, Server Core edition.',
      vi: 'Windows Server 2019, bản Server Core.',
    },
    WINDOWS_SERVER_2016_FULL: {
      en: 'Windows Server 2016, Full edition; EC2 only, not Fargate.',
      vi: 'Windows Server 2016, bản Full; chỉ trên EC2, không có trên Fargate.',
    },
    WINDOWS_SERVER_2004_CORE: {
      en: 'Windows Server version 2004 (semi-annual channel), Server Core; no longer supported by Microsoft.',
      vi: 'Windows Server version 2004 (kênh semi-annual), bản Server Core; Microsoft đã ngừng hỗ trợ.',
    },
    WINDOWS_SERVER_2022_CORE: {
      en: 'Windows Server 2022, Server Core edition.',
      vi: 'Windows Server 2022, bản Server Core.',
    },
    WINDOWS_SERVER_2022_FULL: {
      en: 'Windows Server 2022, Full edition (Desktop Experience).',
      vi: 'Windows Server 2022, bản Full (Desktop Experience).',
    },
    WINDOWS_SERVER_2025_CORE: {
      en: 'Windows Server 2025, Server Core edition.',
      vi: 'Windows Server 2025, bản Server Core.',
    },
    WINDOWS_SERVER_2025_FULL: {
      en: 'Windows Server 2025, Full edition (Desktop Experience).',
      vi: 'Windows Server 2025, bản Full (Desktop Experience).',
    },
    WINDOWS_SERVER_20H2_CORE: {
      en: 'Windows Server version 20H2 (semi-annual channel), Server Core; no longer supported by Microsoft.',
      vi: 'Windows Server version 20H2 (kênh semi-annual), bản Server Core; Microsoft đã ngừng hỗ trợ.',
    },
  },
};
