/**
 * Field documentation for the ECS *service definition*: the JSON input of
 * `aws ecs create-service --cli-input-json` (shape CreateServiceRequest of the ECS API model).
 * Keys are the paths of create-service.fields.txt. Written in our own words; facts from the ECS
 * API model, ECS-RULES.md and the AWS Developer Guide.
 */
import type { Bilingual, EnumDocTable, FieldDocTable } from './types';

const GUIDE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/';
const API = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/';
const SDP = `${GUIDE}service_definition_parameters.html`;

/** Anchor of a top-level request parameter on the CreateService API page. */
const req = (param: string): string => `${API}API_CreateService.html#ECS-CreateService-request-${param}`;
/** API reference page of a sub-structure, optionally with the anchor of one member. */
const shape = (name: string, member?: string): string =>
  `${API}API_${name}.html${member ? `#ECS-Type-${name}-${member}` : ''}`;

/** Joins Markdown lines. */
const md = (...lines: string[]): string => lines.join('\n');

// ---------------------------------------------------------------------------------------------
// Shared text
// ---------------------------------------------------------------------------------------------

const LB_TABLE: Bilingual = {
  en: md(
    '| | Application Load Balancer (ALB) | Network Load Balancer (NLB) | Classic Load Balancer (CLB) |',
    '|---|---|---|---|',
    '| Layer | 7 (application) | 4 (transport) | 4/7, previous generation |',
    '| Protocols | HTTP, HTTPS, HTTP/2, gRPC, WebSocket | TCP, UDP, TLS | TCP, SSL, HTTP, HTTPS |',
    '| Routing | Path, host, header, query-string rules: many services behind one listener | By port only, very high throughput, low latency | None: one application per load balancer |',
    '| Static IP | No (use the DNS name) | Yes, one per AZ (Elastic IPs possible), PrivateLink | No |',
    '| awsvpc / Fargate | Yes (target type `ip`) | Yes (target type `ip`) | **No** |',
    '| Dynamic host ports (bridge on EC2) | Yes | Yes | No |',
    '| Field in `loadBalancers[]` | `targetGroupArn` | `targetGroupArn` | `loadBalancerName` |',
  ),
  vi: md(
    '| | Application Load Balancer (ALB) | Network Load Balancer (NLB) | Classic Load Balancer (CLB) |',
    '|---|---|---|---|',
    '| Tầng | 7 (ứng dụng) | 4 (giao vận) | 4/7, thế hệ cũ |',
    '| Giao thức | HTTP, HTTPS, HTTP/2, gRPC, WebSocket | TCP, UDP, TLS | TCP, SSL, HTTP, HTTPS |',
    '| Định tuyến | Rule theo path, host, header, query string: nhiều service dùng chung một listener | Chỉ theo port, throughput rất cao, độ trễ thấp | Không có: mỗi load balancer một ứng dụng |',
    '| IP tĩnh | Không (dùng DNS name) | Có, mỗi AZ một IP (có thể gắn Elastic IP), hỗ trợ PrivateLink | Không |',
    '| awsvpc / Fargate | Có (target type `ip`) | Có (target type `ip`) | **Không** |',
    '| Port động trên host (bridge trên EC2) | Có | Có | Không |',
    '| Trường trong `loadBalancers[]` | `targetGroupArn` | `targetGroupArn` | `loadBalancerName` |',
  ),
};

const ROLLOUT_TABLE: Bilingual = {
  en: md(
    '| `minimumHealthyPercent` / `maximumPercent` | What a deployment of 4 tasks does |',
    '|---|---|',
    '| `100` / `200` (default) | Never fewer than 4 healthy tasks; starts new tasks first, so it needs spare capacity (always there on Fargate) |',
    '| `50` / `100` | Never more than 4 tasks; replaces 2 at a time with no extra capacity, at half strength meanwhile |',
    '| `50` / `200` | Free to do either: start extra tasks when there is room, or stop 2 old ones first when there is not |',
    '| `0` / `100` | Stops everything, then starts the new version: downtime. Only for dev, or a singleton that must never run twice |',
    '| `100` / `100` | No room to move in either direction: the rollout cannot make progress |',
  ),
  vi: md(
    '| `minimumHealthyPercent` / `maximumPercent` | Deploy một service 4 task sẽ diễn ra thế nào |',
    '|---|---|',
    '| `100` / `200` (mặc định) | Không bao giờ dưới 4 task healthy; khởi động task mới trước, nên cần dư capacity (trên Fargate luôn có) |',
    '| `50` / `100` | Không bao giờ quá 4 task; thay 2 task một lượt, không cần thêm capacity, nhưng trong lúc đó chỉ còn một nửa sức tải |',
    '| `50` / `200` | Linh hoạt cả hai kiểu: còn chỗ thì chạy thêm task, hết chỗ thì dừng 2 task cũ trước |',
    '| `0` / `100` | Dừng hết rồi mới chạy bản mới: có downtime. Chỉ dùng cho môi trường dev, hoặc service chỉ được phép chạy đúng một bản |',
    '| `100` / `100` | Không còn khoảng nào để xoay xở: quá trình rollout không thể tiến triển |',
  ),
};

const SUBNET_TABLE: Bilingual = {
  en: md(
    '| Subnet | `assignPublicIp` | Can the task pull images and reach the internet? |',
    '|---|---|---|',
    '| Public (route to an internet gateway) | `ENABLED` | Yes, directly |',
    '| Public | `DISABLED` | **No**: the task hangs at image pull and stops (`CannotPullContainerError` / `ResourceInitializationError` with a timeout) |',
    '| Private with a NAT gateway | `DISABLED` | Yes, through the NAT gateway (the usual production setup) |',
    '| Private without NAT | `DISABLED` | Only to AWS services that have VPC endpoints: ECR `api` + `dkr`, the S3 gateway endpoint (image layers), CloudWatch Logs, Secrets Manager... |',
    '| Private | `ENABLED` | Does not help: without an internet gateway route the public IP is useless |',
  ),
  vi: md(
    '| Subnet | `assignPublicIp` | Task có kéo được image và ra được internet không? |',
    '|---|---|---|',
    '| Public (có route tới internet gateway) | `ENABLED` | Có, đi thẳng |',
    '| Public | `DISABLED` | **Không**: task treo ở bước kéo image rồi dừng (`CannotPullContainerError` / `ResourceInitializationError` kèm timeout) |',
    '| Private có NAT gateway | `DISABLED` | Có, đi qua NAT gateway (cách làm phổ biến cho production) |',
    '| Private không có NAT | `DISABLED` | Chỉ tới được các dịch vụ AWS có VPC endpoint: ECR `api` + `dkr`, S3 gateway endpoint (chứa các layer của image), CloudWatch Logs, Secrets Manager... |',
    '| Private | `ENABLED` | Vô ích: không có route tới internet gateway thì public IP cũng không dùng được |',
  ),
};

const INFRA_ROLE: Bilingual = {
  en: 'Must be an **ECS infrastructure role**: an IAM role whose trust policy lets `ecs.amazonaws.com` assume it, so that ECS can manage AWS resources for you. It is neither the task role nor the task execution role.',
  vi: 'Phải là một **ECS infrastructure role**: IAM role có trust policy cho phép `ecs.amazonaws.com` assume, để ECS thay bạn quản lý tài nguyên AWS. Nó không phải task role, cũng không phải task execution role.',
};

const TAG_KEY_LIMITS: Bilingual = {
  en: '1 to 128 characters: letters, digits, spaces and `_ . : / = + - @`. Must not start with `aws:` (any case): the prefix is reserved for AWS.',
  vi: '1 đến 128 ký tự: chữ cái, chữ số, khoảng trắng và `_ . : / = + - @`. Không được bắt đầu bằng `aws:` (dù viết hoa hay thường): tiền tố này dành riêng cho AWS.',
};

const TAG_VALUE_LIMITS: Bilingual = {
  en: '0 to 256 characters: letters, digits, spaces and `_ . : / = + - @`. Must not start with `aws:` (any case): the prefix is reserved for AWS, in values as in keys.',
  vi: '0 đến 256 ký tự: chữ cái, chữ số, khoảng trắng và `_ . : / = + - @`. Không được bắt đầu bằng `aws:` (dù viết hoa hay thường): tiền tố này dành riêng cho AWS, ở value cũng như ở key.',
};

const PROPAGATE_TAGS_ENUM: Record<string, Bilingual> = {
  TASK_DEFINITION: {
    en: 'Copy the tags of the task definition.',
    vi: 'Chép các tag của task definition.',
  },
  SERVICE: {
    en: 'Copy the tags of the service (the `tags` of this file).',
    vi: 'Chép các tag của service (chính là `tags` trong file này).',
  },
  NONE: {
    en: 'Copy nothing (the default).',
    vi: 'Không chép gì (mặc định).',
  },
};

// ---------------------------------------------------------------------------------------------
// Field docs
// ---------------------------------------------------------------------------------------------

