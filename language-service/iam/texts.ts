/** Bilingual texts of the role analysis: why a permission is needed, and notes about the result. */
import type { Bilingual } from '../field-docs/types';

export const roleNames: Record<'execution' | 'task', Bilingual> = {
  execution: { en: 'execution role', vi: 'execution role' },
  task: { en: 'task role', vi: 'task role' },
};

export const reasons = {
  ecrAuth: { en: 'log in to Amazon ECR to pull the private image', vi: 'đăng nhập Amazon ECR để kéo image private' },
  ecrPull: { en: 'pull the private ECR image', vi: 'kéo image private từ ECR' },
  awslogs: { en: 'write the container logs to the awslogs log group', vi: 'ghi log của container vào log group của awslogs' },
  awslogsCreate: { en: 'create the log group (`awslogs-create-group` is `"true"`)', vi: 'tạo log group (`awslogs-create-group` là `"true"`)' },
  secretsManager: { en: 'read the secret from Secrets Manager when the container starts', vi: 'đọc secret từ Secrets Manager khi container khởi động' },
  ssm: { en: 'read the parameter from SSM Parameter Store when the container starts', vi: 'đọc tham số từ SSM Parameter Store khi container khởi động' },
  logSecretsManager: { en: 'read a secret option of the log driver from Secrets Manager', vi: 'đọc secret option của log driver từ Secrets Manager' },
  logSsm: { en: 'read a secret option of the log driver from SSM Parameter Store', vi: 'đọc secret option của log driver từ SSM Parameter Store' },
  repositoryCredentials: { en: 'read the private registry credentials from Secrets Manager', vi: 'đọc thông tin đăng nhập registry private từ Secrets Manager' },
  environmentFiles: { en: 'download the environment file from S3', vi: 'tải environment file từ S3' },
  environmentFilesBucket: { en: 'locate the bucket of the environment file', vi: 'xác định bucket chứa environment file' },
  firelensConfig: { en: 'download the FireLens configuration file from S3', vi: 'tải file cấu hình FireLens từ S3' },
  efs: { en: 'mount the EFS file system with IAM authorization', vi: 'mount EFS file system bằng IAM authorization' },
  ecsExec: { en: 'open ECS Exec sessions (Session Manager channels)', vi: 'mở phiên ECS Exec (các kênh của Session Manager)' },
  firelensCloudWatch: { en: 'let the FireLens router write the logs to CloudWatch Logs', vi: 'cho log router FireLens ghi log vào CloudWatch Logs' },
  firelensFirehose: { en: 'let the FireLens router send the logs to Kinesis Data Firehose', vi: 'cho log router FireLens gửi log sang Kinesis Data Firehose' },
  firelensKinesis: { en: 'let the FireLens router send the logs to a Kinesis data stream', vi: 'cho log router FireLens gửi log sang Kinesis data stream' },
  firelensS3: { en: 'let the FireLens router write the logs to S3', vi: 'cho log router FireLens ghi log vào S3' },
  trust: { en: 'let ECS tasks assume the role', vi: 'cho phép task của ECS assume role' },
} satisfies Record<string, Bilingual>;

export const notes = {
  accountUnknown: {
    en: 'No AWS account id was found in this file: the ARNs use `*` for the account. Replace it with your account id.',
    vi: 'Không tìm thấy AWS account id trong file: các ARN dùng `*` thay cho account. Hãy thay bằng account id của bạn.',
  },
  regionUnknown: {
    en: 'No region was found in this file: some ARNs use `*` for the region. Replace it with the region of the task.',
    vi: 'Không tìm thấy region trong file: một số ARN dùng `*` thay cho region. Hãy thay bằng region của task.',
  },
  ssmName: {
    en: '`{name}` is an SSM parameter name, not an ARN: the policy uses `{arn}`. A bare name only works for a parameter in the same region as the task.',
    vi: '`{name}` là tên tham số SSM, không phải ARN: policy dùng `{arn}`. Tên trần chỉ dùng được với tham số nằm cùng region với task.',
  },
  partialSecretArn: {
    en: 'The secret ARN `{arn}` has no 6-character suffix: the policy matches it with `-??????`, the suffix Secrets Manager adds to every secret ARN.',
    vi: 'ARN của secret `{arn}` không có hậu tố 6 ký tự: policy khớp nó bằng `-??????`, hậu tố mà Secrets Manager thêm vào mọi ARN của secret.',
  },
  template: {
    en: '`{value}` holds a template placeholder: the policy uses `*` in its place. Narrow the resource once the value is known.',
    vi: '`{value}` chứa placeholder của template: policy dùng `*` thay cho nó. Hãy thu hẹp resource khi đã biết giá trị thật.',
  },
  unknownSecret: {
    en: '`{value}` is neither a Secrets Manager ARN nor an SSM parameter: no permission was derived for it.',
    vi: '`{value}` không phải ARN của Secrets Manager cũng không phải tham số SSM: không suy ra được quyền nào cho nó.',
  },
  kms: {
    en: 'If a secret or SecureString parameter is encrypted with a customer managed KMS key, also allow `kms:Decrypt` on that key for the execution role (the AWS managed key needs nothing).',
    vi: 'Nếu secret hoặc tham số SecureString được mã hóa bằng KMS key do bạn quản lý (customer managed), hãy cho execution role thêm quyền `kms:Decrypt` trên key đó (key do AWS quản lý thì không cần).',
  },
  ec2Only: {
    en: 'This task can run on EC2. There the awslogs driver writes with the execution role when the task has one: the ECS agent hands it the role\'s credentials (ECS-optimized Linux AMIs enable this by default; on Windows instances set `ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true` in the agent configuration). Only a task without an execution role falls back to the instance profile, which then needs the log permissions.',
    vi: 'Task này có thể chạy trên EC2. Ở đó, awslogs ghi log bằng execution role khi task có role này: ECS agent chuyển credential của role cho log driver (các ECS-optimized AMI cho Linux bật sẵn tính năng này; trên instance Windows, hãy đặt `ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true` trong cấu hình agent). Chỉ khi task không có execution role thì mới dùng instance profile, và khi đó instance profile mới cần quyền ghi log.',
  },
  ecsExec: {
    en: 'ECS Exec also needs `enableExecuteCommand` on the service (or `run-task`). If exec sessions are logged to S3 or CloudWatch Logs, or encrypted with a KMS key, the task role needs those permissions too.',
    vi: 'ECS Exec còn cần bật `enableExecuteCommand` trên service (hoặc khi `run-task`). Nếu phiên exec được ghi log vào S3, CloudWatch Logs hoặc mã hóa bằng KMS key, task role cũng cần các quyền đó.',
  },
  rootAccess: {
    en: 'Volume `{volume}` has no access point: `elasticfilesystem:ClientRootAccess` is included so a container running as root keeps root access on the file system. Drop it if the containers do not run as root.',
    vi: 'Volume `{volume}` không dùng access point: policy có `elasticfilesystem:ClientRootAccess` để container chạy bằng root vẫn có quyền root trên file system. Bỏ quyền này nếu container không chạy bằng root.',
  },
  taskRoleEmpty: {
    en: 'Nothing in the task definition needs the task role: give it only what your application calls (S3, DynamoDB, SQS, ...).',
    vi: 'Không có gì trong task definition cần task role: chỉ cấp cho nó những gì ứng dụng của bạn gọi (S3, DynamoDB, SQS, ...).',
  },
  executionRoleEmpty: {
    en: 'Nothing in the task definition needs the execution role.',
    vi: 'Không có gì trong task definition cần execution role.',
  },
} satisfies Record<string, Bilingual>;

export const hoverTexts = {
  nothing: { en: 'Nothing in this task definition needs the {role}.', vi: 'Không có gì trong task definition này cần {role}.' },
  execTip: {
    en: 'With ECS Exec, the task role also needs `ssmmessages:CreateControlChannel`, `CreateDataChannel`, `OpenControlChannel` and `OpenDataChannel`.',
    vi: 'Nếu dùng ECS Exec, task role còn cần `ssmmessages:CreateControlChannel`, `CreateDataChannel`, `OpenControlChannel` và `OpenDataChannel`.',
  },
  generate: {
    en: 'Command **ECS: Generate IAM policies for this task definition** writes these as IAM policy documents.',
    vi: 'Lệnh **ECS: Tạo IAM policy cho task definition này** viết các quyền này thành IAM policy.',
  },
  forFields: { en: 'for', vi: 'cho' },
  moreFields: { en: 'and {count} more', vi: 'và {count} chỗ khác' },
} satisfies Record<string, Bilingual>;

export const documentTitles = {
  executionRolePolicy: { en: 'Execution role: permissions policy', vi: 'Execution role: policy cấp quyền' },
  taskRolePolicy: { en: 'Task role: permissions policy', vi: 'Task role: policy cấp quyền' },
  trustPolicy: { en: 'Trust policy (both roles)', vi: 'Trust policy (dùng cho cả hai role)' },
} satisfies Record<string, Bilingual>;

/** The IAM policies report: one Markdown document per task definition, one titled section per policy. */
export const reportTexts = {
  title: { en: 'IAM policies for task definition `{family}`', vi: 'IAM policy cho task definition `{family}`' },
  intro: {
    en: 'Derived from this task definition. Copy each JSON block into the IAM console, or into a file for `aws iam put-role-policy` / `create-role`.',
    vi: 'Được suy ra từ task definition này. Chép từng khối JSON vào IAM console, hoặc vào một file cho `aws iam put-role-policy` / `create-role`.',
  },
  attachTo: { en: 'Attach to: {role}', vi: 'Gắn vào: {role}' },
  roleIn: { en: 'the role in `{field}`: `{arn}`', vi: 'role trong `{field}`: `{arn}`' },
  roleMissing: { en: 'the role you will set in `{field}` (not set yet)', vi: 'role bạn sẽ đặt trong `{field}` (chưa đặt)' },
  trustBoth: { en: 'both roles, as their trust policy (who may assume them)', vi: 'cả hai role, làm trust policy (ai được assume role)' },
  empty: { en: 'No statement: nothing in the task definition needs this role.', vi: 'Không có statement nào: task definition không cần role này.' },
  notes: { en: 'Notes', vi: 'Ghi chú' },
} satisfies Record<string, Bilingual>;

/** The question the Generate IAM policies command asks before it writes the report. */
export const questionTexts = {
  title: { en: 'Generate IAM policies', vi: 'Tạo IAM policy' },
  placeholder: { en: 'Do you want to open a shell in the containers with ECS Exec?', vi: 'Bạn có muốn mở shell vào container bằng ECS Exec không?' },
  no: { en: 'No', vi: 'Không' },
  noDetail: { en: 'Only what the task definition itself needs', vi: 'Chỉ những gì bản thân task definition cần' },
  yes: { en: 'Yes, I use ECS Exec', vi: 'Có, tôi dùng ECS Exec' },
  yesDetail: { en: 'Add the ssmmessages permissions to the task role for aws ecs execute-command', vi: 'Thêm quyền ssmmessages vào task role để dùng aws ecs execute-command' },
} satisfies Record<string, Bilingual>;