export const serviceFieldDocs: FieldDocTable = {
  cluster: {
    summary: {
      en: 'The cluster the service runs in: its short name (`prod`) or full ARN.',
      vi: 'Cluster mà service chạy trong đó: tên ngắn (`prod`) hoặc ARN đầy đủ.',
    },
    default: {
      en: 'The cluster named `default` (which must exist).',
      vi: 'Cluster có tên `default` (cluster này phải tồn tại).',
    },
    limits: {
      en: 'A name, or `arn:aws:ecs:REGION:ACCOUNT_ID:cluster/NAME`. The cluster must be in the Region of the request.',
      vi: 'Một tên, hoặc `arn:aws:ecs:REGION:ACCOUNT_ID:cluster/NAME`. Cluster phải nằm trong Region của request.',
    },
    example: '"cluster": "prod"',
    link: `${SDP}#sd-cluster`,
  },

  serviceName: {
    summary: {
      en: 'The name of the service. It appears in the console, in CloudWatch metrics and in the ARN, and cannot be changed later (a new name means a new service).',
      vi: 'Tên của service. Tên này hiện trên console, trong metric CloudWatch và trong ARN, và không đổi được về sau (đổi tên nghĩa là tạo service mới).',
    },
    limits: {
      en: 'Required. Up to 255 characters: letters, digits, `_` and `-`. Unique within the cluster (the same name may exist in other clusters).',
      vi: 'Bắt buộc. Tối đa 255 ký tự: chữ cái, chữ số, `_` và `-`. Không trùng trong cùng cluster (cluster khác có thể dùng lại tên này).',
    },
    example: '"serviceName": "orders-api"',
    link: `${SDP}#sd-servicename`,
  },

  taskDefinition: {
    summary: {
      en: 'Which task definition the service runs: `family`, `family:revision` or the full task definition ARN. This is the link between this file and the `task-definition.json` you register.',
      vi: 'Task definition mà service sẽ chạy: `family`, `family:revision` hoặc ARN đầy đủ của task definition. Đây là sợi dây nối file này với file `task-definition.json` mà bạn đăng ký.',
    },
    default: {
      en: 'None. Required with the `ECS` and `CODE_DEPLOY` deployment controllers; only an `EXTERNAL` controller may omit it (its task sets carry the task definition).',
      vi: 'Không có. Bắt buộc với deployment controller `ECS` và `CODE_DEPLOY`; chỉ controller `EXTERNAL` mới được bỏ trống (task set của nó tự mang task definition).',
    },
    limits: {
      en: '`family` alone means the latest `ACTIVE` revision *at the time of the call*. The task definition must be compatible with the launch type: ECS looks at the `compatibilities` it computed at registration, which hold the launch types listed in `requiresCompatibilities` plus any other whose rules the definition happens to meet. List the launch type (e.g. `FARGATE`) in `requiresCompatibilities` to have it checked at registration.',
      vi: 'Chỉ ghi `family` nghĩa là revision `ACTIVE` mới nhất *tại thời điểm gọi API*. Task definition phải tương thích với launch type: ECS xem trường `compatibilities` mà nó tính lúc đăng ký, gồm các launch type có trong `requiresCompatibilities` cộng với launch type nào khác mà task definition tình cờ thỏa quy tắc. Hãy liệt kê launch type đó (ví dụ `FARGATE`) trong `requiresCompatibilities` để nó được kiểm tra ngay lúc đăng ký.',
    },
    example: '"taskDefinition": "orders-api:42"',
    link: `${SDP}#sd-taskdefinition`,
    concept: {
      en: md(
        'A **task definition** describes *what* to run (images, CPU/memory, ports, roles); a **service** says *how many*, *where* and *behind what*. `taskDefinition` is where the two meet. Three forms are accepted:',
        '',
        '- **Family** — Example: `"orders-api"` · Meaning: The latest `ACTIVE` revision when the service is created or updated',
        '- **Family and revision** — Example: `"orders-api:42"` · Meaning: Exactly revision 42',
        '- **Full ARN** — Example: `"arn:aws:ecs:eu-west-1:123456789012:task-definition/orders-api:42"` · Meaning: Exactly that revision; also works across tooling that expects ARNs',
        '',
        '- The family is the `family` field of the `task-definition.json` you keep next to this file. Each `aws ecs register-task-definition --cli-input-json file://task-definition.json` creates the next revision (`:43`, `:44`, ...).',
        '- The service does **not** follow new revisions on its own: ECS resolves the family to one revision when you call the API. To roll out a new revision, register it, then `aws ecs update-service --task-definition orders-api:43` (this is what CI pipelines do).',
        '- Names in this file must exist in that task definition: `loadBalancers[].containerName` / `containerPort`, Service Connect `portName`, VPC Lattice `portName`, `volumeConfigurations[].name`. Its `networkMode: awsvpc` requires `networkConfiguration` here.',
        '- Pin `family:revision` in committed files for reproducible deployments; the bare family is handy for quick manual work.',
      ),
      vi: md(
        '**Task definition** mô tả *chạy cái gì* (image, CPU/memory, port, role); **service** quyết định *chạy bao nhiêu*, *ở đâu* và *đứng sau cái gì*. `taskDefinition` là chỗ hai thứ gặp nhau. Có ba cách ghi:',
        '',
        '- **Family** — Ví dụ: `"orders-api"` · Ý nghĩa: Revision `ACTIVE` mới nhất tại lúc service được tạo hoặc cập nhật',
        '- **Family kèm revision** — Ví dụ: `"orders-api:42"` · Ý nghĩa: Đúng revision 42',
        '- **ARN đầy đủ** — Ví dụ: `"arn:aws:ecs:eu-west-1:123456789012:task-definition/orders-api:42"` · Ý nghĩa: Đúng revision đó; tiện cho các công cụ chỉ làm việc với ARN',
        '',
        '- Family chính là trường `family` trong file `task-definition.json` bạn để cạnh file này. Mỗi lần chạy `aws ecs register-task-definition --cli-input-json file://task-definition.json` sẽ sinh revision kế tiếp (`:43`, `:44`, ...).',
        '- Service **không** tự chạy theo revision mới: ECS quy family ra đúng một revision ngay lúc bạn gọi API. Muốn rollout revision mới thì đăng ký nó, rồi `aws ecs update-service --task-definition orders-api:43` (các pipeline CI làm đúng như vậy).',
        '- Các tên trong file này phải có trong task definition đó: `loadBalancers[].containerName` / `containerPort`, `portName` của Service Connect, `portName` của VPC Lattice, `volumeConfigurations[].name`. Nếu task definition dùng `networkMode: awsvpc` thì ở đây bắt buộc có `networkConfiguration`.',
        '- Trong file commit vào repo nên ghi cố định `family:revision` để lần deploy nào cũng tái lập được; ghi mỗi family thì tiện khi thao tác tay.',
      ),
    },
  },

  availabilityZoneRebalancing: {
    summary: {
      en: 'Whether ECS moves tasks between Availability Zones on its own when they become unevenly spread (for example after one AZ had trouble), so the service stays balanced across AZs.',
      vi: 'ECS có tự di chuyển task giữa các Availability Zone khi chúng bị phân bổ lệch hay không (ví dụ sau khi một AZ gặp sự cố), để service luôn cân bằng giữa các AZ.',
    },
    default: {
      en: '`ENABLED` for a new service. (On update, an absent value keeps the current setting.)',
      vi: '`ENABLED` với service mới tạo. (Khi cập nhật, bỏ trống nghĩa là giữ nguyên giá trị hiện tại.)',
    },
    example: '"availabilityZoneRebalancing": "ENABLED"',
    link: req('availabilityZoneRebalancing'),
  },

  // ----- load balancers ---------------------------------------------------------------------

  loadBalancers: {
    summary: {
      en: 'The load balancers that send traffic to the tasks. ECS registers each new task in the target group (or Classic Load Balancer) and deregisters it before stopping it.',
      vi: 'Các load balancer đưa traffic tới task. ECS đăng ký mỗi task mới vào target group (hoặc Classic Load Balancer) và gỡ task ra trước khi dừng nó.',
    },
    default: {
      en: 'None: the service is not behind a load balancer.',
      vi: 'Không có: service không đứng sau load balancer nào.',
    },
    limits: {
      en: 'ALB/NLB: up to 5 target groups per service (more than one needs the ECS service-linked role). `CODE_DEPLOY` controller: exactly one ALB or NLB target group here (the second one lives in CodeDeploy).',
      vi: 'ALB/NLB: tối đa 5 target group cho mỗi service (nhiều hơn một cần service-linked role của ECS). Với controller `CODE_DEPLOY`: ở đây khai báo đúng một target group ALB hoặc NLB (target group thứ hai nằm bên CodeDeploy).',
    },
    launchTypes: ['EC2', 'FARGATE', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: 'Fargate and every awsvpc task: ALB or NLB only, target type `ip`. ECS Anywhere (EXTERNAL) services cannot use Elastic Load Balancing.',
      vi: 'Fargate và mọi task awsvpc: chỉ ALB hoặc NLB, target type `ip`. Service ECS Anywhere (EXTERNAL) không dùng được Elastic Load Balancing.',
    },
    example: `"loadBalancers": [
  {
    "targetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/orders-api/0123456789abcdef",
    "containerName": "web",
    "containerPort": 8080
  }
]`,
    link: req('loadBalancers'),
    concept: {
      en: md(
        'A load balancer gives clients one stable address while ECS starts, stops and replaces tasks behind it. Which kind you pick decides what you write here:',
        '',
        LB_TABLE.en,
        '',
        '**Which one?** ALB is the default choice for HTTP/HTTPS. Use an NLB for TCP/UDP, when clients need static IP addresses, or to offer the service through PrivateLink. The Classic Load Balancer is the legacy generation: it cannot serve Fargate (nor any `awsvpc` task), so do not start new services on it.',
        '',
        '- **Target type** is chosen when you create the target group and cannot be changed later. `awsvpc` tasks (all of Fargate) have their own network interface, so they register by IP: target type **`ip`**. `bridge`/`host` tasks on EC2 register as instance + host port: target type **`instance`** (with `hostPort` 0 each task gets a dynamic port, so several copies fit on one instance).',
        '- **`containerName` + `containerPort`** point at one entry of the task definition: a container with that `name` and a `portMappings[]` entry with that `containerPort`. A typo here makes `create-service` fail.',
        '- **`targetGroupArn`** for ALB/NLB; **`loadBalancerName`** only for a Classic Load Balancer. Never both.',
        '- The security group of the tasks must allow the load balancer\'s security group on `containerPort`.',
        '- Slow-starting apps also need `healthCheckGracePeriodSeconds`, or ECS kills them before they pass their first health check.',
      ),
      vi: md(
        'Load balancer cho client một địa chỉ ổn định trong khi ECS khởi động, dừng và thay thế task phía sau. Loại bạn chọn quyết định những gì cần ghi ở đây:',
        '',
        LB_TABLE.vi,
        '',
        '**Chọn loại nào?** Với HTTP/HTTPS, ALB là lựa chọn mặc định. Dùng NLB cho TCP/UDP, khi client cần địa chỉ IP tĩnh, hoặc để cung cấp service qua PrivateLink. Classic Load Balancer là thế hệ cũ: nó không phục vụ được Fargate (và mọi task `awsvpc`), nên đừng dùng nó cho service mới.',
        '',
        '- **Target type** được chọn khi tạo target group và không đổi được về sau. Task `awsvpc` (toàn bộ Fargate) có network interface riêng nên đăng ký bằng IP: target type **`ip`**. Task `bridge`/`host` trên EC2 đăng ký bằng instance + port trên host: target type **`instance`** (với `hostPort` 0 mỗi task nhận một port động, nhờ vậy nhiều bản chạy chung một instance).',
        '- **`containerName` + `containerPort`** trỏ tới một mục trong task definition: container có đúng `name` đó và một phần tử `portMappings[]` có đúng `containerPort` đó. Gõ sai là `create-service` báo lỗi.',
        '- **`targetGroupArn`** dùng cho ALB/NLB; **`loadBalancerName`** chỉ dùng cho Classic Load Balancer. Không bao giờ ghi cả hai.',
        '- Security group của task phải cho phép security group của load balancer đi vào `containerPort`.',
        '- Ứng dụng khởi động chậm cần thêm `healthCheckGracePeriodSeconds`, nếu không ECS sẽ giết task trước khi nó kịp qua lần health check đầu tiên.',
      ),
    },
  },

  'loadBalancers[]': {
    summary: {
      en: 'One load balancer attachment: a target group ARN (ALB/NLB) or a Classic Load Balancer name, plus the container and port that receive the traffic.',
      vi: 'Một lần gắn load balancer: ARN của target group (ALB/NLB) hoặc tên Classic Load Balancer, cùng container và port nhận traffic.',
    },
    limits: {
      en: 'Exactly one of `targetGroupArn` and `loadBalancerName`.',
      vi: 'Chỉ một trong hai: `targetGroupArn` hoặc `loadBalancerName`.',
    },
    example: '{ "targetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/orders-api/0123456789abcdef", "containerName": "web", "containerPort": 8080 }',
    link: shape('LoadBalancer'),
  },

  'loadBalancers[].targetGroupArn': {
    summary: {
      en: 'The full ARN of the ALB or NLB target group the tasks are registered in. The target group is created in Elastic Load Balancing beforehand and attached to a listener there.',
      vi: 'ARN đầy đủ của target group ALB hoặc NLB mà task được đăng ký vào. Target group phải được tạo sẵn trong Elastic Load Balancing và gắn vào một listener ở đó.',
    },
    limits: {
      en: '`arn:aws:elasticloadbalancing:REGION:ACCOUNT_ID:targetgroup/NAME/ID`. Target type `ip` for awsvpc tasks (Fargate), `instance` for bridge/host tasks. Omit for a Classic Load Balancer.',
      vi: '`arn:aws:elasticloadbalancing:REGION:ACCOUNT_ID:targetgroup/NAME/ID`. Target type `ip` cho task awsvpc (Fargate), `instance` cho task bridge/host. Bỏ trống khi dùng Classic Load Balancer.',
    },
    example: '"targetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/orders-api/0123456789abcdef"',
    link: shape('LoadBalancer', 'targetGroupArn'),
  },

  'loadBalancers[].loadBalancerName': {
    summary: {
      en: 'The name of a **Classic Load Balancer**. Only for that legacy type; ALB and NLB are referenced through `targetGroupArn` instead.',
      vi: 'Tên của một **Classic Load Balancer**. Chỉ dùng cho loại đời cũ này; ALB và NLB được tham chiếu qua `targetGroupArn`.',
    },
    limits: {
      en: 'Omit with ALB/NLB. Not usable with awsvpc tasks, so never on Fargate.',
      vi: 'Bỏ trống khi dùng ALB/NLB. Không dùng được với task awsvpc, nên không bao giờ dùng trên Fargate.',
    },
    launchTypes: ['EC2'],
    launchTypeNote: {
      en: 'EC2 with `bridge` or `host` network mode only; Classic Load Balancers also need a fixed host port, and container health checks are not supported for the tasks of a service behind one.',
      vi: 'Chỉ EC2 với network mode `bridge` hoặc `host`; Classic Load Balancer còn cần host port cố định, và task của service đứng sau CLB không được hỗ trợ container health check.',
    },
    example: '"loadBalancerName": "legacy-web-elb"',
    link: shape('LoadBalancer', 'loadBalancerName'),
  },

  'loadBalancers[].containerName': {
    summary: {
      en: 'The container (its `name` in the task definition) that receives the load balancer traffic.',
      vi: 'Container (theo `name` trong task definition) nhận traffic từ load balancer.',
    },
    limits: {
      en: 'Must match a `containerDefinitions[].name` of the task definition exactly (case-sensitive).',
      vi: 'Phải khớp chính xác một `containerDefinitions[].name` trong task definition (phân biệt hoa thường).',
    },
    example: '"containerName": "web"',
    link: shape('LoadBalancer', 'containerName'),
  },

  'loadBalancers[].containerPort': {
    summary: {
      en: 'The port inside the container that the load balancer forwards to. ECS registers the matching host port (bridge) or the task IP with this port (awsvpc) as the target.',
      vi: 'Port bên trong container mà load balancer chuyển traffic tới. ECS đăng ký host port tương ứng (bridge) hoặc IP của task kèm port này (awsvpc) làm target.',
    },
    limits: {
      en: 'Must equal a `portMappings[].containerPort` of the container named in `containerName`. On EC2 the instance\'s security group must allow the mapped host port.',
      vi: 'Phải bằng một `portMappings[].containerPort` của container ghi trong `containerName`. Trên EC2, security group của instance phải mở host port tương ứng.',
    },
    example: '"containerPort": 8080',
    link: shape('LoadBalancer', 'containerPort'),
  },

  'loadBalancers[].advancedConfiguration': {
    summary: {
      en: 'Extra settings for ECS-native blue/green, linear and canary deployments (`deploymentConfiguration.strategy`): the second target group, the listener rules ECS switches, and the role that lets ECS do it.',
      vi: 'Thiết lập thêm cho kiểu deploy blue/green, linear và canary do ECS tự thực hiện (`deploymentConfiguration.strategy`): target group thứ hai, các listener rule mà ECS chuyển đổi, và role cho phép ECS làm việc đó.',
    },
    default: {
      en: 'None: not needed for rolling updates.',
      vi: 'Không có: rolling update không cần.',
    },
    example: `"advancedConfiguration": {
  "alternateTargetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/orders-api-green/fedcba9876543210",
  "productionListenerRule": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/main/0123456789abcdef/1111111111111111/2222222222222222",
  "testListenerRule": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/main/0123456789abcdef/3333333333333333/4444444444444444",
  "roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForLoadBalancers"
}`,
    link: shape('AdvancedConfiguration'),
  },

  'loadBalancers[].advancedConfiguration.alternateTargetGroupArn': {
    summary: {
      en: 'The second target group, used for the new ("green") revision during a blue/green, linear or canary deployment; `targetGroupArn` holds the current ("blue") tasks.',
      vi: 'Target group thứ hai, dùng cho revision mới ("green") trong lúc deploy blue/green, linear hoặc canary; `targetGroupArn` giữ các task hiện tại ("blue").',
    },
    limits: {
      en: 'A target group ARN of the same type (ALB or NLB, same target type) as `targetGroupArn`.',
      vi: 'ARN của một target group cùng loại (ALB hoặc NLB, cùng target type) với `targetGroupArn`.',
    },
    example: '"alternateTargetGroupArn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/orders-api-green/fedcba9876543210"',
    link: shape('AdvancedConfiguration', 'alternateTargetGroupArn'),
  },

  'loadBalancers[].advancedConfiguration.productionListenerRule': {
    summary: {
      en: 'The ARN of the listener rule (ALB) or listener (NLB) that carries production traffic; ECS changes its target group weights to shift traffic from blue to green.',
      vi: 'ARN của listener rule (ALB) hoặc listener (NLB) đang nhận traffic production; ECS đổi trọng số target group của nó để chuyển traffic từ blue sang green.',
    },
    example: '"productionListenerRule": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/main/0123456789abcdef/1111111111111111/2222222222222222"',
    link: shape('AdvancedConfiguration', 'productionListenerRule'),
  },

  'loadBalancers[].advancedConfiguration.testListenerRule': {
    summary: {
      en: 'Optional: the ARN of the listener rule (ALB) or listener (NLB) for test traffic, so you can try the green revision (e.g. on another port or header) before production moves.',
      vi: 'Tùy chọn: ARN của listener rule (ALB) hoặc listener (NLB) dành cho traffic test, để bạn thử revision green (ví dụ qua port hoặc header khác) trước khi chuyển production.',
    },
    example: '"testListenerRule": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/main/0123456789abcdef/3333333333333333/4444444444444444"',
    link: shape('AdvancedConfiguration', 'testListenerRule'),
  },

  'loadBalancers[].advancedConfiguration.roleArn': {
    summary: {
      en: 'The IAM role ECS assumes to call Elastic Load Balancing (modify listeners and rules) while it shifts traffic.',
      vi: 'IAM role mà ECS assume để gọi Elastic Load Balancing (sửa listener và rule) trong lúc chuyển traffic.',
    },
    limits: INFRA_ROLE,
    example: '"roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForLoadBalancers"',
    link: shape('AdvancedConfiguration', 'roleArn'),
  },

  // ----- service discovery (Cloud Map) ------------------------------------------------------

  serviceRegistries: {
    summary: {
      en: 'Registers every task in an AWS Cloud Map service, so other clients find the tasks through DNS (A or SRV records) or the Cloud Map API. For new designs, Service Connect is usually simpler.',
      vi: 'Đăng ký mỗi task vào một service của AWS Cloud Map, để client khác tìm thấy task qua DNS (bản ghi A hoặc SRV) hoặc Cloud Map API. Với thiết kế mới, Service Connect thường đơn giản hơn.',
    },
    limits: {
      en: 'At most one registry per service.',
      vi: 'Mỗi service tối đa một registry.',
    },
    example: '"serviceRegistries": [{ "registryArn": "arn:aws:servicediscovery:eu-west-1:123456789012:service/srv-abcd1234efgh5678" }]',
    link: req('serviceRegistries'),
  },

  'serviceRegistries[]': {
    summary: {
      en: 'One Cloud Map registration: the Cloud Map service ARN, plus the port (or container + port) to publish when the records are SRV records.',
      vi: 'Một lần đăng ký Cloud Map: ARN của Cloud Map service, cộng port (hoặc container + port) cần công bố khi dùng bản ghi SRV.',
    },
    example: '{ "registryArn": "arn:aws:servicediscovery:eu-west-1:123456789012:service/srv-abcd1234efgh5678", "containerName": "web", "containerPort": 8080 }',
    link: shape('ServiceRegistry'),
  },

  'serviceRegistries[].registryArn': {
    summary: {
      en: 'The ARN of the Cloud Map *service* (not the namespace) in which ECS registers the tasks.',
      vi: 'ARN của *service* trong Cloud Map (không phải namespace) mà ECS đăng ký task vào.',
    },
    limits: {
      en: '`arn:aws:servicediscovery:REGION:ACCOUNT_ID:service/srv-...`',
      vi: '`arn:aws:servicediscovery:REGION:ACCOUNT_ID:service/srv-...`',
    },
    example: '"registryArn": "arn:aws:servicediscovery:eu-west-1:123456789012:service/srv-abcd1234efgh5678"',
    link: shape('ServiceRegistry', 'registryArn'),
  },

  'serviceRegistries[].port': {
    summary: {
      en: 'The port published in SRV records, for awsvpc tasks. Use either this or `containerName` + `containerPort`, not both.',
      vi: 'Port được công bố trong bản ghi SRV, dành cho task awsvpc. Dùng trường này hoặc `containerName` + `containerPort`, không dùng cả hai.',
    },
    example: '"port": 8080',
    link: shape('ServiceRegistry', 'port'),
  },

  'serviceRegistries[].containerName': {
    summary: {
      en: 'The container whose port is published in SRV records. Required (with `containerPort`) for `bridge` and `host` tasks; optional alternative to `port` for awsvpc tasks.',
      vi: 'Container có port được công bố trong bản ghi SRV. Bắt buộc (cùng `containerPort`) với task `bridge` và `host`; với task awsvpc là cách thay thế cho `port`.',
    },
    limits: {
      en: 'Must match a container `name` in the task definition.',
      vi: 'Phải khớp một `name` của container trong task definition.',
    },
    example: '"containerName": "web"',
    link: shape('ServiceRegistry', 'containerName'),
  },

  'serviceRegistries[].containerPort': {
    summary: {
      en: 'The container port published in SRV records (ECS looks up the host port for bridge tasks). Goes together with `containerName`.',
      vi: 'Port của container được công bố trong bản ghi SRV (với task bridge, ECS tự tra ra host port). Đi kèm với `containerName`.',
    },
    limits: {
      en: 'Must be a `portMappings[].containerPort` of that container.',
      vi: 'Phải là một `portMappings[].containerPort` của container đó.',
    },
    example: '"containerPort": 8080',
    link: shape('ServiceRegistry', 'containerPort'),
  },

  // ----- size and capacity ------------------------------------------------------------------

  desiredCount: {
    summary: {
      en: 'How many copies of the task the service keeps running. ECS starts replacements whenever a task stops; Service Auto Scaling changes this number for you if you configure it.',
      vi: 'Số bản task mà service luôn duy trì. Task nào dừng thì ECS khởi động task thay thế; nếu cấu hình Service Auto Scaling thì nó sẽ tự điều chỉnh con số này.',
    },
    default: {
      en: 'Needed for `REPLICA` services; `DAEMON` services ignore it (one task per instance).',
      vi: 'Cần cho service `REPLICA`; service `DAEMON` bỏ qua trường này (mỗi instance một task).',
    },
    limits: {
      en: '0 or more. `0` keeps the service defined but runs nothing.',
      vi: 'Từ 0 trở lên. `0` nghĩa là giữ service nhưng không chạy task nào.',
    },
    example: '"desiredCount": 2',
    link: `${SDP}#sd-desiredcount`,
  },

  clientToken: {
    summary: {
      en: 'An idempotency token: repeating the request with the same token does not create a second service. Useful for scripts that retry.',
      vi: 'Token idempotency: gửi lại request với cùng token sẽ không tạo service thứ hai. Hữu ích cho script có cơ chế thử lại.',
    },
    limits: {
      en: 'Up to 36 ASCII characters (codes 33 to 126), case-sensitive, unique per request.',
      vi: 'Tối đa 36 ký tự ASCII (mã 33 đến 126), phân biệt hoa thường, mỗi request một giá trị riêng.',
    },
    example: '"clientToken": "create-orders-api-2024-06-01"',
    link: `${SDP}#sd-clienttoken`,
  },

  launchType: {
    summary: {
      en: 'Where the tasks run: `FARGATE` (serverless), `EC2` (your instances in the cluster) or `EXTERNAL` (ECS Anywhere). Mutually exclusive with `capacityProviderStrategy`.',
      vi: 'Task chạy ở đâu: `FARGATE` (serverless), `EC2` (instance của bạn trong cluster) hoặc `EXTERNAL` (ECS Anywhere). Loại trừ lẫn nhau với `capacityProviderStrategy`.',
    },
    default: {
      en: 'Absent (and no `capacityProviderStrategy`): the cluster\'s default capacity provider strategy; without one, ECS uses EC2.',
      vi: 'Bỏ trống (và không có `capacityProviderStrategy`): dùng capacity provider strategy mặc định của cluster; nếu cluster không có thì ECS dùng EC2.',
    },
    limits: {
      en: 'Omit it when `capacityProviderStrategy` is set. Managed Instances and Fargate Spot are reached only through a capacity provider strategy, never through `launchType`.',
      vi: 'Bỏ trống khi đã có `capacityProviderStrategy`. Managed Instances và Fargate Spot chỉ dùng được qua capacity provider strategy, không bao giờ qua `launchType`.',
    },
    example: '"launchType": "FARGATE"',
    link: `${SDP}#sd-launchtype`,
    concept: {
      en: md(
        'There are two ways to say where a service\'s tasks run, and you use **exactly one** of them:',
        '',
        '| You want | Write |',
        '|---|---|',
        '| Fargate, on-demand | `"launchType": "FARGATE"` (or a strategy with `FARGATE`) |',
        '| Fargate Spot: up to ~70% cheaper, tasks may be stopped with a 2-minute warning | `capacityProviderStrategy` with `FARGATE_SPOT` (there is no launch type for it) |',
        '| A mix: a guaranteed on-demand floor plus Spot for the rest | `capacityProviderStrategy` with `base` and `weight` |',
        '| Your EC2 instances, with cluster auto scaling | `capacityProviderStrategy` with an Auto Scaling group capacity provider |',
        '| Your EC2 instances, no capacity provider | `"launchType": "EC2"` |',
        '| ECS Managed Instances | `capacityProviderStrategy` with a Managed Instances capacity provider |',
        '| Your own servers (ECS Anywhere) | `"launchType": "EXTERNAL"` |',
        '',
        '- Writing both fields is rejected. Writing neither uses the cluster\'s default capacity provider strategy.',
        '- Capacity providers must first be associated with the cluster (`put-cluster-capacity-providers`); `FARGATE` and `FARGATE_SPOT` exist in every account.',
        '- A single strategy cannot mix Fargate providers with Auto Scaling group providers.',
        '- Example: `[{"capacityProvider":"FARGATE","base":1,"weight":1},{"capacityProvider":"FARGATE_SPOT","weight":3}]` keeps 1 task on-demand, then places 1 of every 4 further tasks on on-demand and 3 on Spot.',
      ),
      vi: md(
        'Có hai cách chỉ định task của service chạy ở đâu, và bạn dùng **đúng một** trong hai:',
        '',
        '| Bạn muốn | Cách ghi |',
        '|---|---|',
        '| Fargate, on-demand | `"launchType": "FARGATE"` (hoặc một strategy có `FARGATE`) |',
        '| Fargate Spot: rẻ hơn tới khoảng 70%, task có thể bị dừng sau 2 phút báo trước | `capacityProviderStrategy` có `FARGATE_SPOT` (không có launch type nào cho nó) |',
        '| Kết hợp: một số task on-demand bảo đảm, phần còn lại chạy Spot | `capacityProviderStrategy` với `base` và `weight` |',
        '| EC2 instance của bạn, có cluster auto scaling | `capacityProviderStrategy` với capacity provider gắn Auto Scaling group |',
        '| EC2 instance của bạn, không dùng capacity provider | `"launchType": "EC2"` |',
        '| ECS Managed Instances | `capacityProviderStrategy` với capacity provider kiểu Managed Instances |',
        '| Server của riêng bạn (ECS Anywhere) | `"launchType": "EXTERNAL"` |',
        '',
        '- Ghi cả hai trường sẽ bị từ chối. Không ghi trường nào thì dùng capacity provider strategy mặc định của cluster.',
        '- Capacity provider phải được gắn vào cluster trước (`put-cluster-capacity-providers`); `FARGATE` và `FARGATE_SPOT` có sẵn trong mọi account.',
        '- Một strategy không được trộn provider Fargate với provider Auto Scaling group.',
        '- Ví dụ: `[{"capacityProvider":"FARGATE","base":1,"weight":1},{"capacityProvider":"FARGATE_SPOT","weight":3}]` giữ 1 task on-demand, sau đó cứ 4 task tiếp theo thì 1 task chạy on-demand và 3 task chạy Spot.',
      ),
    },
  },

  capacityProviderStrategy: {
    summary: {
      en: 'How to spread the service\'s tasks over capacity providers (`FARGATE`, `FARGATE_SPOT`, Auto Scaling group or Managed Instances providers), with a `base` count and `weight`s. Mutually exclusive with `launchType`.',
      vi: 'Cách chia task của service cho các capacity provider (`FARGATE`, `FARGATE_SPOT`, provider gắn Auto Scaling group hoặc Managed Instances), theo số lượng `base` và các `weight`. Loại trừ lẫn nhau với `launchType`.',
    },
    default: {
      en: 'The cluster\'s default capacity provider strategy, when `launchType` is absent too.',
      vi: 'Capacity provider strategy mặc định của cluster, khi `launchType` cũng bỏ trống.',
    },
    limits: {
      en: 'Up to 20 providers; each must be associated with the cluster and `ACTIVE` or `UPDATING`. Only one provider may have a `base`; at least one needs a `weight` above 0. No mixing of Fargate and Auto Scaling group providers.',
      vi: 'Tối đa 20 provider; mỗi provider phải đã gắn vào cluster và ở trạng thái `ACTIVE` hoặc `UPDATING`. Chỉ một provider được có `base`; ít nhất một provider phải có `weight` lớn hơn 0. Không trộn provider Fargate với provider Auto Scaling group.',
    },
    example: `"capacityProviderStrategy": [
  { "capacityProvider": "FARGATE", "base": 1, "weight": 1 },
  { "capacityProvider": "FARGATE_SPOT", "weight": 3 }
]`,
    link: `${SDP}#sd-capacityproviderstrategy`,
    concept: {
      en: md(
        'A capacity provider strategy is the alternative to `launchType` (see `launchType` for the side-by-side view). It is the only way to use **Fargate Spot** and **ECS Managed Instances**, and the way to let cluster auto scaling add EC2 instances when tasks do not fit.',
        '',
        '1. `base` tasks go to the one provider that has a `base`.',
        '2. Every further task is split by `weight` ratio: weights 1 and 3 mean 25% / 75%.',
        '3. A provider with weight 0 receives no tasks beyond its `base`.',
        '',
        'Fargate Spot fits stateless, interruption-tolerant work (workers, batch, most web tiers with several copies). Keep a `base` on `FARGATE` when some capacity must survive a Spot reclaim.',
      ),
      vi: md(
        'Capacity provider strategy là phương án thay cho `launchType` (xem `launchType` để so sánh hai cách). Đây là cách duy nhất để dùng **Fargate Spot** và **ECS Managed Instances**, và cũng là cách để cluster auto scaling tự thêm EC2 instance khi task không còn chỗ chạy.',
        '',
        '1. `base` task đầu tiên vào provider duy nhất có `base`.',
        '2. Các task tiếp theo được chia theo tỷ lệ `weight`: weight 1 và 3 nghĩa là 25% / 75%.',
        '3. Provider có weight 0 không nhận thêm task nào ngoài phần `base` của nó.',
        '',
        'Fargate Spot hợp với workload stateless, chịu được gián đoạn (worker, batch, phần lớn tầng web chạy nhiều bản). Giữ một `base` trên `FARGATE` khi cần một phần capacity luôn còn lại lúc Spot bị thu hồi.',
      ),
    },
  },

  'capacityProviderStrategy[]': {
    summary: {
      en: 'One provider of the strategy, with its optional `base` and `weight`.',
      vi: 'Một provider trong strategy, kèm `base` và `weight` (không bắt buộc).',
    },
    example: '{ "capacityProvider": "FARGATE_SPOT", "weight": 3 }',
    link: shape('CapacityProviderStrategyItem'),
  },

  'capacityProviderStrategy[].capacityProvider': {
    summary: {
      en: 'The short name of the capacity provider: `FARGATE`, `FARGATE_SPOT`, or the name of a provider you created (Auto Scaling group or Managed Instances).',
      vi: 'Tên ngắn của capacity provider: `FARGATE`, `FARGATE_SPOT`, hoặc tên provider bạn đã tạo (gắn Auto Scaling group hoặc Managed Instances).',
    },
    limits: {
      en: 'Required. The provider must already be associated with the cluster.',
      vi: 'Bắt buộc. Provider phải đã được gắn vào cluster.',
    },
    launchTypeNote: {
      en: '`FARGATE_SPOT`: Linux only; x86_64 needs platform version 1.3.0+, ARM64 needs 1.4.0+.',
      vi: '`FARGATE_SPOT`: chỉ Linux; x86_64 cần platform version 1.3.0 trở lên, ARM64 cần 1.4.0 trở lên.',
    },
    example: '"capacityProvider": "FARGATE_SPOT"',
    link: shape('CapacityProviderStrategyItem', 'capacityProvider'),
  },

  'capacityProviderStrategy[].weight': {
    summary: {
      en: 'The relative share of tasks (after the `base` is met) placed on this provider. Weights 1 and 4 mean one task here for every four on the other.',
      vi: 'Tỷ lệ tương đối số task (sau khi đã đủ `base`) được đặt lên provider này. Weight 1 và 4 nghĩa là cứ một task ở đây thì có bốn task ở provider kia.',
    },
    default: {
      en: '`0`: the provider gets no tasks beyond its `base`.',
      vi: '`0`: provider không nhận task nào ngoài phần `base`.',
    },
    limits: {
      en: '0 to 1000. At least one provider of the strategy needs a weight above 0.',
      vi: '0 đến 1000. Ít nhất một provider trong strategy phải có weight lớn hơn 0.',
    },
    example: '"weight": 3',
    link: shape('CapacityProviderStrategyItem', 'weight'),
  },

  'capacityProviderStrategy[].base': {
    summary: {
      en: 'The minimum number of tasks that always run on this provider before weights are applied, e.g. a guaranteed on-demand floor under Spot.',
      vi: 'Số task tối thiểu luôn chạy trên provider này trước khi áp dụng weight, ví dụ một lượng task on-demand bảo đảm bên dưới phần Spot.',
    },
    default: {
      en: '`0`.',
      vi: '`0`.',
    },
    limits: {
      en: '0 to 100000. Only one provider of the strategy may set a `base`.',
      vi: '0 đến 100000. Chỉ một provider trong strategy được đặt `base`.',
    },
    example: '"base": 1',
    link: shape('CapacityProviderStrategyItem', 'base'),
  },

  platformVersion: {
    summary: {
      en: 'The Fargate platform version (runtime environment) for the tasks, e.g. `1.4.0` for Linux or `1.0.0` for Windows. `LATEST` follows the newest version when tasks are (re)started.',
      vi: 'Platform version của Fargate (môi trường runtime) cho task, ví dụ `1.4.0` cho Linux hoặc `1.0.0` cho Windows. `LATEST` đi theo phiên bản mới nhất mỗi khi task được khởi động (lại).',
    },
    default: {
      en: '`LATEST`.',
      vi: '`LATEST`.',
    },
    limits: {
      en: '`LATEST` or a version number. Features such as EFS volumes, `ephemeralStorage`, 8/16 vCPU sizes and `pidMode: task` need Linux 1.4.0.',
      vi: '`LATEST` hoặc một số phiên bản. Các tính năng như volume EFS, `ephemeralStorage`, kích thước 8/16 vCPU và `pidMode: task` cần Linux 1.4.0.',
    },
    launchTypes: ['FARGATE'],
    launchTypeNote: {
      en: 'Fargate only (including Fargate capacity providers); not used on EC2, EXTERNAL or Managed Instances.',
      vi: 'Chỉ dành cho Fargate (kể cả capacity provider Fargate); không dùng cho EC2, EXTERNAL hay Managed Instances.',
    },
    example: '"platformVersion": "LATEST"',
    link: `${SDP}#sd-platformversion`,
  },

  role: {
    summary: {
      en: 'Legacy: an IAM role that lets ECS register tasks with the load balancer, for services whose tasks do **not** use awsvpc. Today ECS uses its service-linked role (`AWSServiceRoleForECS`) instead, so leave this out.',
      vi: 'Kiểu cũ: IAM role cho phép ECS đăng ký task vào load balancer, dành cho service có task **không** dùng awsvpc. Ngày nay ECS dùng service-linked role (`AWSServiceRoleForECS`) thay thế, nên hãy bỏ trường này.',
    },
    default: {
      en: 'The ECS service-linked role, which is created automatically in most accounts.',
      vi: 'Service-linked role của ECS, thường được tạo tự động trong account.',
    },
    limits: {
      en: 'Only allowed together with `loadBalancers` and a non-awsvpc task definition. Must not be given with awsvpc, service discovery, multiple target groups or an `EXTERNAL` controller (those need the service-linked role). A role with a path needs the full ARN or `/path/name`.',
      vi: 'Chỉ được dùng cùng `loadBalancers` và task definition không phải awsvpc. Không được ghi khi dùng awsvpc, service discovery, nhiều target group hoặc controller `EXTERNAL` (các trường hợp đó cần service-linked role). Role có path thì phải ghi ARN đầy đủ hoặc `/path/name`.',
    },
    launchTypes: ['EC2'],
    launchTypeNote: {
      en: 'Only meaningful for EC2 tasks in `bridge` or `host` mode behind a load balancer.',
      vi: 'Chỉ có ý nghĩa với task EC2 ở mode `bridge` hoặc `host` đứng sau load balancer.',
    },
    example: '"role": "arn:aws:iam::123456789012:role/ecsServiceRole"',
    link: req('role'),
  },

  // ----- deployment configuration -----------------------------------------------------------

  deploymentConfiguration: {
    summary: {
      en: 'How a deployment replaces old tasks with new ones: how many may run at once (`minimumHealthyPercent` / `maximumPercent`), how failures are detected (circuit breaker, CloudWatch alarms) and which strategy is used (rolling, blue/green, linear, canary).',
      vi: 'Cách một lần deploy thay task cũ bằng task mới: được chạy bao nhiêu task cùng lúc (`minimumHealthyPercent` / `maximumPercent`), phát hiện lỗi ra sao (circuit breaker, CloudWatch alarm) và dùng chiến lược nào (rolling, blue/green, linear, canary).',
    },
    default: {
      en: 'Rolling update with 100% minimum healthy and 200% maximum (replica services), no circuit breaker, no alarms.',
      vi: 'Rolling update với minimum healthy 100% và maximum 200% (service replica), không có circuit breaker, không có alarm.',
    },
    example: `"deploymentConfiguration": {
  "minimumHealthyPercent": 50,
  "maximumPercent": 200,
  "deploymentCircuitBreaker": { "enable": true, "rollback": true }
}`,
    link: `${SDP}#sd-deploymentconfiguration`,
    concept: {
      en: md(
        'During a rolling update ECS keeps the number of tasks between two bounds, both percentages of `desiredCount`:',
        '',
        '- **`minimumHealthyPercent`** (rounded up): how many tasks must stay running and healthy.',
        '- **`maximumPercent`** (rounded down): how many tasks may exist at once (running or starting), old and new together.',
        '',
        '**Worked example**: `desiredCount` 4, `minimumHealthyPercent` 50, `maximumPercent` 200. Lower bound: 4 × 50% = **2** tasks must stay healthy. Upper bound: 4 × 200% = **8** tasks at most. If the cluster has room, ECS can start 4 new tasks next to the 4 old ones and stop the old ones once the new ones are healthy (fast). If it has no room, it stops 2 old tasks, starts 2 new ones, waits until they are healthy, then does the other 2 (slower, no extra capacity).',
        '',
        ROLLOUT_TABLE.en,
        '',
        '**Circuit breaker**: `"deploymentCircuitBreaker": { "enable": true, "rollback": true }`. Without it, a revision whose tasks crash or fail health checks is retried forever. With it, ECS marks the deployment `FAILED` after a threshold of failed tasks (by default half of `desiredCount`, at least 3 and at most 200), and with `rollback` it goes back to the last deployment that completed. CloudWatch `alarms` can do the same based on your metrics (error rate, latency).',
      ),
      vi: md(
        'Trong rolling update, ECS giữ số task nằm giữa hai ngưỡng, cả hai đều tính theo phần trăm của `desiredCount`:',
        '',
        '- **`minimumHealthyPercent`** (làm tròn lên): số task phải luôn chạy và healthy.',
        '- **`maximumPercent`** (làm tròn xuống): số task tối đa được tồn tại cùng lúc (đang chạy hoặc đang khởi động), tính cả cũ lẫn mới.',
        '',
        '**Ví dụ cụ thể**: `desiredCount` 4, `minimumHealthyPercent` 50, `maximumPercent` 200. Ngưỡng dưới: 4 × 50% = **2** task phải luôn healthy. Ngưỡng trên: 4 × 200% = **8** task là tối đa. Nếu cluster còn chỗ, ECS có thể chạy 4 task mới bên cạnh 4 task cũ rồi dừng task cũ khi task mới đã healthy (nhanh). Nếu hết chỗ, ECS dừng 2 task cũ, chạy 2 task mới, đợi chúng healthy rồi làm tiếp 2 task còn lại (chậm hơn, không tốn thêm capacity).',
        '',
        ROLLOUT_TABLE.vi,
        '',
        '**Circuit breaker**: `"deploymentCircuitBreaker": { "enable": true, "rollback": true }`. Không có nó, một revision có task bị crash hoặc trượt health check sẽ được thử lại mãi mãi. Có nó, ECS đánh dấu deployment là `FAILED` khi số task lỗi vượt ngưỡng (mặc định một nửa `desiredCount`, tối thiểu 3 và tối đa 200), và khi bật `rollback` thì ECS quay về deployment gần nhất đã hoàn tất. CloudWatch `alarms` cũng làm được việc này dựa trên metric của bạn (tỷ lệ lỗi, độ trễ).',
      ),
    },
  },

  'deploymentConfiguration.deploymentCircuitBreaker': {
    summary: {
      en: 'Stops a deployment that cannot reach a steady state (tasks keep failing to start or failing health checks) and optionally rolls back to the last completed deployment.',
      vi: 'Dừng một lần deploy không thể đạt trạng thái ổn định (task liên tục không khởi động được hoặc trượt health check) và, nếu muốn, quay về deployment gần nhất đã hoàn tất.',
    },
    default: {
      en: 'Off: a failing deployment keeps retrying.',
      vi: 'Tắt: deployment lỗi sẽ cứ thử lại mãi.',
    },
    limits: {
      en: 'For the `ECS` deployment controller (rolling updates); not for `CODE_DEPLOY` or `EXTERNAL`.',
      vi: 'Dành cho deployment controller `ECS` (rolling update); không dùng với `CODE_DEPLOY` hay `EXTERNAL`.',
    },
    example: '"deploymentCircuitBreaker": { "enable": true, "rollback": true }',
    link: shape('DeploymentCircuitBreaker'),
  },

  'deploymentConfiguration.deploymentCircuitBreaker.enable': {
    summary: {
      en: 'Turns the circuit breaker on: a deployment that crosses the failure threshold is marked `FAILED` and stops launching tasks.',
      vi: 'Bật circuit breaker: deployment vượt ngưỡng lỗi sẽ bị đánh dấu `FAILED` và ngừng khởi động task mới.',
    },
    limits: {
      en: 'Required inside `deploymentCircuitBreaker`.',
      vi: 'Bắt buộc bên trong `deploymentCircuitBreaker`.',
    },
    example: '"enable": true',
    link: shape('DeploymentCircuitBreaker', 'enable'),
  },

  'deploymentConfiguration.deploymentCircuitBreaker.rollback': {
    summary: {
      en: 'When the circuit breaker trips, redeploy the last deployment that completed successfully. Without it the service stays on the failed deployment until you act.',
      vi: 'Khi circuit breaker ngắt, deploy lại deployment gần nhất đã thành công. Không bật thì service nằm yên ở deployment lỗi cho tới khi bạn can thiệp.',
    },
    limits: {
      en: 'Required inside `deploymentCircuitBreaker`.',
      vi: 'Bắt buộc bên trong `deploymentCircuitBreaker`.',
    },
    example: '"rollback": true',
    link: shape('DeploymentCircuitBreaker', 'rollback'),
  },

  'deploymentConfiguration.deploymentCircuitBreaker.resetOnHealthyTask': {
    summary: {
      en: 'Whether a task that becomes healthy resets the failure count to 0. Turn it off to count every failure of the deployment, even with healthy tasks in between.',
      vi: 'Khi một task trở thành healthy, bộ đếm lỗi có được đặt lại về 0 hay không. Tắt đi nếu muốn đếm mọi lần lỗi của deployment, kể cả khi xen giữa có task healthy.',
    },
    default: {
      en: '`true`.',
      vi: '`true`.',
    },
    example: '"resetOnHealthyTask": false',
    link: shape('DeploymentCircuitBreaker', 'resetOnHealthyTask'),
  },

  'deploymentConfiguration.deploymentCircuitBreaker.thresholdConfiguration': {
    summary: {
      en: 'How many failed tasks trip the circuit breaker: a fixed count or a percentage of `desiredCount`.',
      vi: 'Bao nhiêu task lỗi thì circuit breaker ngắt: một số cố định hoặc một tỷ lệ phần trăm của `desiredCount`.',
    },
    default: {
      en: '`BOUNDED_PERCENT` 50: half of `desiredCount`, at least 3 and at most 200 failures.',
      vi: '`BOUNDED_PERCENT` 50: một nửa `desiredCount`, tối thiểu 3 và tối đa 200 lần lỗi.',
    },
    example: '"thresholdConfiguration": { "type": "COUNT", "value": 5 }',
    link: shape('ThresholdConfiguration'),
  },

  'deploymentConfiguration.deploymentCircuitBreaker.thresholdConfiguration.type': {
    summary: {
      en: 'How `value` is read: an absolute number of failures (`COUNT`) or a percentage of the desired count, clamped to 3..200 (`BOUNDED_PERCENT`) or not (`UNBOUNDED_PERCENT`).',
      vi: 'Cách hiểu `value`: một số lần lỗi tuyệt đối (`COUNT`) hoặc phần trăm của desired count, được giới hạn trong khoảng 3..200 (`BOUNDED_PERCENT`) hoặc không (`UNBOUNDED_PERCENT`).',
    },
    default: {
      en: '`BOUNDED_PERCENT`.',
      vi: '`BOUNDED_PERCENT`.',
    },
    limits: {
      en: 'Required inside `thresholdConfiguration`.',
      vi: 'Bắt buộc bên trong `thresholdConfiguration`.',
    },
    example: '"type": "BOUNDED_PERCENT"',
    link: shape('ThresholdConfiguration', 'type'),
  },

  'deploymentConfiguration.deploymentCircuitBreaker.thresholdConfiguration.value': {
    summary: {
      en: 'The number behind the threshold: the failure count itself for `COUNT`, a percentage of the latest desired count for the percent types.',
      vi: 'Con số của ngưỡng: chính số lần lỗi với `COUNT`, hoặc phần trăm của desired count mới nhất với các kiểu percent.',
    },
    default: {
      en: '`50`.',
      vi: '`50`.',
    },
    limits: {
      en: 'Required inside `thresholdConfiguration`. With `desiredCount` 10 and `BOUNDED_PERCENT` 50 the breaker trips after 5 failed tasks.',
      vi: 'Bắt buộc bên trong `thresholdConfiguration`. Với `desiredCount` 10 và `BOUNDED_PERCENT` 50, breaker ngắt sau 5 task lỗi.',
    },
    example: '"value": 50',
    link: shape('ThresholdConfiguration', 'value'),
  },

  'deploymentConfiguration.maximumPercent': {
    summary: {
      en: 'The upper bound of a rolling update: how many tasks (old and new, running or starting) may exist at once, as a percentage of `desiredCount`, rounded down. It sets the deployment batch size.',
      vi: 'Ngưỡng trên của rolling update: số task tối đa (cả cũ lẫn mới, đang chạy hoặc đang khởi động) được tồn tại cùng lúc, tính theo phần trăm của `desiredCount`, làm tròn xuống. Nó quyết định kích thước mỗi đợt deploy.',
    },
    default: {
      en: '`200` for `REPLICA` services, `100` for `DAEMON` services.',
      vi: '`200` với service `REPLICA`, `100` với service `DAEMON`.',
    },
    limits: {
      en: 'With `desiredCount` 4: `200` allows 8 tasks, `150` allows 6, `100` allows no extra task. Ignored for `CODE_DEPLOY`/`EXTERNAL` controllers on Fargate; not customizable for them on EC2.',
      vi: 'Với `desiredCount` 4: `200` cho phép 8 task, `150` cho phép 6, `100` không cho thêm task nào. Bị bỏ qua với controller `CODE_DEPLOY`/`EXTERNAL` trên Fargate; trên EC2 thì không tùy chỉnh được cho các controller này.',
    },
    example: '"maximumPercent": 200',
    link: `${SDP}#sd-deploymentconfiguration`,
  },

  'deploymentConfiguration.minimumHealthyPercent': {
    summary: {
      en: 'The lower bound of a rolling update: how many tasks must stay running and healthy, as a percentage of `desiredCount`, rounded up. Lower values let ECS stop old tasks first to free capacity.',
      vi: 'Ngưỡng dưới của rolling update: số task phải luôn chạy và healthy, tính theo phần trăm của `desiredCount`, làm tròn lên. Giá trị thấp hơn cho phép ECS dừng task cũ trước để giải phóng capacity.',
    },
    default: {
      en: '`100` for `REPLICA` services; `0` for `DAEMON` services created through the API/CLI.',
      vi: '`100` với service `REPLICA`; `0` với service `DAEMON` tạo qua API/CLI.',
    },
    limits: {
      en: 'With `desiredCount` 4: `50` keeps 2 tasks, `75` keeps 3, `0` allows downtime. A new task counts as healthy once its container health checks and, behind a load balancer, its target health check pass (without any health check, 40 seconds after it is running).',
      vi: 'Với `desiredCount` 4: `50` giữ 2 task, `75` giữ 3, `0` chấp nhận downtime. Task mới được tính là healthy khi qua container health check và, nếu đứng sau load balancer, qua health check của target group (không có health check nào thì sau 40 giây kể từ lúc chạy).',
    },
    example: '"minimumHealthyPercent": 50',
    link: `${SDP}#sd-deploymentconfiguration`,
  },

  'deploymentConfiguration.alarms': {
    summary: {
      en: 'CloudWatch alarms that watch a deployment: if one goes into `ALARM` while the deployment runs, ECS marks it failed and can roll back. Catches problems health checks miss (error rate, latency).',
      vi: 'Các CloudWatch alarm theo dõi một lần deploy: nếu một alarm chuyển sang `ALARM` trong lúc deploy, ECS đánh dấu deployment lỗi và có thể rollback. Bắt được những vấn đề mà health check bỏ sót (tỷ lệ lỗi, độ trễ).',
    },
    limits: {
      en: 'Only with the `ECS` deployment controller.',
      vi: 'Chỉ dùng với deployment controller `ECS`.',
    },
    example: '"alarms": { "alarmNames": ["orders-api-5xx", "orders-api-latency"], "enable": true, "rollback": true }',
    link: shape('DeploymentAlarms'),
  },

  'deploymentConfiguration.alarms.alarmNames': {
    summary: {
      en: 'The names of the CloudWatch alarms to watch during deployments.',
      vi: 'Tên các CloudWatch alarm cần theo dõi trong lúc deploy.',
    },
    limits: {
      en: 'Required inside `alarms`. Alarms must exist in the same Region and account.',
      vi: 'Bắt buộc bên trong `alarms`. Alarm phải tồn tại trong cùng Region và account.',
    },
    example: '"alarmNames": ["orders-api-5xx"]',
    link: shape('DeploymentAlarms', 'alarmNames'),
  },

  'deploymentConfiguration.alarms.alarmNames[]': {
    summary: {
      en: 'One CloudWatch alarm name (not its ARN).',
      vi: 'Tên một CloudWatch alarm (không phải ARN).',
    },
    example: '"orders-api-5xx"',
    link: shape('DeploymentAlarms', 'alarmNames'),
  },

  'deploymentConfiguration.alarms.rollback': {
    summary: {
      en: 'When an alarm fails the deployment, roll back to the last deployment that completed.',
      vi: 'Khi một alarm làm deployment thất bại, quay về deployment gần nhất đã hoàn tất.',
    },
    limits: {
      en: 'Required inside `alarms`.',
      vi: 'Bắt buộc bên trong `alarms`.',
    },
    example: '"rollback": true',
    link: shape('DeploymentAlarms', 'rollback'),
  },

  'deploymentConfiguration.alarms.enable': {
    summary: {
      en: 'Turns alarm-based failure detection on or off without deleting the alarm list.',
      vi: 'Bật hoặc tắt việc phát hiện lỗi dựa trên alarm mà không phải xóa danh sách alarm.',
    },
    limits: {
      en: 'Required inside `alarms`.',
      vi: 'Bắt buộc bên trong `alarms`.',
    },
    example: '"enable": true',
    link: shape('DeploymentAlarms', 'enable'),
  },

  'deploymentConfiguration.strategy': {
    summary: {
      en: 'How ECS itself rolls out a new revision: `ROLLING` (replace tasks gradually), `BLUE_GREEN` (start a full new set, then switch traffic at once), `LINEAR` or `CANARY` (switch traffic in steps).',
      vi: 'Cách ECS tự rollout một revision mới: `ROLLING` (thay task dần dần), `BLUE_GREEN` (chạy đủ một bộ task mới rồi chuyển traffic một lần), `LINEAR` hoặc `CANARY` (chuyển traffic theo từng bước).',
    },
    default: {
      en: '`ROLLING`.',
      vi: '`ROLLING`.',
    },
    limits: {
      en: 'Only with the `ECS` deployment controller. `BLUE_GREEN`, `LINEAR` and `CANARY` shift traffic, so they need a load balancer (with `advancedConfiguration`) or Service Connect.',
      vi: 'Chỉ dùng với deployment controller `ECS`. `BLUE_GREEN`, `LINEAR` và `CANARY` chuyển traffic, nên cần load balancer (kèm `advancedConfiguration`) hoặc Service Connect.',
    },
    example: '"strategy": "BLUE_GREEN"',
    link: shape('DeploymentConfiguration', 'strategy'),
  },

  'deploymentConfiguration.bakeTimeInMinutes': {
    summary: {
      en: 'How long the old (blue) tasks keep running after all production traffic has moved to the new (green) ones, so a rollback is instant during that window.',
      vi: 'Thời gian các task cũ (blue) tiếp tục chạy sau khi toàn bộ traffic production đã chuyển sang task mới (green), để trong khoảng đó rollback là tức thì.',
    },
    limits: {
      en: 'Minutes. Must be given with the `BLUE_GREEN` strategy; also used by `LINEAR` and `CANARY`.',
      vi: 'Tính bằng phút. Bắt buộc khi dùng chiến lược `BLUE_GREEN`; `LINEAR` và `CANARY` cũng dùng.',
    },
    example: '"bakeTimeInMinutes": 15',
    link: shape('DeploymentConfiguration', 'bakeTimeInMinutes'),
  },

  'deploymentConfiguration.lifecycleHooks': {
    summary: {
      en: 'Hooks that run a Lambda function or pause the deployment at chosen stages of a blue/green, linear or canary deployment, e.g. to run smoke tests against the green revision before production traffic moves.',
      vi: 'Các hook chạy một Lambda function hoặc tạm dừng deployment ở những giai đoạn bạn chọn của kiểu deploy blue/green, linear hoặc canary, ví dụ để chạy smoke test với revision green trước khi chuyển traffic production.',
    },
    example: `"lifecycleHooks": [
  {
    "hookTargetArn": "arn:aws:lambda:eu-west-1:123456789012:function:orders-smoke-test",
    "roleArn": "arn:aws:iam::123456789012:role/ecsLifecycleHookRole",
    "lifecycleStages": ["POST_TEST_TRAFFIC_SHIFT"]
  }
]`,
    link: shape('DeploymentLifecycleHook'),
  },

  'deploymentConfiguration.lifecycleHooks[]': {
    summary: {
      en: 'One hook: what it runs (`targetType`, `hookTargetArn`), when (`lifecycleStages`) and how long ECS waits for it.',
      vi: 'Một hook: chạy cái gì (`targetType`, `hookTargetArn`), khi nào (`lifecycleStages`) và ECS chờ nó bao lâu.',
    },
    example: '{ "hookTargetArn": "arn:aws:lambda:eu-west-1:123456789012:function:orders-smoke-test", "roleArn": "arn:aws:iam::123456789012:role/ecsLifecycleHookRole", "lifecycleStages": ["POST_TEST_TRAFFIC_SHIFT"] }',
    link: shape('DeploymentLifecycleHook'),
  },

  'deploymentConfiguration.lifecycleHooks[].targetType': {
    summary: {
      en: 'What the hook does: invoke a Lambda function (`AWS_LAMBDA`) or pause the deployment until someone continues it (`PAUSE`).',
      vi: 'Hook làm gì: gọi một Lambda function (`AWS_LAMBDA`) hoặc tạm dừng deployment cho tới khi có người cho chạy tiếp (`PAUSE`).',
    },
    default: {
      en: '`AWS_LAMBDA`.',
      vi: '`AWS_LAMBDA`.',
    },
    example: '"targetType": "PAUSE"',
    link: shape('DeploymentLifecycleHook', 'targetType'),
  },

  'deploymentConfiguration.lifecycleHooks[].hookTargetArn': {
    summary: {
      en: 'The ARN of the Lambda function to invoke. The function reports back whether the stage succeeded, failed or is still in progress.',
      vi: 'ARN của Lambda function cần gọi. Function báo lại giai đoạn đó thành công, thất bại hay vẫn đang chạy.',
    },
    limits: {
      en: 'Required for `AWS_LAMBDA` hooks; not used by `PAUSE` hooks.',
      vi: 'Bắt buộc với hook `AWS_LAMBDA`; hook `PAUSE` không dùng.',
    },
    example: '"hookTargetArn": "arn:aws:lambda:eu-west-1:123456789012:function:orders-smoke-test"',
    link: shape('DeploymentLifecycleHook', 'hookTargetArn'),
  },

  'deploymentConfiguration.lifecycleHooks[].roleArn': {
    summary: {
      en: 'The IAM role ECS assumes to invoke the Lambda function (it needs `lambda:InvokeFunction` on it).',
      vi: 'IAM role mà ECS assume để gọi Lambda function (role cần quyền `lambda:InvokeFunction` trên function đó).',
    },
    limits: {
      en: 'The ARN of a role whose trust policy lets `ecs.amazonaws.com` assume it.',
      vi: 'ARN của một role có trust policy cho phép `ecs.amazonaws.com` assume.',
    },
    example: '"roleArn": "arn:aws:iam::123456789012:role/ecsLifecycleHookRole"',
    link: shape('DeploymentLifecycleHook', 'roleArn'),
  },

  'deploymentConfiguration.lifecycleHooks[].lifecycleStages': {
    summary: {
      en: 'The deployment stages at which the hook runs.',
      vi: 'Các giai đoạn của deployment mà hook sẽ chạy.',
    },
    limits: {
      en: 'Required for a hook. `PAUSE` hooks cannot use `TEST_TRAFFIC_SHIFT` or `PRODUCTION_TRAFFIC_SHIFT`.',
      vi: 'Bắt buộc với mỗi hook. Hook `PAUSE` không dùng được `TEST_TRAFFIC_SHIFT` hay `PRODUCTION_TRAFFIC_SHIFT`.',
    },
    example: '"lifecycleStages": ["POST_SCALE_UP", "POST_TEST_TRAFFIC_SHIFT"]',
    link: shape('DeploymentLifecycleHook', 'lifecycleStages'),
  },

  'deploymentConfiguration.lifecycleHooks[].lifecycleStages[]': {
    summary: {
      en: 'One deployment stage, from preparing the green revision to after the production traffic shift.',
      vi: 'Một giai đoạn của deployment, từ lúc chuẩn bị revision green tới sau khi chuyển xong traffic production.',
    },
    example: '"POST_TEST_TRAFFIC_SHIFT"',
    link: shape('DeploymentLifecycleHook', 'lifecycleStages'),
  },

  'deploymentConfiguration.lifecycleHooks[].hookDetails': {
    summary: {
      en: 'Any JSON value that ECS passes unchanged to the Lambda function on every invocation, e.g. the URL or test suite to run.',
      vi: 'Một giá trị JSON bất kỳ mà ECS chuyển nguyên vẹn cho Lambda function mỗi lần gọi, ví dụ URL hay bộ test cần chạy.',
    },
    limits: {
      en: 'Free-form JSON. Not used by `PAUSE` hooks.',
      vi: 'JSON tự do. Hook `PAUSE` không dùng.',
    },
    example: '"hookDetails": { "testSuite": "smoke", "path": "/health" }',
    link: shape('DeploymentLifecycleHook', 'hookDetails'),
  },

  'deploymentConfiguration.lifecycleHooks[].timeoutConfiguration': {
    summary: {
      en: 'How long ECS waits for the hook to finish, and what it does when the time runs out.',
      vi: 'ECS chờ hook hoàn tất trong bao lâu, và làm gì khi hết thời gian.',
    },
    default: {
      en: '1440 minutes (24 hours), then `ROLLBACK`.',
      vi: '1440 phút (24 giờ), sau đó `ROLLBACK`.',
    },
    example: '"timeoutConfiguration": { "timeoutInMinutes": 30, "action": "ROLLBACK" }',
    link: shape('DeploymentLifecycleHookTimeoutConfiguration'),
  },

  'deploymentConfiguration.lifecycleHooks[].timeoutConfiguration.timeoutInMinutes': {
    summary: {
      en: 'Minutes ECS waits for the hook before applying the timeout `action`.',
      vi: 'Số phút ECS chờ hook trước khi áp dụng `action` khi hết giờ.',
    },
    default: {
      en: '`1440` (24 hours).',
      vi: '`1440` (24 giờ).',
    },
    limits: {
      en: '1 to 20160 (14 days).',
      vi: '1 đến 20160 (14 ngày).',
    },
    example: '"timeoutInMinutes": 30',
    link: shape('DeploymentLifecycleHookTimeoutConfiguration', 'timeoutInMinutes'),
  },

  'deploymentConfiguration.lifecycleHooks[].timeoutConfiguration.action': {
    summary: {
      en: 'What ECS does when the hook times out: roll back to the previous revision or continue to the next stage.',
      vi: 'ECS làm gì khi hook hết giờ: quay về revision trước hoặc đi tiếp sang giai đoạn kế.',
    },
    default: {
      en: '`ROLLBACK`.',
      vi: '`ROLLBACK`.',
    },
    example: '"action": "ROLLBACK"',
    link: shape('DeploymentLifecycleHookTimeoutConfiguration', 'action'),
  },

  'deploymentConfiguration.linearConfiguration': {
    summary: {
      en: 'Settings of the `LINEAR` strategy: production traffic moves to the new revision in equal steps, with a wait after each step.',
      vi: 'Thiết lập của chiến lược `LINEAR`: traffic production chuyển sang revision mới theo các bước bằng nhau, có thời gian chờ sau mỗi bước.',
    },
    limits: {
      en: 'Only with `"strategy": "LINEAR"` and the `ECS` controller.',
      vi: 'Chỉ dùng với `"strategy": "LINEAR"` và controller `ECS`.',
    },
    example: '"linearConfiguration": { "stepPercent": 20, "stepBakeTimeInMinutes": 5 }',
    link: shape('LinearConfiguration'),
  },

  'deploymentConfiguration.linearConfiguration.stepPercent': {
    summary: {
      en: 'The share of production traffic moved in each step: `20` means 20%, 40%, 60%, 80%, 100%.',
      vi: 'Phần traffic production được chuyển trong mỗi bước: `20` nghĩa là 20%, 40%, 60%, 80%, 100%.',
    },
    default: {
      en: '`10.0`.',
      vi: '`10.0`.',
    },
    limits: {
      en: '3.0 to 100.0, in multiples of 0.1.',
      vi: '3.0 đến 100.0, theo bội số của 0.1.',
    },
    example: '"stepPercent": 20',
    link: shape('LinearConfiguration', 'stepPercent'),
  },

  'deploymentConfiguration.linearConfiguration.stepBakeTimeInMinutes': {
    summary: {
      en: 'Minutes to wait between two steps, to watch metrics and alarms before moving more traffic. Not applied after the last step.',
      vi: 'Số phút chờ giữa hai bước, để theo dõi metric và alarm trước khi chuyển thêm traffic. Không áp dụng sau bước cuối.',
    },
    default: {
      en: '`6`.',
      vi: '`6`.',
    },
    limits: {
      en: '0 to 1440 (24 hours).',
      vi: '0 đến 1440 (24 giờ).',
    },
    example: '"stepBakeTimeInMinutes": 5',
    link: shape('LinearConfiguration', 'stepBakeTimeInMinutes'),
  },

  'deploymentConfiguration.canaryConfiguration': {
    summary: {
      en: 'Settings of the `CANARY` strategy: a small share of production traffic goes to the new revision first; after a wait, all the rest moves at once.',
      vi: 'Thiết lập của chiến lược `CANARY`: trước tiên một phần nhỏ traffic production đi vào revision mới; sau một khoảng chờ, toàn bộ phần còn lại chuyển sang cùng lúc.',
    },
    limits: {
      en: 'Only with `"strategy": "CANARY"` and the `ECS` controller.',
      vi: 'Chỉ dùng với `"strategy": "CANARY"` và controller `ECS`.',
    },
    example: '"canaryConfiguration": { "canaryPercent": 10, "canaryBakeTimeInMinutes": 15 }',
    link: shape('CanaryConfiguration'),
  },

  'deploymentConfiguration.canaryConfiguration.canaryPercent': {
    summary: {
      en: 'The share of production traffic sent to the new revision during the canary phase.',
      vi: 'Phần traffic production được gửi tới revision mới trong giai đoạn canary.',
    },
    default: {
      en: '`5.0`.',
      vi: '`5.0`.',
    },
    limits: {
      en: '0.1 to 100.0, in multiples of 0.1.',
      vi: '0.1 đến 100.0, theo bội số của 0.1.',
    },
    example: '"canaryPercent": 10',
    link: shape('CanaryConfiguration', 'canaryPercent'),
  },

  'deploymentConfiguration.canaryConfiguration.canaryBakeTimeInMinutes': {
    summary: {
      en: 'Minutes the canary phase lasts before the remaining traffic moves to the new revision.',
      vi: 'Số phút giai đoạn canary kéo dài trước khi phần traffic còn lại chuyển sang revision mới.',
    },
    default: {
      en: '`10`.',
      vi: '`10`.',
    },
    limits: {
      en: '0 to 1440 (24 hours).',
      vi: '0 đến 1440 (24 giờ).',
    },
    example: '"canaryBakeTimeInMinutes": 15',
    link: shape('CanaryConfiguration', 'canaryBakeTimeInMinutes'),
  },

  // ----- placement --------------------------------------------------------------------------

  placementConstraints: {
    summary: {
      en: 'Rules that limit which container instances may run the service\'s tasks: `distinctInstance` (each task on a different instance) or `memberOf` with a cluster query language expression.',
      vi: 'Các quy tắc giới hạn container instance nào được chạy task của service: `distinctInstance` (mỗi task một instance khác nhau) hoặc `memberOf` kèm một biểu thức cluster query language.',
    },
    limits: {
      en: 'At most 10 constraints per task, counting those of the task definition.',
      vi: 'Tối đa 10 constraint cho mỗi task, tính cả các constraint trong task definition.',
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: 'Not supported on Fargate: there are no instances to choose from.',
      vi: 'Không hỗ trợ trên Fargate: không có instance nào để chọn.',
    },
    example: '"placementConstraints": [{ "type": "distinctInstance" }]',
    link: `${SDP}#sd-taskplacement`,
  },

  'placementConstraints[]': {
    summary: {
      en: 'One placement constraint: a `type` and, for `memberOf`, an `expression`.',
      vi: 'Một placement constraint: gồm `type` và, với `memberOf`, một `expression`.',
    },
    example: '{ "type": "memberOf", "expression": "attribute:ecs.instance-type =~ m6i.*" }',
    link: shape('PlacementConstraint'),
  },

  'placementConstraints[].type': {
    summary: {
      en: 'The kind of constraint: `distinctInstance` spreads tasks one per instance; `memberOf` keeps them on instances matching `expression`.',
      vi: 'Loại constraint: `distinctInstance` rải task mỗi instance một task; `memberOf` chỉ đặt task lên instance thỏa `expression`.',
    },
    example: '"type": "memberOf"',
    link: shape('PlacementConstraint', 'type'),
  },

  'placementConstraints[].expression': {
    summary: {
      en: 'A cluster query language expression an instance must match, built from attributes such as `ecs.instance-type`, `ecs.availability-zone`, `ecs.os-type` or your own custom attributes.',
      vi: 'Biểu thức cluster query language mà instance phải thỏa, dựa trên các attribute như `ecs.instance-type`, `ecs.availability-zone`, `ecs.os-type` hoặc custom attribute của bạn.',
    },
    limits: {
      en: 'Up to 2000 characters. Not allowed with `distinctInstance`.',
      vi: 'Tối đa 2000 ký tự. Không được dùng với `distinctInstance`.',
    },
    example: '"expression": "attribute:ecs.availability-zone in [eu-west-1a, eu-west-1b]"',
    link: `${GUIDE}cluster-query-language.html`,
  },

  placementStrategy: {
    summary: {
      en: 'How ECS picks among the instances that satisfy the constraints: `spread` (over AZs or instances), `binpack` (fill instances by CPU or memory to use fewer of them) or `random`. Rules apply in order.',
      vi: 'Cách ECS chọn giữa các instance đã thỏa constraint: `spread` (rải theo AZ hoặc instance), `binpack` (lấp đầy instance theo CPU hoặc memory để dùng ít instance hơn) hoặc `random`. Các quy tắc được áp dụng theo thứ tự.',
    },
    default: {
      en: 'For replica services ECS spreads tasks across Availability Zones.',
      vi: 'Với service replica, ECS rải task đều qua các Availability Zone.',
    },
    limits: {
      en: 'At most 5 strategy rules per service.',
      vi: 'Tối đa 5 quy tắc strategy cho mỗi service.',
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: 'Not supported on Fargate, which spreads tasks across Availability Zones by itself.',
      vi: 'Không hỗ trợ trên Fargate; Fargate tự rải task qua các Availability Zone.',
    },
    example: `"placementStrategy": [
  { "type": "spread", "field": "attribute:ecs.availability-zone" },
  { "type": "binpack", "field": "memory" }
]`,
    link: `${SDP}#sd-taskplacement`,
  },

  'placementStrategy[]': {
    summary: {
      en: 'One strategy rule: a `type` and the `field` it works on.',
      vi: 'Một quy tắc strategy: gồm `type` và `field` mà nó dựa vào.',
    },
    example: '{ "type": "spread", "field": "attribute:ecs.availability-zone" }',
    link: shape('PlacementStrategy'),
  },

  'placementStrategy[].type': {
    summary: {
      en: 'The placement rule: `random`, `spread` or `binpack`.',
      vi: 'Quy tắc đặt task: `random`, `spread` hoặc `binpack`.',
    },
    example: '"type": "spread"',
    link: shape('PlacementStrategy', 'type'),
  },

  'placementStrategy[].field': {
    summary: {
      en: 'What the rule works on. `spread`: `instanceId` (or `host`) or an attribute such as `attribute:ecs.availability-zone`. `binpack`: `cpu` or `memory`. `random`: not used.',
      vi: 'Thứ mà quy tắc dựa vào. `spread`: `instanceId` (hoặc `host`) hay một attribute như `attribute:ecs.availability-zone`. `binpack`: `cpu` hoặc `memory`. `random`: không dùng.',
    },
    example: '"field": "attribute:ecs.availability-zone"',
    link: shape('PlacementStrategy', 'field'),
  },

  // ----- networking -------------------------------------------------------------------------

  networkConfiguration: {
    summary: {
      en: 'The VPC settings of the tasks: subnets, security groups and public IP. Required when the task definition uses `networkMode: awsvpc` (always the case on Fargate); not allowed with other network modes.',
      vi: 'Thiết lập VPC cho task: subnet, security group và public IP. Bắt buộc khi task definition dùng `networkMode: awsvpc` (luôn đúng với Fargate); không được dùng với network mode khác.',
    },
    launchTypes: ['EC2', 'FARGATE', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: 'Fargate: always required. EC2 / Managed Instances: only for awsvpc task definitions. ECS Anywhere has no awsvpc mode.',
      vi: 'Fargate: luôn bắt buộc. EC2 / Managed Instances: chỉ khi task definition dùng awsvpc. ECS Anywhere không có mode awsvpc.',
    },
    example: `"networkConfiguration": {
  "awsvpcConfiguration": {
    "subnets": ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"],
    "securityGroups": ["sg-0123456789abcdef0"],
    "assignPublicIp": "DISABLED"
  }
}`,
    link: `${SDP}#sd-networkconfiguration`,
    concept: {
      en: md(
        'With `awsvpc` every task gets its own elastic network interface (ENI) with a private IP in your VPC, so it behaves like a small server: it lives in a **subnet**, is protected by **security groups**, and can have a **public IP**. The task definition only says `awsvpc`; *which* subnets and security groups is decided here, per service.',
        '',
        '- **`subnets`**: pick subnets in at least two Availability Zones for resilience; ECS spreads tasks over them.',
        '- **`securityGroups`**: the tasks\' firewall. Behind a load balancer, allow inbound `containerPort` from the load balancer\'s security group only.',
        '- **`assignPublicIp`**: decides, together with the subnet\'s route table, whether the task can reach the internet, which it must to pull images from ECR or Docker Hub:',
        '',
        SUBNET_TABLE.en,
      ),
      vi: md(
        'Với `awsvpc`, mỗi task có elastic network interface (ENI) riêng với IP private trong VPC của bạn, nên nó giống một server nhỏ: nằm trong một **subnet**, được bảo vệ bởi **security group**, và có thể có **public IP**. Task definition chỉ ghi `awsvpc`; còn *subnet nào*, *security group nào* thì quyết định ở đây, cho từng service.',
        '',
        '- **`subnets`**: chọn subnet ở ít nhất hai Availability Zone để chịu lỗi; ECS rải task lên các subnet đó.',
        '- **`securityGroups`**: tường lửa của task. Khi đứng sau load balancer, chỉ mở inbound `containerPort` từ security group của load balancer.',
        '- **`assignPublicIp`**: cùng với route table của subnet, quyết định task có ra được internet không, điều bắt buộc để kéo image từ ECR hay Docker Hub:',
        '',
        SUBNET_TABLE.vi,
      ),
    },
  },

  'networkConfiguration.awsvpcConfiguration': {
    summary: {
      en: 'Subnets, security groups and public IP setting for the tasks\' network interfaces.',
      vi: 'Subnet, security group và thiết lập public IP cho network interface của task.',
    },
    limits: {
      en: 'All subnets and security groups must belong to the same VPC.',
      vi: 'Mọi subnet và security group phải thuộc cùng một VPC.',
    },
    launchTypes: ['EC2', 'FARGATE', 'MANAGED_INSTANCES'],
    example: '"awsvpcConfiguration": { "subnets": ["subnet-0a1b2c3d4e5f60718"], "securityGroups": ["sg-0123456789abcdef0"], "assignPublicIp": "DISABLED" }',
    link: shape('AwsVpcConfiguration'),
    concept: {
      en: md(
        'Required for every awsvpc task definition, so for every Fargate service. A minimal, production-style block places tasks in private subnets with a NAT gateway:',
        '',
        '```json',
        '{ "subnets": ["subnet-private-a", "subnet-private-b"], "securityGroups": ["sg-app"], "assignPublicIp": "DISABLED" }',
        '```',
        '',
        'A quick experiment in a default VPC (public subnets only, no NAT) needs `"assignPublicIp": "ENABLED"`, or the tasks cannot pull their images:',
        '',
        SUBNET_TABLE.en,
      ),
      vi: md(
        'Bắt buộc với mọi task definition awsvpc, nghĩa là với mọi service Fargate. Một cấu hình tối thiểu theo kiểu production đặt task trong subnet private có NAT gateway:',
        '',
        '```json',
        '{ "subnets": ["subnet-private-a", "subnet-private-b"], "securityGroups": ["sg-app"], "assignPublicIp": "DISABLED" }',
        '```',
        '',
        'Thử nhanh trong default VPC (chỉ có subnet public, không có NAT) thì cần `"assignPublicIp": "ENABLED"`, nếu không task sẽ không kéo được image:',
        '',
        SUBNET_TABLE.vi,
      ),
    },
  },

  'networkConfiguration.awsvpcConfiguration.subnets': {
    summary: {
      en: 'The subnets the tasks\' network interfaces are placed in. Use subnets in two or more Availability Zones.',
      vi: 'Các subnet chứa network interface của task. Nên dùng subnet ở hai Availability Zone trở lên.',
    },
    limits: {
      en: 'Required. 1 to 16 subnet IDs (`subnet-...`), all in the same VPC.',
      vi: 'Bắt buộc. 1 đến 16 subnet ID (`subnet-...`), tất cả trong cùng một VPC.',
    },
    example: '"subnets": ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]',
    link: shape('AwsVpcConfiguration', 'subnets'),
  },

  'networkConfiguration.awsvpcConfiguration.subnets[]': {
    summary: {
      en: 'One subnet ID.',
      vi: 'Một subnet ID.',
    },
    limits: {
      en: '`subnet-` followed by 8 or 17 hexadecimal characters.',
      vi: '`subnet-` theo sau là 8 hoặc 17 ký tự hệ thập lục phân.',
    },
    example: '"subnet-0a1b2c3d4e5f60718"',
    link: shape('AwsVpcConfiguration', 'subnets'),
  },

  'networkConfiguration.awsvpcConfiguration.securityGroups': {
    summary: {
      en: 'The security groups attached to each task\'s network interface: the task\'s own firewall.',
      vi: 'Các security group gắn vào network interface của mỗi task: tường lửa riêng của task.',
    },
    default: {
      en: 'The VPC\'s default security group. Better to name one explicitly.',
      vi: 'Security group mặc định của VPC. Nên chỉ định rõ một security group.',
    },
    limits: {
      en: 'Up to 5 security group IDs (`sg-...`) from the VPC of the subnets.',
      vi: 'Tối đa 5 security group ID (`sg-...`) thuộc VPC của các subnet.',
    },
    example: '"securityGroups": ["sg-0123456789abcdef0"]',
    link: shape('AwsVpcConfiguration', 'securityGroups'),
  },

  'networkConfiguration.awsvpcConfiguration.securityGroups[]': {
    summary: {
      en: 'One security group ID.',
      vi: 'Một security group ID.',
    },
    limits: {
      en: '`sg-` followed by 8 or 17 hexadecimal characters.',
      vi: '`sg-` theo sau là 8 hoặc 17 ký tự hệ thập lục phân.',
    },
    example: '"sg-0123456789abcdef0"',
    link: shape('AwsVpcConfiguration', 'securityGroups'),
  },

  'networkConfiguration.awsvpcConfiguration.assignPublicIp': {
    summary: {
      en: 'Whether each task\'s network interface also gets a public IP. Needed in a public subnet without NAT, or the tasks cannot pull images; leave `DISABLED` in private subnets.',
      vi: 'Network interface của mỗi task có được cấp thêm public IP không. Cần bật khi ở subnet public không có NAT, nếu không task sẽ không kéo được image; để `DISABLED` khi ở subnet private.',
    },
    default: {
      en: '`DISABLED`.',
      vi: '`DISABLED`.',
    },
    launchTypeNote: {
      en: '`ENABLED` works on Fargate only; EC2 awsvpc tasks never get a public IP ("Assign public IP is not supported for this launch type").',
      vi: '`ENABLED` chỉ dùng được trên Fargate; task awsvpc trên EC2 không bao giờ nhận public IP ("Assign public IP is not supported for this launch type").',
    },
    example: '"assignPublicIp": "ENABLED"',
    link: shape('AwsVpcConfiguration', 'assignPublicIp'),
  },

  healthCheckGracePeriodSeconds: {
    summary: {
      en: 'How many seconds after a task starts ECS ignores failing load balancer, VPC Lattice and container health checks, so slow-starting tasks are not killed before they are ready.',
      vi: 'Trong bao nhiêu giây sau khi task khởi động thì ECS bỏ qua kết quả health check thất bại của load balancer, VPC Lattice và container, để task khởi động chậm không bị giết trước khi sẵn sàng.',
    },
    default: {
      en: '`0`: health check results count from the first second.',
      vi: '`0`: kết quả health check có hiệu lực ngay từ giây đầu tiên.',
    },
    limits: {
      en: '0 to 2147483647 seconds. Unused when the service has no health check of any kind.',
      vi: '0 đến 2147483647 giây. Không có tác dụng khi service không có loại health check nào.',
    },
    example: '"healthCheckGracePeriodSeconds": 120',
    link: req('healthCheckGracePeriodSeconds'),
    concept: {
      en: md(
        'Behind a load balancer a new task is registered in the target group as soon as it runs, and the load balancer starts probing it right away (an ALB checks every 30 seconds by default and needs only a couple of failures to call a target unhealthy). An application that needs 90 seconds to boot (a JVM warming up, migrations, cache loading) looks unhealthy at first.',
        '',
        'ECS reacts to an unhealthy target by stopping the task and starting a replacement, which is just as slow, so the service loops forever: tasks start, fail "ELB health checks", are stopped, and no deployment completes.',
        '',
        '- The grace period tells the scheduler to **ignore** health check failures for that many seconds after each task starts.',
        '- The load balancer still sends no traffic to a target until it passes its health check; the grace period only keeps ECS from killing it.',
        '- Set it a bit above the worst-case startup time (e.g. 60 to 180 seconds). Too high, and a truly broken task lives that long before it is replaced.',
        '- For container health checks alone, the task definition\'s `healthCheck.startPeriod` plays the same role per container.',
      ),
      vi: md(
        'Khi đứng sau load balancer, task mới được đăng ký vào target group ngay khi chạy, và load balancer bắt đầu kiểm tra nó ngay lập tức (ALB mặc định kiểm tra mỗi 30 giây và chỉ cần vài lần thất bại là coi target là unhealthy). Một ứng dụng cần 90 giây để khởi động (JVM đang warm up, chạy migration, nạp cache) lúc đầu sẽ trông như đang hỏng.',
        '',
        'ECS phản ứng với target unhealthy bằng cách dừng task và khởi động task thay thế, mà task này cũng chậm y như vậy, nên service rơi vào vòng lặp: task khởi động, trượt "ELB health checks", bị dừng, và không lần deploy nào hoàn tất.',
        '',
        '- Grace period bảo scheduler **bỏ qua** các lần health check thất bại trong chừng ấy giây sau khi mỗi task khởi động.',
        '- Load balancer vẫn không gửi traffic tới target cho tới khi nó qua health check; grace period chỉ ngăn ECS giết task.',
        '- Đặt giá trị lớn hơn một chút so với thời gian khởi động lâu nhất (ví dụ 60 đến 180 giây). Đặt quá cao thì một task hỏng thật sẽ sống ngần ấy thời gian trước khi bị thay.',
        '- Nếu chỉ có container health check, `healthCheck.startPeriod` trong task definition làm đúng vai trò này cho từng container.',
      ),
    },
  },

  schedulingStrategy: {
    summary: {
      en: '`REPLICA` keeps `desiredCount` tasks running across the cluster; `DAEMON` runs exactly one task on every container instance that matches the placement constraints (agents, log collectors).',
      vi: '`REPLICA` duy trì `desiredCount` task trên toàn cluster; `DAEMON` chạy đúng một task trên mỗi container instance thỏa placement constraint (agent, bộ thu log).',
    },
    default: {
      en: '`REPLICA`.',
      vi: '`REPLICA`.',
    },
    limits: {
      en: '`DAEMON` is not available on Fargate, nor with the `CODE_DEPLOY` or `EXTERNAL` deployment controllers.',
      vi: '`DAEMON` không dùng được trên Fargate, cũng như với deployment controller `CODE_DEPLOY` hay `EXTERNAL`.',
    },
    example: '"schedulingStrategy": "REPLICA"',
    link: `${SDP}#sd-schedulingstrategy`,
  },

  deploymentController: {
    summary: {
      en: 'Who performs deployments: ECS itself (`ECS`: rolling, or blue/green/linear/canary through `deploymentConfiguration.strategy`), AWS CodeDeploy (`CODE_DEPLOY`), or a third-party tool (`EXTERNAL`).',
      vi: 'Ai thực hiện việc deploy: chính ECS (`ECS`: rolling, hoặc blue/green/linear/canary qua `deploymentConfiguration.strategy`), AWS CodeDeploy (`CODE_DEPLOY`), hay một công cụ bên thứ ba (`EXTERNAL`).',
    },
    default: {
      en: '`{ "type": "ECS" }`.',
      vi: '`{ "type": "ECS" }`.',
    },
    example: '"deploymentController": { "type": "ECS" }',
    link: `${SDP}#sd-deploymentcontroller`,
  },

  'deploymentController.type': {
    summary: {
      en: 'The deployment controller: `ECS`, `CODE_DEPLOY` or `EXTERNAL`.',
      vi: 'Deployment controller: `ECS`, `CODE_DEPLOY` hoặc `EXTERNAL`.',
    },
    limits: {
      en: 'Required inside `deploymentController`. `CODE_DEPLOY` needs an ALB or NLB; `CODE_DEPLOY` and `EXTERNAL` need `schedulingStrategy` `REPLICA`.',
      vi: 'Bắt buộc bên trong `deploymentController`. `CODE_DEPLOY` cần ALB hoặc NLB; `CODE_DEPLOY` và `EXTERNAL` cần `schedulingStrategy` là `REPLICA`.',
    },
    example: '"type": "ECS"',
    link: shape('DeploymentController', 'type'),
  },

  // ----- tags and ECS Exec ------------------------------------------------------------------

  tags: {
    summary: {
      en: 'Key/value tags on the service itself (cost allocation, ownership, access control). They reach the tasks only with `propagateTags: SERVICE`. Deleted together with the service.',
      vi: 'Các tag key/value gắn lên chính service (phân bổ chi phí, người sở hữu, kiểm soát truy cập). Tag chỉ tới được task khi dùng `propagateTags: SERVICE`. Bị xóa cùng với service.',
    },
    limits: {
      en: 'At most 50 tags; keys unique and case-sensitive; the `aws:` prefix (any case) is reserved for AWS in keys and values.',
      vi: 'Tối đa 50 tag; key không trùng và phân biệt hoa thường; tiền tố `aws:` (dù viết hoa hay thường) dành riêng cho AWS, ở key lẫn value.',
    },
    example: '"tags": [{ "key": "team", "value": "payments" }, { "key": "env", "value": "prod" }]',
    link: `${SDP}#sd-tags`,
  },

  'tags[]': {
    summary: {
      en: 'One tag: a `key` and an optional `value`.',
      vi: 'Một tag: gồm `key` và `value` (không bắt buộc).',
    },
    example: '{ "key": "cost-center", "value": "cc-1234" }',
    link: shape('Tag'),
  },

  'tags[].key': {
    summary: {
      en: 'The tag name, a category such as `env` or `team`.',
      vi: 'Tên tag, một nhóm phân loại như `env` hoặc `team`.',
    },
    limits: TAG_KEY_LIMITS,
    example: '"key": "env"',
    link: shape('Tag', 'key'),
  },

  'tags[].value': {
    summary: {
      en: 'The tag value within the key\'s category, e.g. `prod` for `env`.',
      vi: 'Giá trị của tag trong nhóm mà key đặt ra, ví dụ `prod` cho `env`.',
    },
    limits: TAG_VALUE_LIMITS,
    example: '"value": "prod"',
    link: shape('Tag', 'value'),
  },

  enableECSManagedTags: {
    summary: {
      en: 'Lets ECS add its own tags to the tasks (such as `aws:ecs:clusterName` and `aws:ecs:serviceName`), handy for cost reports per cluster and service.',
      vi: 'Cho phép ECS tự gắn tag của nó lên task (như `aws:ecs:clusterName` và `aws:ecs:serviceName`), tiện cho báo cáo chi phí theo cluster và service.',
    },
    default: {
      en: '`false`.',
      vi: '`false`.',
    },
    limits: {
      en: 'Use together with `propagateTags`.',
      vi: 'Dùng kèm với `propagateTags`.',
    },
    example: '"enableECSManagedTags": true',
    link: `${SDP}#sd-tags`,
  },

  propagateTags: {
    summary: {
      en: 'Copies tags to the tasks the service starts: from the task definition, from the service, or not at all. Tags are copied only when a task is created.',
      vi: 'Chép tag sang các task mà service khởi động: lấy từ task definition, từ service, hoặc không chép. Tag chỉ được chép lúc task được tạo.',
    },
    default: {
      en: '`NONE`: tasks carry no copied tags.',
      vi: '`NONE`: task không mang tag nào được chép sang.',
    },
    limits: {
      en: 'Needs a value other than `NONE` for per-service cost reports in Cost Explorer.',
      vi: 'Cần một giá trị khác `NONE` nếu muốn báo cáo chi phí theo service trong Cost Explorer.',
    },
    example: '"propagateTags": "SERVICE"',
    link: `${SDP}#sd-tags`,
  },

  enableExecuteCommand: {
    summary: {
      en: 'Turns on **ECS Exec** for the service\'s tasks, so you can open a shell or run a command in a running container with `aws ecs execute-command`.',
      vi: 'Bật **ECS Exec** cho các task của service, để bạn mở shell hoặc chạy lệnh trong container đang chạy bằng `aws ecs execute-command`.',
    },
    default: {
      en: '`false`.',
      vi: '`false`.',
    },
    limits: {
      en: 'The task role (`taskRoleArn` of the task definition) needs `ssmmessages:CreateControlChannel`, `CreateDataChannel`, `OpenControlChannel` and `OpenDataChannel`. Applies to tasks started after the change. Fargate needs platform 1.4.0+.',
      vi: 'Task role (`taskRoleArn` trong task definition) cần các quyền `ssmmessages:CreateControlChannel`, `CreateDataChannel`, `OpenControlChannel` và `OpenDataChannel`. Chỉ áp dụng cho task khởi động sau khi bật. Fargate cần platform 1.4.0 trở lên.',
    },
    example: '"enableExecuteCommand": true',
    link: req('enableExecuteCommand'),
  },

  // ----- Service Connect --------------------------------------------------------------------

  serviceConnectConfiguration: {
    summary: {
      en: 'Service Connect: service-to-service networking managed by ECS. Tasks call each other by short names (`http://orders:8080`) through a proxy that ECS adds to every task, with retries, timeouts and traffic metrics built in.',
      vi: 'Service Connect: mạng giữa các service do ECS quản lý. Task gọi nhau bằng tên ngắn (`http://orders:8080`) thông qua một proxy mà ECS tự thêm vào mỗi task, có sẵn retry, timeout và metric về traffic.',
    },
    default: {
      en: 'Off.',
      vi: 'Tắt.',
    },
    limits: {
      en: 'Only for tasks started by ECS services. A client-only service needs just `enabled` and `namespace`; a service that others call also lists `services`.',
      vi: 'Chỉ áp dụng cho task do ECS service khởi động. Service chỉ đóng vai client thì chỉ cần `enabled` và `namespace`; service được service khác gọi tới thì khai báo thêm `services`.',
    },
    example: `"serviceConnectConfiguration": {
  "enabled": true,
  "namespace": "internal",
  "services": [
    { "portName": "http", "discoveryName": "orders", "clientAliases": [{ "port": 8080, "dnsName": "orders" }] }
  ]
}`,
    link: req('serviceConnectConfiguration'),
  },

  'serviceConnectConfiguration.enabled': {
    summary: {
      en: 'Turns Service Connect on for this service.',
      vi: 'Bật Service Connect cho service này.',
    },
    limits: {
      en: 'Required inside `serviceConnectConfiguration`.',
      vi: 'Bắt buộc bên trong `serviceConnectConfiguration`.',
    },
    example: '"enabled": true',
    link: shape('ServiceConnectConfiguration', 'enabled'),
  },

  'serviceConnectConfiguration.namespace': {
    summary: {
      en: 'The AWS Cloud Map namespace (name or ARN) the service joins. Services in the same namespace can reach each other, even across clusters.',
      vi: 'Namespace của AWS Cloud Map (tên hoặc ARN) mà service tham gia. Các service cùng namespace gọi được nhau, kể cả khi ở khác cluster.',
    },
    default: {
      en: 'The cluster\'s default Service Connect namespace, if one is set.',
      vi: 'Namespace Service Connect mặc định của cluster, nếu đã được đặt.',
    },
    limits: {
      en: 'Same Region as the service and cluster. Any namespace type works.',
      vi: 'Cùng Region với service và cluster. Loại namespace nào cũng được.',
    },
    example: '"namespace": "internal"',
    link: shape('ServiceConnectConfiguration', 'namespace'),
  },

  'serviceConnectConfiguration.services': {
    summary: {
      en: 'The endpoints this service offers to others in the namespace: which named port to expose and under which DNS name and port.',
      vi: 'Các endpoint mà service này cung cấp cho service khác trong namespace: mở port có tên nào, dưới DNS name và port nào.',
    },
    default: {
      en: 'None: the service is only a client.',
      vi: 'Không có: service chỉ đóng vai client.',
    },
    example: '"services": [{ "portName": "http", "clientAliases": [{ "port": 8080, "dnsName": "orders" }] }]',
    link: shape('ServiceConnectConfiguration', 'services'),
  },

  'serviceConnectConfiguration.services[]': {
    summary: {
      en: 'One exposed endpoint: a named port of the task definition, its Cloud Map name and its client alias.',
      vi: 'Một endpoint được công bố: một port có tên trong task definition, tên của nó trong Cloud Map và client alias của nó.',
    },
    example: '{ "portName": "http", "discoveryName": "orders", "clientAliases": [{ "port": 8080, "dnsName": "orders" }] }',
    link: shape('ServiceConnectService'),
  },

  'serviceConnectConfiguration.services[].portName': {
    summary: {
      en: 'The `name` of a port mapping in the task definition (`containerDefinitions[].portMappings[].name`) that this endpoint exposes.',
      vi: '`name` của một port mapping trong task definition (`containerDefinitions[].portMappings[].name`) mà endpoint này công bố.',
    },
    limits: {
      en: 'Required. Must match a port mapping name of the task definition. Set `appProtocol` on that port mapping for HTTP-aware metrics and timeouts.',
      vi: 'Bắt buộc. Phải khớp tên một port mapping trong task definition. Đặt `appProtocol` cho port mapping đó để có metric và timeout theo HTTP.',
    },
    example: '"portName": "http"',
    link: shape('ServiceConnectService', 'portName'),
  },

  'serviceConnectConfiguration.services[].discoveryName': {
    summary: {
      en: 'The name of the Cloud Map service that ECS creates for this endpoint.',
      vi: 'Tên của Cloud Map service mà ECS tạo cho endpoint này.',
    },
    default: {
      en: 'The `portName`.',
      vi: 'Giá trị của `portName`.',
    },
    limits: {
      en: 'Up to 64 characters: lowercase letters, digits, `_` and `-`, not starting with `-`. Unique within the namespace.',
      vi: 'Tối đa 64 ký tự: chữ thường, chữ số, `_` và `-`, không bắt đầu bằng `-`. Không trùng trong namespace.',
    },
    example: '"discoveryName": "orders"',
    link: shape('ServiceConnectService', 'discoveryName'),
  },

  'serviceConnectConfiguration.services[].clientAliases': {
    summary: {
      en: 'The DNS name and port that client tasks use to call this endpoint. Choose what the clients already use (e.g. `redis:6379`) so their code needs no change.',
      vi: 'DNS name và port mà task client dùng để gọi endpoint này. Chọn đúng cái client đang dùng (ví dụ `redis:6379`) để không phải sửa code của chúng.',
    },
    limits: {
      en: 'Exactly one alias per entry of `services`. Each name + port must be unique within the namespace.',
      vi: 'Mỗi phần tử của `services` có đúng một alias. Mỗi cặp tên + port phải là duy nhất trong namespace.',
    },
    example: '"clientAliases": [{ "port": 8080, "dnsName": "orders" }]',
    link: shape('ServiceConnectService', 'clientAliases'),
  },

  'serviceConnectConfiguration.services[].clientAliases[]': {
    summary: {
      en: 'One alias: the `port` and optional `dnsName` clients connect to.',
      vi: 'Một alias: `port` và `dnsName` (không bắt buộc) mà client kết nối tới.',
    },
    example: '{ "port": 8080, "dnsName": "orders" }',
    link: shape('ServiceConnectClientAlias'),
  },

  'serviceConnectConfiguration.services[].clientAliases[].port': {
    summary: {
      en: 'The port the Service Connect proxy listens on inside every client task of the namespace.',
      vi: 'Port mà proxy Service Connect lắng nghe bên trong mọi task client của namespace.',
    },
    limits: {
      en: 'Required. 0 to 65535.',
      vi: 'Bắt buộc. 0 đến 65535.',
    },
    example: '"port": 8080',
    link: shape('ServiceConnectClientAlias', 'port'),
  },

  'serviceConnectConfiguration.services[].clientAliases[].dnsName': {
    summary: {
      en: 'The host name client applications use, e.g. `orders` or `db`. It resolves inside the client tasks only.',
      vi: 'Tên host mà ứng dụng client dùng, ví dụ `orders` hay `db`. Tên này chỉ phân giải được bên trong task client.',
    },
    default: {
      en: '`discoveryName.namespace` (or `portName.namespace` without a `discoveryName`).',
      vi: '`discoveryName.namespace` (hoặc `portName.namespace` nếu không có `discoveryName`).',
    },
    limits: {
      en: 'Up to 127 characters: lowercase letters, digits, `_`, `-` and `.`, not starting with `-`. Need not be fully qualified.',
      vi: 'Tối đa 127 ký tự: chữ thường, chữ số, `_`, `-` và `.`, không bắt đầu bằng `-`. Không cần là tên đầy đủ (FQDN).',
    },
    example: '"dnsName": "orders"',
    link: shape('ServiceConnectClientAlias', 'dnsName'),
  },

  'serviceConnectConfiguration.services[].clientAliases[].testTrafficRules': {
    summary: {
      en: 'For blue/green deployments with Service Connect: which requests count as test traffic and go to the new (green) revision before production moves.',
      vi: 'Cho kiểu deploy blue/green với Service Connect: request nào được coi là traffic test và đi vào revision mới (green) trước khi chuyển production.',
    },
    example: '"testTrafficRules": { "header": { "name": "x-canary", "value": { "exact": "true" } } }',
    link: shape('ServiceConnectTestTrafficRules'),
  },

  'serviceConnectConfiguration.services[].clientAliases[].testTrafficRules.header': {
    summary: {
      en: 'The HTTP header that marks a request as test traffic.',
      vi: 'HTTP header đánh dấu một request là traffic test.',
    },
    limits: {
      en: 'Required inside `testTrafficRules`.',
      vi: 'Bắt buộc bên trong `testTrafficRules`.',
    },
    example: '"header": { "name": "x-canary", "value": { "exact": "true" } }',
    link: shape('ServiceConnectTestTrafficHeaderRules'),
  },

  'serviceConnectConfiguration.services[].clientAliases[].testTrafficRules.header.name': {
    summary: {
      en: 'The header name to look at, e.g. `x-canary` or `x-test-version`.',
      vi: 'Tên header cần xét, ví dụ `x-canary` hoặc `x-test-version`.',
    },
    limits: {
      en: 'Required.',
      vi: 'Bắt buộc.',
    },
    example: '"name": "x-canary"',
    link: shape('ServiceConnectTestTrafficHeaderRules', 'name'),
  },

  'serviceConnectConfiguration.services[].clientAliases[].testTrafficRules.header.value': {
    summary: {
      en: 'How the header value must match for a request to be routed as test traffic.',
      vi: 'Giá trị header phải khớp thế nào để request được định tuyến như traffic test.',
    },
    example: '"value": { "exact": "true" }',
    link: shape('ServiceConnectTestTrafficHeaderMatchRules'),
  },

  'serviceConnectConfiguration.services[].clientAliases[].testTrafficRules.header.value.exact': {
    summary: {
      en: 'The exact header value that marks test traffic.',
      vi: 'Giá trị header chính xác dùng để đánh dấu traffic test.',
    },
    limits: {
      en: 'Required inside `value`.',
      vi: 'Bắt buộc bên trong `value`.',
    },
    example: '"exact": "true"',
    link: shape('ServiceConnectTestTrafficHeaderMatchRules', 'exact'),
  },

  'serviceConnectConfiguration.services[].ingressPortOverride': {
    summary: {
      en: 'The port the Service Connect proxy of *this* service listens on for incoming traffic, when the default is not what you want (e.g. to keep the app port free of the proxy and open exactly this port in security groups).',
      vi: 'Port mà proxy Service Connect của *chính service này* lắng nghe traffic đi vào, khi giá trị mặc định không phù hợp (ví dụ để port của ứng dụng không đi qua proxy và chỉ mở đúng port này trong security group).',
    },
    default: {
      en: 'awsvpc (and Fargate): the container port of the named port mapping. Bridge: an ephemeral port of the proxy.',
      vi: 'awsvpc (và Fargate): container port của port mapping có tên tương ứng. Bridge: một port tạm (ephemeral) của proxy.',
    },
    limits: {
      en: '0 to 65535.',
      vi: '0 đến 65535.',
    },
    example: '"ingressPortOverride": 15000',
    link: shape('ServiceConnectService', 'ingressPortOverride'),
  },

  'serviceConnectConfiguration.services[].timeout': {
    summary: {
      en: 'Connection timeouts enforced by the Service Connect proxy for this endpoint.',
      vi: 'Các timeout kết nối do proxy Service Connect áp dụng cho endpoint này.',
    },
    limits: {
      en: 'If the idle timeout is shorter than the per-request timeout, the connection closes at the idle timeout.',
      vi: 'Nếu idle timeout ngắn hơn per-request timeout thì kết nối sẽ đóng theo idle timeout.',
    },
    example: '"timeout": { "idleTimeoutSeconds": 300, "perRequestTimeoutSeconds": 30 }',
    link: shape('TimeoutConfiguration'),
  },

  'serviceConnectConfiguration.services[].timeout.idleTimeoutSeconds': {
    summary: {
      en: 'Seconds an idle connection stays open. `0` disables the idle timeout.',
      vi: 'Số giây một kết nối không hoạt động được giữ mở. `0` là tắt idle timeout.',
    },
    default: {
      en: '5 minutes for HTTP, HTTP/2 and gRPC; 1 hour for TCP.',
      vi: '5 phút với HTTP, HTTP/2 và gRPC; 1 giờ với TCP.',
    },
    limits: {
      en: '0 to 2147483647.',
      vi: '0 đến 2147483647.',
    },
    example: '"idleTimeoutSeconds": 300',
    link: shape('TimeoutConfiguration', 'idleTimeoutSeconds'),
  },

  'serviceConnectConfiguration.services[].timeout.perRequestTimeoutSeconds': {
    summary: {
      en: 'Seconds the proxy waits for the upstream to send a complete response to one request. `0` disables it.',
      vi: 'Số giây proxy chờ phía upstream trả về trọn vẹn response cho một request. `0` là tắt.',
    },
    limits: {
      en: '0 to 2147483647. Not allowed when the port\'s `appProtocol` is TCP (unset); only the idle timeout applies there.',
      vi: '0 đến 2147483647. Không được dùng khi `appProtocol` của port là TCP (không đặt); khi đó chỉ có idle timeout.',
    },
    example: '"perRequestTimeoutSeconds": 30',
    link: shape('TimeoutConfiguration', 'perRequestTimeoutSeconds'),
  },

  'serviceConnectConfiguration.services[].tls': {
    summary: {
      en: 'Encrypts Service Connect traffic with TLS, using certificates that ECS issues and rotates from your AWS Private Certificate Authority.',
      vi: 'Mã hóa traffic Service Connect bằng TLS, dùng certificate mà ECS cấp và xoay vòng từ AWS Private Certificate Authority của bạn.',
    },
    default: {
      en: 'None: plain traffic between the proxies.',
      vi: 'Không có: traffic giữa các proxy không mã hóa.',
    },
    example: `"tls": {
  "issuerCertificateAuthority": { "awsPcaAuthorityArn": "arn:aws:acm-pca:eu-west-1:123456789012:certificate-authority/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0" },
  "roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForServiceConnectTls"
}`,
    link: shape('ServiceConnectTlsConfiguration'),
  },

  'serviceConnectConfiguration.services[].tls.issuerCertificateAuthority': {
    summary: {
      en: 'The certificate authority that signs the TLS certificates.',
      vi: 'Certificate authority ký các certificate TLS.',
    },
    limits: {
      en: 'Required inside `tls`.',
      vi: 'Bắt buộc bên trong `tls`.',
    },
    example: '"issuerCertificateAuthority": { "awsPcaAuthorityArn": "arn:aws:acm-pca:eu-west-1:123456789012:certificate-authority/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0" }',
    link: shape('ServiceConnectTlsCertificateAuthority'),
  },

  'serviceConnectConfiguration.services[].tls.issuerCertificateAuthority.awsPcaAuthorityArn': {
    summary: {
      en: 'The ARN of the AWS Private CA certificate authority.',
      vi: 'ARN của certificate authority trong AWS Private CA.',
    },
    limits: {
      en: '`arn:aws:acm-pca:REGION:ACCOUNT_ID:certificate-authority/ID`.',
      vi: '`arn:aws:acm-pca:REGION:ACCOUNT_ID:certificate-authority/ID`.',
    },
    example: '"awsPcaAuthorityArn": "arn:aws:acm-pca:eu-west-1:123456789012:certificate-authority/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"',
    link: shape('ServiceConnectTlsCertificateAuthority', 'awsPcaAuthorityArn'),
  },

  'serviceConnectConfiguration.services[].tls.kmsKey': {
    summary: {
      en: 'The AWS KMS key used to protect the TLS private keys.',
      vi: 'Khóa AWS KMS dùng để bảo vệ private key của TLS.',
    },
    default: {
      en: 'A key owned by AWS.',
      vi: 'Một khóa do AWS sở hữu.',
    },
    example: '"kmsKey": "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"',
    link: shape('ServiceConnectTlsConfiguration', 'kmsKey'),
  },

  'serviceConnectConfiguration.services[].tls.roleArn': {
    summary: {
      en: 'The IAM role ECS uses to request certificates from the private CA for Service Connect TLS.',
      vi: 'IAM role mà ECS dùng để xin certificate từ private CA cho Service Connect TLS.',
    },
    limits: INFRA_ROLE,
    example: '"roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForServiceConnectTls"',
    link: shape('ServiceConnectTlsConfiguration', 'roleArn'),
  },

  'serviceConnectConfiguration.logConfiguration': {
    summary: {
      en: 'Where the logs of the Service Connect proxy container go. ECS adds that container itself, so it is not in the task definition; configure its logs here.',
      vi: 'Log của container proxy Service Connect được gửi đi đâu. ECS tự thêm container đó nên nó không có trong task definition; log của nó được cấu hình ở đây.',
    },
    default: {
      en: 'None: the proxy\'s logs are not kept.',
      vi: 'Không có: log của proxy không được lưu lại.',
    },
    limits: {
      en: 'Same shape as a container\'s `logConfiguration`. Reusing the application containers\' log settings is the usual choice. Required for `accessLogConfiguration`.',
      vi: 'Cùng cấu trúc với `logConfiguration` của container. Thường dùng lại thiết lập log của các container ứng dụng. Bắt buộc khi có `accessLogConfiguration`.',
    },
    example: `"logConfiguration": {
  "logDriver": "awslogs",
  "options": {
    "awslogs-group": "/ecs/orders-api",
    "awslogs-region": "eu-west-1",
    "awslogs-stream-prefix": "service-connect"
  }
}`,
    link: shape('LogConfiguration'),
  },

  'serviceConnectConfiguration.logConfiguration.logDriver': {
    summary: {
      en: 'The log driver of the proxy container, e.g. `awslogs` for CloudWatch Logs.',
      vi: 'Log driver của container proxy, ví dụ `awslogs` để gửi tới CloudWatch Logs.',
    },
    limits: {
      en: 'Required inside `logConfiguration`.',
      vi: 'Bắt buộc bên trong `logConfiguration`.',
    },
    launchTypeNote: {
      en: 'Fargate: only `awslogs`, `splunk` and `awsfirelens`.',
      vi: 'Fargate: chỉ `awslogs`, `splunk` và `awsfirelens`.',
    },
    example: '"logDriver": "awslogs"',
    link: shape('LogConfiguration', 'logDriver'),
  },

  'serviceConnectConfiguration.logConfiguration.options': {
    summary: {
      en: 'Options of the log driver, as string key/value pairs (for `awslogs`: `awslogs-group`, `awslogs-region`, `awslogs-stream-prefix`, ...).',
      vi: 'Các tùy chọn của log driver, dạng cặp key/value kiểu chuỗi (với `awslogs`: `awslogs-group`, `awslogs-region`, `awslogs-stream-prefix`, ...).',
    },
    limits: {
      en: 'All values are strings (`"true"`, not `true`). `awslogs` on Fargate needs the group, the Region and a stream prefix.',
      vi: 'Mọi giá trị đều là chuỗi (`"true"`, không phải `true`). `awslogs` trên Fargate cần group, Region và stream prefix.',
    },
    example: '"options": { "awslogs-group": "/ecs/orders-api", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "service-connect" }',
    link: shape('LogConfiguration', 'options'),
  },

  'serviceConnectConfiguration.logConfiguration.options{key}': {
    summary: {
      en: 'The name of a log driver option, e.g. `awslogs-group`.',
      vi: 'Tên một tùy chọn của log driver, ví dụ `awslogs-group`.',
    },
    example: '"awslogs-group"',
    link: shape('LogConfiguration', 'options'),
  },

  'serviceConnectConfiguration.logConfiguration.options{}': {
    summary: {
      en: 'The value of a log driver option, always a string.',
      vi: 'Giá trị của một tùy chọn log driver, luôn là chuỗi.',
    },
    example: '"/ecs/orders-api"',
    link: shape('LogConfiguration', 'options'),
  },

  'serviceConnectConfiguration.logConfiguration.secretOptions': {
    summary: {
      en: 'Log driver options whose values come from Secrets Manager or SSM Parameter Store (e.g. a Splunk token), so they never appear in plain text.',
      vi: 'Các tùy chọn log driver có giá trị lấy từ Secrets Manager hoặc SSM Parameter Store (ví dụ token của Splunk), để chúng không bao giờ xuất hiện dưới dạng văn bản thường.',
    },
    limits: {
      en: 'The task definition\'s execution role must be allowed to read each secret.',
      vi: 'Execution role trong task definition phải có quyền đọc từng secret.',
    },
    example: '"secretOptions": [{ "name": "splunk-token", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:splunk-token-AbCdEf" }]',
    link: shape('LogConfiguration', 'secretOptions'),
  },

  'serviceConnectConfiguration.logConfiguration.secretOptions[]': {
    summary: {
      en: 'One secret option: the option `name` and where its value comes from (`valueFrom`).',
      vi: 'Một secret option: `name` của tùy chọn và nơi lấy giá trị của nó (`valueFrom`).',
    },
    example: '{ "name": "splunk-token", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:splunk-token-AbCdEf" }',
    link: shape('Secret'),
  },

  'serviceConnectConfiguration.logConfiguration.secretOptions[].name': {
    summary: {
      en: 'The log driver option that receives the secret value, e.g. `splunk-token`.',
      vi: 'Tùy chọn log driver nhận giá trị secret, ví dụ `splunk-token`.',
    },
    limits: {
      en: 'Required.',
      vi: 'Bắt buộc.',
    },
    example: '"name": "splunk-token"',
    link: shape('Secret', 'name'),
  },

  'serviceConnectConfiguration.logConfiguration.secretOptions[].valueFrom': {
    summary: {
      en: 'Where the value comes from: a Secrets Manager secret ARN or an SSM parameter ARN (a parameter name works in the same Region).',
      vi: 'Nơi lấy giá trị: ARN của secret trong Secrets Manager hoặc ARN của SSM parameter (tên parameter dùng được khi cùng Region).',
    },
    limits: {
      en: 'Required.',
      vi: 'Bắt buộc.',
    },
    example: '"valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/splunk/token"',
    link: shape('Secret', 'valueFrom'),
  },

  'serviceConnectConfiguration.accessLogConfiguration': {
    summary: {
      en: 'Turns on access logs of the Service Connect proxy: one line per request with status code, timings and so on, for debugging service-to-service calls.',
      vi: 'Bật access log của proxy Service Connect: mỗi request một dòng với status code, thời gian xử lý..., để debug các cuộc gọi giữa service với nhau.',
    },
    limits: {
      en: 'Needs `serviceConnectConfiguration.logConfiguration`.',
      vi: 'Cần có `serviceConnectConfiguration.logConfiguration`.',
    },
    example: '"accessLogConfiguration": { "format": "JSON", "includeQueryParameters": "DISABLED" }',
    link: shape('ServiceConnectAccessLogConfiguration'),
  },

  'serviceConnectConfiguration.accessLogConfiguration.format': {
    summary: {
      en: 'The format of the access log lines: readable `TEXT` or structured `JSON`.',
      vi: 'Định dạng của các dòng access log: `TEXT` dễ đọc hoặc `JSON` có cấu trúc.',
    },
    limits: {
      en: 'Required inside `accessLogConfiguration`.',
      vi: 'Bắt buộc bên trong `accessLogConfiguration`.',
    },
    example: '"format": "JSON"',
    link: shape('ServiceConnectAccessLogConfiguration', 'format'),
  },

  'serviceConnectConfiguration.accessLogConfiguration.includeQueryParameters': {
    summary: {
      en: 'Whether HTTP query strings are written to the access logs. They may contain tokens or personal data, so think before enabling.',
      vi: 'Có ghi query string của HTTP vào access log hay không. Query string có thể chứa token hoặc dữ liệu cá nhân, nên cân nhắc trước khi bật.',
    },
    default: {
      en: '`DISABLED`.',
      vi: '`DISABLED`.',
    },
    example: '"includeQueryParameters": "DISABLED"',
    link: shape('ServiceConnectAccessLogConfiguration', 'includeQueryParameters'),
  },

  // ----- EBS volumes configured at launch ---------------------------------------------------

  volumeConfigurations: {
    summary: {
      en: 'Settings of the Amazon EBS volume that ECS creates for each task, for a task definition volume marked `configuredAtLaunch: true`. Each task gets its own new volume.',
      vi: 'Thiết lập của volume Amazon EBS mà ECS tạo cho mỗi task, ứng với volume trong task definition được đánh dấu `configuredAtLaunch: true`. Mỗi task nhận một volume mới của riêng nó.',
    },
    limits: {
      en: 'Only EBS is supported; one volume configured at launch per task. Volumes of service tasks are deleted when the task stops (use a snapshot to start from existing data).',
      vi: 'Chỉ hỗ trợ EBS; mỗi task tối đa một volume cấu hình lúc launch. Volume của task thuộc service sẽ bị xóa khi task dừng (dùng snapshot để bắt đầu từ dữ liệu có sẵn).',
    },
    launchTypes: ['EC2', 'FARGATE', 'MANAGED_INSTANCES'],
    example: `"volumeConfigurations": [
  {
    "name": "scratch",
    "managedEBSVolume": {
      "roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForVolumes",
      "volumeType": "gp3",
      "sizeInGiB": 100,
      "encrypted": true,
      "filesystemType": "xfs"
    }
  }
]`,
    link: `${GUIDE}ebs-volumes.html`,
  },

  'volumeConfigurations[]': {
    summary: {
      en: 'One volume configuration: the task definition volume `name` and the EBS settings for it.',
      vi: 'Một cấu hình volume: `name` của volume trong task definition và thiết lập EBS cho nó.',
    },
    example: '{ "name": "scratch", "managedEBSVolume": { "roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForVolumes", "sizeInGiB": 100 } }',
    link: shape('ServiceVolumeConfiguration'),
  },

  'volumeConfigurations[].name': {
    summary: {
      en: 'The name of the task definition volume this configuration is for.',
      vi: 'Tên của volume trong task definition mà cấu hình này dành cho.',
    },
    limits: {
      en: 'Required. Must equal a `volumes[].name` that has `configuredAtLaunch: true` in the task definition.',
      vi: 'Bắt buộc. Phải bằng một `volumes[].name` có `configuredAtLaunch: true` trong task definition.',
    },
    example: '"name": "scratch"',
    link: shape('ServiceVolumeConfiguration', 'name'),
  },

  'volumeConfigurations[].managedEBSVolume': {
    summary: {
      en: 'How ECS creates each EBS volume: type, size or snapshot, performance, encryption, tags and file system. Most fields mirror the EC2 `CreateVolume` API.',
      vi: 'Cách ECS tạo mỗi volume EBS: loại, dung lượng hoặc snapshot, hiệu năng, mã hóa, tag và file system. Phần lớn các trường tương ứng với API `CreateVolume` của EC2.',
    },
    limits: {
      en: 'Give `sizeInGiB`, `snapshotId`, or both. `roleArn` is required.',
      vi: 'Phải có `sizeInGiB`, `snapshotId`, hoặc cả hai. `roleArn` là bắt buộc.',
    },
    example: '"managedEBSVolume": { "roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForVolumes", "volumeType": "gp3", "sizeInGiB": 100 }',
    link: shape('ServiceManagedEBSVolumeConfiguration'),
  },

  'volumeConfigurations[].managedEBSVolume.encrypted': {
    summary: {
      en: 'Whether the volumes are encrypted. If EBS encryption by default is on in the Region, they are encrypted even when this says `false`.',
      vi: 'Volume có được mã hóa hay không. Nếu Region đã bật EBS encryption by default thì volume vẫn được mã hóa dù trường này là `false`.',
    },
    example: '"encrypted": true',
    link: shape('ServiceManagedEBSVolumeConfiguration', 'encrypted'),
  },

  'volumeConfigurations[].managedEBSVolume.kmsKeyId': {
    summary: {
      en: 'The KMS key for EBS encryption. Overrides both the Region\'s EBS default key and any key set for the cluster\'s managed storage.',
      vi: 'Khóa KMS dùng để mã hóa EBS. Ghi đè cả khóa EBS mặc định của Region lẫn khóa đặt cho managed storage của cluster.',
    },
    limits: {
      en: 'Key ID, alias or ARN. An invalid key is only detected later, when volume creation fails.',
      vi: 'Key ID, alias hoặc ARN. Khóa sai chỉ bị phát hiện sau đó, khi việc tạo volume thất bại.',
    },
    example: '"kmsKeyId": "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"',
    link: shape('ServiceManagedEBSVolumeConfiguration', 'kmsKeyId'),
  },

  'volumeConfigurations[].managedEBSVolume.volumeType': {
    summary: {
      en: 'The EBS volume type: `gp3` / `gp2` (general purpose SSD), `io1` / `io2` (provisioned IOPS SSD), `st1` (throughput HDD), `sc1` (cold HDD) or `standard` (magnetic).',
      vi: 'Loại volume EBS: `gp3` / `gp2` (SSD đa dụng), `io1` / `io2` (SSD với IOPS cấp sẵn), `st1` (HDD tối ưu throughput), `sc1` (HDD lưu trữ lạnh) hoặc `standard` (magnetic).',
    },
    launchTypeNote: {
      en: 'Fargate: `standard` (magnetic) is not supported.',
      vi: 'Fargate: không hỗ trợ `standard` (magnetic).',
    },
    example: '"volumeType": "gp3"',
    link: shape('ServiceManagedEBSVolumeConfiguration', 'volumeType'),
  },

  'volumeConfigurations[].managedEBSVolume.sizeInGiB': {
    summary: {
      en: 'The size of each volume in GiB. With a `snapshotId` it defaults to the snapshot size and may only be larger.',
      vi: 'Dung lượng mỗi volume, tính bằng GiB. Khi có `snapshotId`, mặc định bằng kích thước snapshot và chỉ được lớn hơn.',
    },
    limits: {
      en: '`gp2`/`gp3`: 1 to 16384; `io1`/`io2`: 4 to 16384; `st1`/`sc1`: 125 to 16384; `standard`: 1 to 1024. Required without `snapshotId`.',
      vi: '`gp2`/`gp3`: 1 đến 16384; `io1`/`io2`: 4 đến 16384; `st1`/`sc1`: 125 đến 16384; `standard`: 1 đến 1024. Bắt buộc khi không có `snapshotId`.',
    },
    example: '"sizeInGiB": 100',
    link: shape('ServiceManagedEBSVolumeConfiguration', 'sizeInGiB'),
  },

  'volumeConfigurations[].managedEBSVolume.snapshotId': {
    summary: {
      en: 'An EBS snapshot to create every volume from, so each task starts with the same data (e.g. a prebuilt dataset or model).',
      vi: 'Snapshot EBS dùng để tạo mọi volume, để task nào cũng bắt đầu với cùng dữ liệu (ví dụ một bộ dữ liệu hay model dựng sẵn).',
    },
    limits: {
      en: '`snap-` followed by hexadecimal characters. Required without `sizeInGiB`. The `filesystemType` must match the snapshot\'s.',
      vi: '`snap-` theo sau là các ký tự hệ thập lục phân. Bắt buộc khi không có `sizeInGiB`. `filesystemType` phải trùng với file system của snapshot.',
    },
    example: '"snapshotId": "snap-0123456789abcdef0"',
    link: shape('ServiceManagedEBSVolumeConfiguration', 'snapshotId'),
  },

  'volumeConfigurations[].managedEBSVolume.volumeInitializationRate': {
    summary: {
      en: 'How fast (MiB/s) data is pulled from the snapshot into each new volume, so volumes are fully initialized in a predictable time instead of loading lazily on first read.',
      vi: 'Tốc độ (MiB/s) kéo dữ liệu từ snapshot vào mỗi volume mới, để volume được khởi tạo đầy đủ trong thời gian đoán trước được, thay vì nạp dần ở lần đọc đầu tiên.',
    },
    limits: {
      en: 'Only together with `snapshotId`. EBS accepts 100 to 300 MiB/s.',
      vi: 'Chỉ dùng cùng `snapshotId`. EBS chấp nhận từ 100 đến 300 MiB/s.',
    },
    example: '"volumeInitializationRate": 200',
    link: shape('ServiceManagedEBSVolumeConfiguration', 'volumeInitializationRate'),
  },

  'volumeConfigurations[].managedEBSVolume.iops': {
    summary: {
      en: 'Provisioned I/O operations per second of each volume (for `gp2`, its baseline).',
      vi: 'Số thao tác I/O mỗi giây được cấp cho mỗi volume (với `gp2` là mức nền).',
    },
    default: {
      en: '`gp3`: 3000.',
      vi: '`gp3`: 3000.',
    },
    limits: {
      en: '`gp3`: 3000 to 16000; `io1`: 100 to 64000; `io2`: 100 to 256000. Required for `io1`/`io2`; not allowed for `st1`, `sc1`, `standard`.',
      vi: '`gp3`: 3000 đến 16000; `io1`: 100 đến 64000; `io2`: 100 đến 256000. Bắt buộc với `io1`/`io2`; không dùng với `st1`, `sc1`, `standard`.',
    },
    example: '"iops": 6000',
    link: shape('ServiceManagedEBSVolumeConfiguration', 'iops'),
  },

  'volumeConfigurations[].managedEBSVolume.throughput': {
    summary: {
      en: 'Provisioned throughput of each `gp3` volume, in MiB/s.',
      vi: 'Throughput được cấp cho mỗi volume `gp3`, tính bằng MiB/s.',
    },
    limits: {
      en: '`gp3` only; at most 1000 MiB/s.',
      vi: 'Chỉ cho `gp3`; tối đa 1000 MiB/s.',
    },
    example: '"throughput": 250',
    link: shape('ServiceManagedEBSVolumeConfiguration', 'throughput'),
  },

  'volumeConfigurations[].managedEBSVolume.tagSpecifications': {
    summary: {
      en: 'Tags to put on the EBS volumes, written directly or copied from the task definition or the service. ECS adds its own service-managed tags as well.',
      vi: 'Các tag gắn lên volume EBS, ghi trực tiếp hoặc chép từ task definition hay service. ECS cũng tự gắn thêm các tag quản lý của nó.',
    },
    example: '"tagSpecifications": [{ "resourceType": "volume", "tags": [{ "key": "team", "value": "ml" }], "propagateTags": "SERVICE" }]',
    link: shape('EBSTagSpecification'),
  },

  'volumeConfigurations[].managedEBSVolume.tagSpecifications[]': {
    summary: {
      en: 'One tag specification: the resource type (`volume`), explicit `tags` and where to copy tags from.',
      vi: 'Một tag specification: loại tài nguyên (`volume`), các `tags` ghi trực tiếp và nguồn để chép tag.',
    },
    example: '{ "resourceType": "volume", "tags": [{ "key": "team", "value": "ml" }] }',
    link: shape('EBSTagSpecification'),
  },

  'volumeConfigurations[].managedEBSVolume.tagSpecifications[].resourceType': {
    summary: {
      en: 'The kind of resource the tags apply to; always `volume`.',
      vi: 'Loại tài nguyên được gắn tag; luôn là `volume`.',
    },
    limits: {
      en: 'Required.',
      vi: 'Bắt buộc.',
    },
    example: '"resourceType": "volume"',
    link: shape('EBSTagSpecification', 'resourceType'),
  },

  'volumeConfigurations[].managedEBSVolume.tagSpecifications[].tags': {
    summary: {
      en: 'Tags written directly onto every volume.',
      vi: 'Các tag ghi trực tiếp lên mọi volume.',
    },
    limits: {
      en: 'At most 50. `AmazonECSCreated` and `AmazonECSManaged` are reserved by ECS.',
      vi: 'Tối đa 50. `AmazonECSCreated` và `AmazonECSManaged` được ECS dành riêng.',
    },
    example: '"tags": [{ "key": "team", "value": "ml" }]',
    link: shape('EBSTagSpecification', 'tags'),
  },

  'volumeConfigurations[].managedEBSVolume.tagSpecifications[].tags[]': {
    summary: {
      en: 'One volume tag: a `key` and an optional `value`.',
      vi: 'Một tag của volume: gồm `key` và `value` (không bắt buộc).',
    },
    example: '{ "key": "team", "value": "ml" }',
    link: shape('Tag'),
  },

  'volumeConfigurations[].managedEBSVolume.tagSpecifications[].tags[].key': {
    summary: {
      en: 'The tag name.',
      vi: 'Tên tag.',
    },
    limits: TAG_KEY_LIMITS,
    example: '"key": "team"',
    link: shape('Tag', 'key'),
  },

  'volumeConfigurations[].managedEBSVolume.tagSpecifications[].tags[].value': {
    summary: {
      en: 'The tag value.',
      vi: 'Giá trị tag.',
    },
    limits: TAG_VALUE_LIMITS,
    example: '"value": "ml"',
    link: shape('Tag', 'value'),
  },

  'volumeConfigurations[].managedEBSVolume.tagSpecifications[].propagateTags': {
    summary: {
      en: 'Copies the tags of the task definition or of the service onto the volumes as well.',
      vi: 'Chép thêm tag của task definition hoặc của service lên volume.',
    },
    default: {
      en: 'Nothing is copied.',
      vi: 'Không chép gì.',
    },
    example: '"propagateTags": "SERVICE"',
    link: shape('EBSTagSpecification', 'propagateTags'),
  },

  'volumeConfigurations[].managedEBSVolume.roleArn': {
    summary: {
      en: 'The IAM role ECS uses to create, attach and delete the EBS volumes for you. The AWS managed policy `AmazonECSInfrastructureRolePolicyForVolumes` is meant for it.',
      vi: 'IAM role mà ECS dùng để tạo, gắn và xóa volume EBS thay bạn. Managed policy `AmazonECSInfrastructureRolePolicyForVolumes` của AWS được thiết kế cho role này.',
    },
    limits: {
      en: `Required. ${INFRA_ROLE.en}`,
      vi: `Bắt buộc. ${INFRA_ROLE.vi}`,
    },
    example: '"roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForVolumes"',
    link: shape('ServiceManagedEBSVolumeConfiguration', 'roleArn'),
  },

  'volumeConfigurations[].managedEBSVolume.filesystemType': {
    summary: {
      en: 'The file system ECS formats the volume with: `xfs`, `ext4` or `ext3` on Linux, `ntfs` on Windows.',
      vi: 'File system mà ECS dùng để format volume: `xfs`, `ext4` hoặc `ext3` trên Linux, `ntfs` trên Windows.',
    },
    default: {
      en: '`xfs`.',
      vi: '`xfs`.',
    },
    limits: {
      en: 'With a `snapshotId`, it must match the file system of the snapshot, or the tasks fail to start.',
      vi: 'Khi có `snapshotId`, phải trùng với file system của snapshot, nếu không task sẽ không khởi động được.',
    },
    example: '"filesystemType": "ext4"',
    link: shape('ServiceManagedEBSVolumeConfiguration', 'filesystemType'),
  },

  // ----- VPC Lattice ------------------------------------------------------------------------

  vpcLatticeConfigurations: {
    summary: {
      en: 'Registers the tasks in Amazon VPC Lattice target groups, so other services (ECS, EKS, Lambda, EC2) reach them through a VPC Lattice service network instead of a load balancer.',
      vi: 'Đăng ký task vào target group của Amazon VPC Lattice, để các service khác (ECS, EKS, Lambda, EC2) gọi tới qua một VPC Lattice service network thay vì qua load balancer.',
    },
    example: `"vpcLatticeConfigurations": [
  {
    "roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForVpcLattice",
    "targetGroupArn": "arn:aws:vpc-lattice:eu-west-1:123456789012:targetgroup/tg-0123456789abcdef0",
    "portName": "http"
  }
]`,
    link: shape('VpcLatticeConfiguration'),
  },

  'vpcLatticeConfigurations[]': {
    summary: {
      en: 'One VPC Lattice registration: the target group, the named port of the task definition, and the role ECS uses.',
      vi: 'Một lần đăng ký VPC Lattice: target group, port có tên trong task definition, và role mà ECS dùng.',
    },
    example: '{ "roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForVpcLattice", "targetGroupArn": "arn:aws:vpc-lattice:eu-west-1:123456789012:targetgroup/tg-0123456789abcdef0", "portName": "http" }',
    link: shape('VpcLatticeConfiguration'),
  },

  'vpcLatticeConfigurations[].roleArn': {
    summary: {
      en: 'The IAM role ECS uses to register and deregister tasks in the VPC Lattice target group.',
      vi: 'IAM role mà ECS dùng để đăng ký và gỡ task khỏi target group của VPC Lattice.',
    },
    limits: {
      en: `Required. ${INFRA_ROLE.en}`,
      vi: `Bắt buộc. ${INFRA_ROLE.vi}`,
    },
    example: '"roleArn": "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForVpcLattice"',
    link: shape('VpcLatticeConfiguration', 'roleArn'),
  },

  'vpcLatticeConfigurations[].targetGroupArn': {
    summary: {
      en: 'The full ARN of the VPC Lattice target group the tasks are registered in.',
      vi: 'ARN đầy đủ của target group VPC Lattice mà task được đăng ký vào.',
    },
    limits: {
      en: 'Required. `arn:aws:vpc-lattice:REGION:ACCOUNT_ID:targetgroup/tg-...`',
      vi: 'Bắt buộc. `arn:aws:vpc-lattice:REGION:ACCOUNT_ID:targetgroup/tg-...`',
    },
    example: '"targetGroupArn": "arn:aws:vpc-lattice:eu-west-1:123456789012:targetgroup/tg-0123456789abcdef0"',
    link: shape('VpcLatticeConfiguration', 'targetGroupArn'),
  },

  'vpcLatticeConfigurations[].portName': {
    summary: {
      en: 'The `name` of the port mapping in the task definition whose port is registered in the target group.',
      vi: '`name` của port mapping trong task definition có port được đăng ký vào target group.',
    },
    limits: {
      en: 'Required. Must match a `portMappings[].name` of the task definition.',
      vi: 'Bắt buộc. Phải khớp một `portMappings[].name` trong task definition.',
    },
    example: '"portName": "http"',
    link: shape('VpcLatticeConfiguration', 'portName'),
  },

  // ----- monitoring -------------------------------------------------------------------------

  monitoring: {
    summary: {
      en: 'The resolution of the service-level `CPUUtilization` and `MemoryUtilization` CloudWatch metrics: every 60 seconds (standard) or every 20 seconds, for faster alarms and scaling.',
      vi: 'Độ phân giải của các metric CloudWatch `CPUUtilization` và `MemoryUtilization` ở mức service: mỗi 60 giây (chuẩn) hoặc mỗi 20 giây, để alarm và scaling phản ứng nhanh hơn.',
    },
    default: {
      en: '60-second resolution.',
      vi: 'Độ phân giải 60 giây.',
    },
    example: '"monitoring": { "metricConfigurations": [{ "metricNames": ["CPUUtilization", "MemoryUtilization"], "resolutionSeconds": 20 }] }',
    link: shape('MonitoringConfiguration'),
  },

  'monitoring.metricConfigurations': {
    summary: {
      en: 'The metric resolution settings, one entry per group of metrics.',
      vi: 'Các thiết lập độ phân giải metric, mỗi phần tử cho một nhóm metric.',
    },
    limits: {
      en: 'At most 5 entries.',
      vi: 'Tối đa 5 phần tử.',
    },
    example: '"metricConfigurations": [{ "metricNames": ["CPUUtilization"], "resolutionSeconds": 20 }]',
    link: shape('MonitoringConfiguration', 'metricConfigurations'),
  },

  'monitoring.metricConfigurations[]': {
    summary: {
      en: 'One setting: which metrics and at what resolution.',
      vi: 'Một thiết lập: metric nào, với độ phân giải bao nhiêu.',
    },
    example: '{ "metricNames": ["CPUUtilization", "MemoryUtilization"], "resolutionSeconds": 20 }',
    link: shape('MetricConfiguration'),
  },

  'monitoring.metricConfigurations[].metricNames': {
    summary: {
      en: 'The metrics this setting applies to: `CPUUtilization` and/or `MemoryUtilization`.',
      vi: 'Các metric mà thiết lập này áp dụng: `CPUUtilization` và/hoặc `MemoryUtilization`.',
    },
    limits: {
      en: 'Required. 1 to 5 names.',
      vi: 'Bắt buộc. 1 đến 5 tên.',
    },
    example: '"metricNames": ["CPUUtilization", "MemoryUtilization"]',
    link: shape('MetricConfiguration', 'metricNames'),
  },

  'monitoring.metricConfigurations[].metricNames[]': {
    summary: {
      en: 'One metric name: `CPUUtilization` or `MemoryUtilization`.',
      vi: 'Tên một metric: `CPUUtilization` hoặc `MemoryUtilization`.',
    },
    example: '"CPUUtilization"',
    link: shape('MetricConfiguration', 'metricNames'),
  },

  'monitoring.metricConfigurations[].resolutionSeconds': {
    summary: {
      en: 'How often the metrics are published, in seconds.',
      vi: 'Tần suất công bố metric, tính bằng giây.',
    },
    limits: {
      en: 'Required. `20` or `60`.',
      vi: 'Bắt buộc. `20` hoặc `60`.',
    },
    example: '"resolutionSeconds": 20',
    link: shape('MetricConfiguration', 'resolutionSeconds'),
  },
};

// ---------------------------------------------------------------------------------------------
// Enum docs
// ---------------------------------------------------------------------------------------------

export const serviceEnumDocs: EnumDocTable = {
  availabilityZoneRebalancing: {
    ENABLED: {
      en: 'ECS moves tasks to rebalance the service when its Availability Zones become uneven. Default for new services.',
      vi: 'ECS di chuyển task để cân bằng lại service khi các Availability Zone bị lệch. Mặc định với service mới.',
    },
    DISABLED: {
      en: 'ECS leaves tasks where they are; an imbalance stays until tasks are replaced for other reasons.',
      vi: 'ECS để task nguyên chỗ; sự lệch giữa các AZ vẫn còn cho tới khi task bị thay vì lý do khác.',
    },
  },

  launchType: {
    EC2: {
      en: 'EC2 instances you manage, registered in the cluster. Supports every network mode and placement rules.',
      vi: 'EC2 instance do bạn quản lý, đã đăng ký vào cluster. Hỗ trợ mọi network mode và quy tắc placement.',
    },
    FARGATE: {
      en: 'Serverless Fargate on-demand capacity. Needs an awsvpc task definition and `networkConfiguration`. (Fargate Spot: use a capacity provider strategy.)',
      vi: 'Capacity Fargate on-demand, serverless. Cần task definition awsvpc và `networkConfiguration`. (Fargate Spot: dùng capacity provider strategy.)',
    },
    EXTERNAL: {
      en: 'ECS Anywhere: your on-premises servers or VMs registered in the cluster. No awsvpc and no Elastic Load Balancing.',
      vi: 'ECS Anywhere: server hoặc VM on-premises của bạn đã đăng ký vào cluster. Không có awsvpc và không có Elastic Load Balancing.',
    },
    MANAGED_INSTANCES: {
      en: 'ECS Managed Instances: EC2 capacity that AWS provisions and patches. Not accepted as a service `launchType`: omit it and use `capacityProviderStrategy` with a Managed Instances capacity provider.',
      vi: 'ECS Managed Instances: capacity EC2 do AWS cấp phát và vá lỗi. Không được dùng làm `launchType` của service: bỏ trường này và dùng `capacityProviderStrategy` với một capacity provider kiểu Managed Instances.',
    },
  },

  'deploymentConfiguration.deploymentCircuitBreaker.thresholdConfiguration.type': {
    COUNT: {
      en: '`value` is the number of failed tasks that trips the breaker, whatever the desired count.',
      vi: '`value` chính là số task lỗi làm breaker ngắt, bất kể desired count là bao nhiêu.',
    },
    BOUNDED_PERCENT: {
      en: '`value` percent of the desired count, kept between 3 and 200 failures. The default.',
      vi: '`value` là phần trăm của desired count; số lần lỗi được giới hạn trong khoảng 3 đến 200. Đây là mặc định.',
    },
    UNBOUNDED_PERCENT: {
      en: '`value` percent of the desired count with no lower or upper bound, e.g. for very large services where 200 is too low.',
      vi: '`value` là phần trăm của desired count, không có cận dưới hay cận trên, ví dụ cho service rất lớn mà 200 là quá thấp.',
    },
  },

  'deploymentConfiguration.strategy': {
    ROLLING: {
      en: 'Replace old tasks with new ones gradually, within `minimumHealthyPercent` / `maximumPercent`. The default; needs no load balancer.',
      vi: 'Thay dần task cũ bằng task mới, trong giới hạn `minimumHealthyPercent` / `maximumPercent`. Mặc định; không cần load balancer.',
    },
    BLUE_GREEN: {
      en: 'Start a full set of new (green) tasks next to the old (blue) ones, optionally test them, switch all production traffic at once, keep blue for `bakeTimeInMinutes` for an instant rollback.',
      vi: 'Chạy đủ một bộ task mới (green) bên cạnh bộ cũ (blue), có thể test trước, chuyển toàn bộ traffic production một lần, giữ blue trong `bakeTimeInMinutes` để rollback tức thì.',
    },
    LINEAR: {
      en: 'Like blue/green, but production traffic moves in equal steps (`linearConfiguration`) with a wait after each.',
      vi: 'Giống blue/green, nhưng traffic production chuyển theo các bước bằng nhau (`linearConfiguration`) và có thời gian chờ sau mỗi bước.',
    },
    CANARY: {
      en: 'Like blue/green, but a small share of traffic (`canaryConfiguration`) goes to green first; after a wait, the rest follows at once.',
      vi: 'Giống blue/green, nhưng trước tiên chỉ một phần nhỏ traffic (`canaryConfiguration`) đi vào green; sau thời gian chờ, phần còn lại chuyển sang cùng lúc.',
    },
  },

  'deploymentConfiguration.lifecycleHooks[].targetType': {
    AWS_LAMBDA: {
      en: 'Invoke the Lambda function in `hookTargetArn` at each chosen stage. The default.',
      vi: 'Gọi Lambda function trong `hookTargetArn` ở mỗi giai đoạn đã chọn. Mặc định.',
    },
    PAUSE: {
      en: 'Stop at the stage until you call `ContinueServiceDeployment` to continue or roll back (or the timeout action applies).',
      vi: 'Dừng ở giai đoạn đó cho tới khi bạn gọi `ContinueServiceDeployment` để đi tiếp hoặc rollback (hoặc tới khi áp dụng action khi hết giờ).',
    },
  },

  'deploymentConfiguration.lifecycleHooks[].lifecycleStages[]': {
    RECONCILE_SERVICE: {
      en: 'Only when a deployment starts while more than one service revision is still active, as ECS reconciles them.',
      vi: 'Chỉ xảy ra khi một deployment bắt đầu trong lúc vẫn còn nhiều hơn một service revision đang active, khi ECS hợp nhất chúng.',
    },
    PRE_SCALE_UP: {
      en: 'Before the green tasks start; blue serves all production traffic, there is no test traffic.',
      vi: 'Trước khi các task green khởi động; blue phục vụ toàn bộ traffic production, chưa có traffic test.',
    },
    POST_SCALE_UP: {
      en: 'Green tasks are running; blue still serves all production traffic, no test traffic yet.',
      vi: 'Task green đã chạy; blue vẫn phục vụ toàn bộ traffic production, chưa có traffic test.',
    },
    TEST_TRAFFIC_SHIFT: {
      en: 'Test traffic is moving from 0 to 100% onto green; production stays on blue. Lambda hooks only.',
      vi: 'Traffic test đang chuyển từ 0 lên 100% sang green; production vẫn ở blue. Chỉ dùng cho hook Lambda.',
    },
    POST_TEST_TRAFFIC_SHIFT: {
      en: 'Green receives all test traffic: the usual place for integration or smoke tests.',
      vi: 'Green nhận toàn bộ traffic test: chỗ thường dùng để chạy integration test hoặc smoke test.',
    },
    PRE_PRODUCTION_TRAFFIC_SHIFT: {
      en: 'Just before production traffic moves; for linear and canary, before every step.',
      vi: 'Ngay trước khi traffic production chuyển; với linear và canary thì trước mỗi bước.',
    },
    PRODUCTION_TRAFFIC_SHIFT: {
      en: 'While production traffic moves to green; for linear and canary, at every step. Lambda hooks only.',
      vi: 'Trong lúc traffic production chuyển sang green; với linear và canary thì ở mỗi bước. Chỉ dùng cho hook Lambda.',
    },
    POST_PRODUCTION_TRAFFIC_SHIFT: {
      en: 'All production traffic is on green; the bake time follows.',
      vi: 'Toàn bộ traffic production đã ở green; tiếp theo là thời gian bake.',
    },
  },

  'deploymentConfiguration.lifecycleHooks[].timeoutConfiguration.action': {
    ROLLBACK: {
      en: 'Roll back to the previous service revision when the hook times out. The default.',
      vi: 'Quay về service revision trước đó khi hook hết giờ. Mặc định.',
    },
    CONTINUE: {
      en: 'Carry on to the next deployment stage when the hook times out.',
      vi: 'Đi tiếp sang giai đoạn kế của deployment khi hook hết giờ.',
    },
  },

  'placementConstraints[].type': {
    distinctInstance: {
      en: 'Every task of the service on a different container instance. Takes no `expression`.',
      vi: 'Mỗi task của service nằm trên một container instance khác nhau. Không dùng `expression`.',
    },
    memberOf: {
      en: 'Only instances matching the cluster query language `expression`.',
      vi: 'Chỉ các instance thỏa `expression` viết bằng cluster query language.',
    },
  },

  'placementStrategy[].type': {
    random: {
      en: 'Pick any instance that fits. `field` is not used.',
      vi: 'Chọn ngẫu nhiên một instance đủ chỗ. Không dùng `field`.',
    },
    spread: {
      en: 'Spread tasks evenly over the values of `field` (instances, Availability Zones or another attribute) for availability.',
      vi: 'Rải đều task theo các giá trị của `field` (instance, Availability Zone hoặc attribute khác) để tăng tính sẵn sàng.',
    },
    binpack: {
      en: 'Fill the instance with the least remaining `cpu` or `memory` first, to run on as few instances as possible (cost).',
      vi: 'Lấp đầy trước instance còn ít `cpu` hoặc `memory` nhất, để chạy trên càng ít instance càng tốt (tiết kiệm chi phí).',
    },
  },

  'networkConfiguration.awsvpcConfiguration.assignPublicIp': {
    ENABLED: {
      en: 'Each task also gets a public IP. Needed in public subnets without NAT to pull images; Fargate only. The task is then reachable from the internet as far as its security groups allow.',
      vi: 'Mỗi task được cấp thêm public IP. Cần khi ở subnet public không có NAT để kéo được image; chỉ trên Fargate. Khi đó task có thể bị truy cập từ internet trong phạm vi security group cho phép.',
    },
    DISABLED: {
      en: 'Private IP only (the default). Outbound internet then goes through a NAT gateway, or AWS services through VPC endpoints.',
      vi: 'Chỉ có IP private (mặc định). Khi đó đi ra internet qua NAT gateway, hoặc tới dịch vụ AWS qua VPC endpoint.',
    },
  },

  schedulingStrategy: {
    REPLICA: {
      en: 'Keep `desiredCount` tasks running, spread across Availability Zones. The default and the usual choice.',
      vi: 'Duy trì `desiredCount` task, rải đều qua các Availability Zone. Mặc định và là lựa chọn thông thường.',
    },
    DAEMON: {
      en: 'Exactly one task per container instance that meets the placement constraints; no `desiredCount`. Not on Fargate, nor with `CODE_DEPLOY` or `EXTERNAL` controllers.',
      vi: 'Đúng một task trên mỗi container instance thỏa placement constraint; không dùng `desiredCount`. Không dùng được trên Fargate, cũng như với controller `CODE_DEPLOY` hay `EXTERNAL`.',
    },
  },

  'deploymentController.type': {
    ECS: {
      en: 'ECS runs deployments itself: rolling by default, or blue/green, linear and canary through `deploymentConfiguration.strategy`. The default.',
      vi: 'ECS tự thực hiện deploy: mặc định là rolling, hoặc blue/green, linear và canary qua `deploymentConfiguration.strategy`. Mặc định.',
    },
    CODE_DEPLOY: {
      en: 'Blue/green through AWS CodeDeploy with task sets and two target groups. New revisions are deployed by CodeDeploy, not by `update-service`. Needs an ALB or NLB.',
      vi: 'Blue/green thông qua AWS CodeDeploy với task set và hai target group. Revision mới được deploy bởi CodeDeploy chứ không phải `update-service`. Cần ALB hoặc NLB.',
    },
    EXTERNAL: {
      en: 'A third-party tool manages deployments through task set APIs (`CreateTaskSet`, ...); the service may omit `taskDefinition`.',
      vi: 'Một công cụ bên thứ ba quản lý việc deploy qua các API task set (`CreateTaskSet`, ...); service có thể bỏ trống `taskDefinition`.',
    },
  },

  propagateTags: PROPAGATE_TAGS_ENUM,

  'serviceConnectConfiguration.logConfiguration.logDriver': {
    'json-file': {
      en: 'Docker\'s default: JSON files on the instance\'s disk. EC2 only; not on Fargate.',
      vi: 'Driver mặc định của Docker: file JSON trên đĩa của instance. Chỉ EC2; không có trên Fargate.',
    },
    syslog: {
      en: 'Sends to a syslog server. EC2 only.',
      vi: 'Gửi tới syslog server. Chỉ EC2.',
    },
    journald: {
      en: 'Writes to the instance\'s systemd journal. EC2 only.',
      vi: 'Ghi vào systemd journal của instance. Chỉ EC2.',
    },
    gelf: {
      en: 'Sends GELF messages to Graylog or Logstash. EC2 only.',
      vi: 'Gửi bản tin GELF tới Graylog hoặc Logstash. Chỉ EC2.',
    },
    fluentd: {
      en: 'Sends to a Fluentd / Fluent Bit daemon you run. EC2 only.',
      vi: 'Gửi tới Fluentd / Fluent Bit daemon do bạn tự chạy. Chỉ EC2.',
    },
    awslogs: {
      en: 'Sends to CloudWatch Logs (`awslogs-group`, `awslogs-region`, plus `awslogs-stream-prefix` on Fargate). The usual choice.',
      vi: 'Gửi tới CloudWatch Logs (`awslogs-group`, `awslogs-region`, thêm `awslogs-stream-prefix` trên Fargate). Lựa chọn phổ biến nhất.',
    },
    splunk: {
      en: 'Sends to a Splunk HTTP Event Collector; pass the token through `secretOptions`. Supported on Fargate.',
      vi: 'Gửi tới Splunk HTTP Event Collector; truyền token qua `secretOptions`. Hỗ trợ trên Fargate.',
    },
    awsfirelens: {
      en: 'Sends to the task\'s FireLens log router (a container with `firelensConfiguration` in the task definition). Supported on Fargate.',
      vi: 'Gửi tới log router FireLens của task (một container có `firelensConfiguration` trong task definition). Hỗ trợ trên Fargate.',
    },
  },

  'serviceConnectConfiguration.accessLogConfiguration.format': {
    TEXT: {
      en: 'One human-readable line per request.',
      vi: 'Mỗi request một dòng, dễ đọc bằng mắt.',
    },
    JSON: {
      en: 'One JSON object per request, easy to query with CloudWatch Logs Insights or other log tools.',
      vi: 'Mỗi request một đối tượng JSON, dễ truy vấn bằng CloudWatch Logs Insights hay công cụ log khác.',
    },
  },

  'serviceConnectConfiguration.accessLogConfiguration.includeQueryParameters': {
    DISABLED: {
      en: 'Query strings are left out of the access logs (the default, safer).',
      vi: 'Không ghi query string vào access log (mặc định, an toàn hơn).',
    },
    ENABLED: {
      en: 'Query strings are logged; beware of tokens or personal data in URLs.',
      vi: 'Ghi cả query string; cẩn thận với token hoặc dữ liệu cá nhân nằm trong URL.',
    },
  },

  'volumeConfigurations[].managedEBSVolume.tagSpecifications[].resourceType': {
    volume: {
      en: 'The EBS volume itself (the only value).',
      vi: 'Chính volume EBS (giá trị duy nhất).',
    },
  },

  'volumeConfigurations[].managedEBSVolume.tagSpecifications[].propagateTags': PROPAGATE_TAGS_ENUM,

  'volumeConfigurations[].managedEBSVolume.filesystemType': {
    ext3: {
      en: 'Linux ext3, the older journaling file system.',
      vi: 'ext3 của Linux, file system có journaling đời cũ.',
    },
    ext4: {
      en: 'Linux ext4, a widespread general-purpose choice.',
      vi: 'ext4 của Linux, lựa chọn đa dụng phổ biến.',
    },
    xfs: {
      en: 'Linux XFS, good with large files and parallel I/O. The default.',
      vi: 'XFS của Linux, tốt với file lớn và I/O song song. Mặc định.',
    },
    ntfs: {
      en: 'NTFS for Windows tasks (EC2 only).',
      vi: 'NTFS cho task Windows (chỉ EC2).',
    },
  },
};
