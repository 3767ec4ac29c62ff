/**
 * Field docs (EN + VI) for the first part of a container definition:
 * `containerDefinitions[]` up to `containerDefinitions[].linuxParameters.swappiness`.
 * Written in our own words from the ECS API model and the ECS Developer Guide.
 */
import type { EnumDocTable, FieldDocTable } from './types';

const TD = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html';
const API = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference';

/** Joins Markdown lines (keeps multi-line concepts readable without template-literal backtick escaping). */
const md = (...lines: string[]): string => lines.join('\n');

export const containerFieldDocsA: FieldDocTable = {
  // ───────────────────────────── container ─────────────────────────────
  'containerDefinitions[]': {
    summary: {
      en: "One container of the task: which `image` to run, how much CPU/memory it gets, which ports it listens on, its environment, volumes and logging. All containers of a task are placed together on the same host (or the same Fargate micro-VM).",
      vi: "Một container trong task: chạy `image` nào, được bao nhiêu CPU/memory, lắng nghe port nào, biến môi trường, volume và cách ghi log. Mọi container của một task luôn được đặt chung trên cùng một host (hoặc cùng một micro-VM của Fargate).",
    },
    limits: {
      en: "At most 10 containers per task definition. `name` and `image` are required in practice; names must be unique within the task.",
      vi: "Tối đa 10 container trong một task definition. Trên thực tế `name` và `image` là bắt buộc; tên container phải là duy nhất trong task.",
    },
    example: `{
  "name": "web",
  "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:1.4.2",
  "essential": true,
  "portMappings": [{ "containerPort": 8080 }]
}`,
    link: `${TD}#container_definitions`,
  },

  'containerDefinitions[].name': {
    summary: {
      en: "Name of the container inside the task. Other places refer to the container by this name: `links`, `dependsOn`, `volumesFrom`, `proxyConfiguration.containerName`, and the service's `loadBalancers[].containerName`; the `awslogs` driver also puts it in the log stream name.",
      vi: "Tên của container trong task. Nhiều chỗ khác tham chiếu container qua tên này: `links`, `dependsOn`, `volumesFrom`, `proxyConfiguration.containerName` và `loadBalancers[].containerName` của service; log driver `awslogs` cũng đưa tên này vào tên log stream.",
    },
    limits: {
      en: "Required. 1–255 characters: letters (upper and lower case), digits, `_` and `-`. Must be unique within the task definition.",
      vi: "Bắt buộc. 1–255 ký tự: chữ cái (hoa và thường), chữ số, `_` và `-`. Phải là duy nhất trong task definition.",
    },
    example: '"name": "api"',
    link: `${TD}#container_definition_name`,
  },

  'containerDefinitions[].image': {
    summary: {
      en: "The container image to start, as `repository:tag` or `repository@sha256:digest`. A bare name (`nginx`) or `org/name` comes from Docker Hub; other registries are prefixed with their host, e.g. `ACCOUNT.dkr.ecr.REGION.amazonaws.com/app:1.2.3`, `public.ecr.aws/...`, `ghcr.io/...`.",
      vi: "Image dùng để khởi động container, dạng `repository:tag` hoặc `repository@sha256:digest`. Tên trần (`nginx`) hoặc `org/name` được kéo từ Docker Hub; registry khác thì thêm host ở đầu, ví dụ `ACCOUNT.dkr.ecr.REGION.amazonaws.com/app:1.2.3`, `public.ecr.aws/...`, `ghcr.io/...`.",
    },
    default: {
      en: "Without a tag or digest the `latest` tag is pulled.",
      vi: "Nếu không ghi tag hoặc digest, tag `latest` sẽ được kéo về.",
    },
    limits: {
      en: "Required. With a tag: up to 255 characters (letters, digits, `-`, `_`, `:`, `.`, `/`, `#`). With a digest the 255 limit covers only the part before `@`; the digest must be `sha256:` followed by exactly 64 hex characters.",
      vi: "Bắt buộc. Dạng có tag: tối đa 255 ký tự (chữ, số, `-`, `_`, `:`, `.`, `/`, `#`). Dạng digest: giới hạn 255 chỉ áp dụng cho phần trước `@`; digest phải là `sha256:` theo sau đúng 64 ký tự hex.",
    },
    launchTypeNote: {
      en: "A private ECR image on Fargate needs `executionRoleArn` (ECS rejects the definition otherwise). A private non-ECR registry needs `repositoryCredentials`.",
      vi: "Image ECR riêng tư trên Fargate cần `executionRoleArn` (nếu thiếu, ECS từ chối task definition). Registry riêng tư ngoài ECR thì cần `repositoryCredentials`.",
    },
    example: '"image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/orders-api:2024.06.1"',
    link: `${TD}#container_definition_image`,
    concept: {
      en: md(
        "**Who pulls the image, and with which permissions?**",
        "- **Private ECR** (`ACCOUNT.dkr.ecr.REGION.amazonaws.com/...`): the pull is done by ECS *before* your code runs, so it uses the **task execution role** (`executionRoleArn`), never the task role. The role needs `ecr:GetAuthorizationToken`, `ecr:BatchCheckLayerAvailability`, `ecr:GetDownloadUrlForLayer` and `ecr:BatchGetImage` (the managed policy `AmazonECSTaskExecutionRolePolicy` has them). On EC2 the instance role can also pull, but on Fargate the execution role is mandatory.",
        "- `public.ecr.aws/...` and public Docker Hub images need no credentials; private Docker Hub/GHCR/Quay images need `repositoryCredentials`.",
        "- Fargate tasks in private subnets reach ECR through a NAT gateway or VPC endpoints (`ecr.api`, `ecr.dkr` and the S3 gateway endpoint).",
        "",
        "**Tags vs `latest`**",
        "- A tag is a movable pointer. With `latest` (or any reused tag) two tasks started at different times can run different code, and a rollback to an older revision does not bring the old code back.",
        "- Prefer an immutable version tag (`:1.4.2`, a git SHA) or a digest (`@sha256:...`); ECR can enforce this with *tag immutability*.",
        "- For services, ECS resolves the tag to a digest once per deployment (see `versionConsistency`), so all tasks of one deployment run the same image; running tasks never pick up a moved tag by themselves.",
      ),
      vi: md(
        "**Ai kéo image, và dùng quyền gì?**",
        "- **ECR riêng tư** (`ACCOUNT.dkr.ecr.REGION.amazonaws.com/...`): việc kéo image do ECS làm *trước khi* code của bạn chạy, nên dùng **task execution role** (`executionRoleArn`), không bao giờ dùng task role. Role này cần `ecr:GetAuthorizationToken`, `ecr:BatchCheckLayerAvailability`, `ecr:GetDownloadUrlForLayer` và `ecr:BatchGetImage` (managed policy `AmazonECSTaskExecutionRolePolicy` đã có sẵn). Trên EC2, role của instance cũng kéo được, nhưng trên Fargate thì execution role là bắt buộc.",
        "- Image `public.ecr.aws/...` và image công khai trên Docker Hub không cần credential; image riêng tư trên Docker Hub/GHCR/Quay thì cần `repositoryCredentials`.",
        "- Task Fargate nằm trong private subnet cần NAT gateway hoặc VPC endpoint (`ecr.api`, `ecr.dkr` và gateway endpoint cho S3) để tới được ECR.",
        "",
        "**Tag cố định hay `latest`**",
        "- Tag chỉ là một con trỏ có thể bị dời. Dùng `latest` (hoặc tag bị ghi đè) thì hai task khởi động ở hai thời điểm có thể chạy hai phiên bản code khác nhau, và rollback về revision cũ cũng không mang code cũ trở lại.",
        "- Nên dùng tag phiên bản bất biến (`:1.4.2`, git SHA) hoặc digest (`@sha256:...`); ECR có thể ép điều này bằng *tag immutability*.",
        "- Với service, ECS phân giải tag thành digest một lần cho mỗi lần deploy (xem `versionConsistency`), nên mọi task trong cùng một lần deploy chạy cùng một image; task đang chạy không tự đổi theo khi tag bị dời.",
      ),
    },
  },

  'containerDefinitions[].repositoryCredentials': {
    summary: {
      en: "Login for a **private registry outside ECR** (private Docker Hub, GitHub Container Registry, Quay, a self-hosted registry). The credentials live in an AWS Secrets Manager secret; ECR images never need this (they use IAM).",
      vi: "Thông tin đăng nhập cho **registry riêng tư ngoài ECR** (Docker Hub riêng tư, GitHub Container Registry, Quay, registry tự dựng). Credential được lưu trong một secret của AWS Secrets Manager; image ECR không bao giờ cần trường này (ECR dùng IAM).",
    },
    launchTypeNote: {
      en: "Every launch type: requires `executionRoleArn`, and that role needs `secretsmanager:GetSecretValue` on the secret (plus `kms:Decrypt` if the secret uses a customer-managed KMS key).",
      vi: "Mọi launch type: bắt buộc có `executionRoleArn`, và role đó cần quyền `secretsmanager:GetSecretValue` trên secret (thêm `kms:Decrypt` nếu secret được mã hóa bằng KMS key do bạn quản lý).",
    },
    example: `"repositoryCredentials": {
  "credentialsParameter": "arn:aws:secretsmanager:us-east-1:123456789012:secret:dockerhub-login-AbCdEf"
}`,
    link: `${TD}#container_definition_repositoryCredentials`,
  },

  'containerDefinitions[].repositoryCredentials.credentialsParameter': {
    summary: {
      en: "The Secrets Manager secret that holds the registry login, as JSON with `username` and `password` keys.",
      vi: "Secret trong Secrets Manager chứa thông tin đăng nhập registry, ở dạng JSON với hai khóa `username` và `password`.",
    },
    limits: {
      en: "Required. A full secret ARN (`arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME-xxxxxx`); through the API/CLI the bare secret name also works when the secret is in the same Region as the task. The console needs the full ARN.",
      vi: "Bắt buộc. ARN đầy đủ của secret (`arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME-xxxxxx`); khi dùng API/CLI thì tên secret trần cũng được nếu secret nằm cùng Region với task. Console thì đòi ARN đầy đủ.",
    },
    example: '"credentialsParameter": "arn:aws:secretsmanager:us-east-1:123456789012:secret:dockerhub-login-AbCdEf"',
    link: `${API}/API_RepositoryCredentials.html`,
  },

  'containerDefinitions[].cpu': {
    summary: {
      en: "CPU units reserved for this container (1024 units = 1 vCPU). On Linux it is a relative weight (CPU shares): the container may use idle CPU beyond it and is guaranteed its share only under contention. On Windows it is a hard cap.",
      vi: "Số CPU unit dành cho container này (1024 unit = 1 vCPU). Trên Linux đây là trọng số tương đối (CPU shares): container được dùng thêm CPU đang rảnh và chỉ được bảo đảm phần của mình khi có tranh chấp. Trên Windows đây là giới hạn cứng.",
    },
    default: {
      en: "Nothing reserved. On Linux the agent then gives the container the minimum weight (2 shares), so it gets very little CPU when the host is busy; on Windows an empty value means 1% of one CPU.",
      vi: "Không dành riêng gì. Khi đó trên Linux agent gán trọng số tối thiểu (2 shares), nên container được rất ít CPU khi host bận; trên Windows giá trị trống nghĩa là 1% của một CPU.",
    },
    limits: {
      en: "Integer. The sum over all containers may equal but not exceed the task-level `cpu` when one is set. On EC2 the value is also subtracted from the instance's capacity (vCPUs × 1024) for placement. The Linux kernel accepts 2–262144 shares; values outside are clamped by the agent.",
      vi: "Số nguyên. Tổng của mọi container có thể bằng nhưng không được vượt `cpu` cấp task nếu có khai báo. Trên EC2, giá trị này còn bị trừ vào dung lượng của instance (số vCPU × 1024) khi đặt task (placement). Kernel Linux nhận 2–262144 shares; giá trị nằm ngoài khoảng này sẽ được agent đưa về mức gần nhất.",
    },
    launchTypeNote: {
      en: "Fargate: optional; the task-level `cpu` is the real limit and container values only split it.",
      vi: "Fargate: không bắt buộc; `cpu` cấp task mới là giới hạn thật, giá trị ở container chỉ dùng để chia phần.",
    },
    example: '"cpu": 256',
    link: `${TD}#container_definition_environment`,
  },

  'containerDefinitions[].memory': {
    summary: {
      en: "**Hard** memory limit of the container in MiB. If the container tries to use more, it is killed (OOM, exit code 137).",
      vi: "Giới hạn memory **cứng** của container, tính bằng MiB. Nếu container cố dùng nhiều hơn, nó bị kill (OOM, exit code 137).",
    },
    default: {
      en: "No container limit: the container can use up to the task `memory` (if set) or the instance's free memory.",
      vi: "Không có giới hạn ở mức container: container được dùng tới `memory` của task (nếu có) hoặc phần memory còn trống của instance.",
    },
    limits: {
      en: "Integer MiB, at least 6 (Docker 20.10+ reserves 6 MiB per container). Must not be below `memoryReservation` and not above the task `memory`. EC2/EXTERNAL: without task-level `memory`, every container needs `memory` or `memoryReservation`.",
      vi: "Số nguyên MiB, tối thiểu 6 (Docker 20.10+ giữ sẵn 6 MiB cho mỗi container). Không được nhỏ hơn `memoryReservation` và không được lớn hơn `memory` của task. EC2/EXTERNAL: nếu task không khai báo `memory`, mỗi container phải có `memory` hoặc `memoryReservation`.",
    },
    launchTypeNote: {
      en: "Fargate: optional; the task-level `memory` is the hard envelope for all containers together.",
      vi: "Fargate: không bắt buộc; `memory` cấp task là giới hạn cứng chung cho tất cả container.",
    },
    example: '"memory": 512,\n"memoryReservation": 256',
    link: `${TD}#container_definition_memory`,
    concept: {
      en: md(
        "**Hard limit (`memory`) vs soft limit (`memoryReservation`)**",
        "",
        "| | `memory` (hard) | `memoryReservation` (soft) |",
        "|---|---|---|",
        "| Meaning | ceiling the container can never pass | amount reserved for it, protected under memory pressure |",
        "| Going above it | container is killed (`OutOfMemoryError`, exit 137) | allowed, up to `memory` or the instance's free memory |",
        "| EC2 placement | used only when no reservation is set | subtracted from the instance's available memory |",
        "",
        "- Only `memory`: reservation = limit. Predictable, but memory sits idle when the app usually needs less.",
        "- Only `memoryReservation`: tight packing and free bursting, but one leaky container can starve its neighbours on the instance.",
        "- Both (e.g. 256 reserved, 512 limit): reserve the typical usage, cap the burst. Usually the best choice on EC2.",
        "- On Fargate the task `memory` (e.g. `\"1024\"`) is what you pay for and the outer limit; container values just divide it. `memoryReservation` is not supported for Windows containers.",
      ),
      vi: md(
        "**Giới hạn cứng (`memory`) và giới hạn mềm (`memoryReservation`)**",
        "",
        "| | `memory` (cứng) | `memoryReservation` (mềm) |",
        "|---|---|---|",
        "| Ý nghĩa | trần mà container không bao giờ được vượt | lượng memory được giữ riêng, được bảo vệ khi host thiếu memory |",
        "| Khi vượt | container bị kill (`OutOfMemoryError`, exit 137) | được phép, tới mức `memory` hoặc phần memory trống của instance |",
        "| Đặt task (placement) trên EC2 | chỉ dùng khi không khai báo reservation | bị trừ vào memory khả dụng của instance |",
        "",
        "- Chỉ có `memory`: reservation = giới hạn. Dễ đoán, nhưng memory bị bỏ phí khi app thường dùng ít hơn.",
        "- Chỉ có `memoryReservation`: xếp được nhiều task và burst thoải mái, nhưng một container rò rỉ memory có thể làm các container khác trên instance bị thiếu.",
        "- Cả hai (ví dụ giữ 256, trần 512): giữ đúng mức dùng thường ngày, chặn trần khi burst. Thường là lựa chọn tốt nhất trên EC2.",
        "- Trên Fargate, `memory` của task (ví dụ `\"1024\"`) là thứ bạn trả tiền và là giới hạn ngoài cùng; giá trị ở container chỉ chia nhỏ nó. Container Windows không hỗ trợ `memoryReservation`.",
      ),
    },
  },

  'containerDefinitions[].memoryReservation': {
    summary: {
      en: "**Soft** memory limit in MiB: the amount reserved for the container. It may use more when the host has free memory (up to `memory` if set); under memory pressure the kernel pushes it back toward this value.",
      vi: "Giới hạn memory **mềm** tính bằng MiB: lượng memory được giữ riêng cho container. Container được dùng nhiều hơn khi host còn trống (tới `memory` nếu có); khi host thiếu memory, kernel ép nó quay về gần mức này.",
    },
    default: {
      en: "None; placement on EC2 then uses `memory`.",
      vi: "Không có; khi đó việc đặt task (placement) trên EC2 dùng giá trị `memory`.",
    },
    limits: {
      en: "Integer MiB, at least 6; not above `memory` (equal is accepted in practice). On EC2 it is what gets subtracted from the instance for placement. Not supported for Windows containers.",
      vi: "Số nguyên MiB, tối thiểu 6; không được lớn hơn `memory` (bằng nhau thì trên thực tế vẫn được chấp nhận). Trên EC2 đây là giá trị bị trừ vào instance khi đặt task (placement). Container Windows không hỗ trợ.",
    },
    example: '"memoryReservation": 256',
    link: `${TD}#container_definition_memory`,
  },

  'containerDefinitions[].links': {
    summary: {
      en: "Legacy Docker links: lets this container reach other containers of the same task by name (`name` or `name:alias`) without publishing ports. Only for `bridge` network mode.",
      vi: "Docker link kiểu cũ: cho container này gọi các container khác trong cùng task bằng tên (`name` hoặc `name:alias`) mà không cần publish port. Chỉ dùng với network mode `bridge`.",
    },
    limits: {
      en: "Only with `networkMode: bridge`; not supported for Windows containers. Each entry names another container of the task.",
      vi: "Chỉ dùng với `networkMode: bridge`; container Windows không hỗ trợ. Mỗi phần tử phải là tên một container khác trong task.",
    },
    launchTypes: ['EC2', 'EXTERNAL'],
    launchTypeNote: {
      en: "Not on Fargate or Managed Instances (they use `awsvpc`/`host`, where containers of a task already talk over `localhost`).",
      vi: "Không dùng được trên Fargate hay Managed Instances (chúng dùng `awsvpc`/`host`, nơi các container trong task vốn đã gọi nhau qua `localhost`).",
    },
    example: '"links": ["redis", "db:database"]',
    link: `${TD}#container_definition_network`,
  },

  'containerDefinitions[].links[]': {
    summary: {
      en: "One link: `container` or `container:alias`. Inside this container, the other one is reachable under that name or alias.",
      vi: "Một link: `container` hoặc `container:alias`. Bên trong container này, container kia được gọi bằng tên hoặc alias đó.",
    },
    limits: {
      en: "The container part must be the `name` of another container in the task; up to 255 letters, digits, `_` and `-` on each side of the `:`.",
      vi: "Phần container phải là `name` của một container khác trong task; mỗi bên dấu `:` tối đa 255 ký tự gồm chữ, số, `_` và `-`.",
    },
    launchTypes: ['EC2', 'EXTERNAL'],
    example: '"redis:cache"',
    link: `${TD}#container_definition_network`,
  },

  // ───────────────────────────── port mappings ─────────────────────────────
  'containerDefinitions[].portMappings': {
    summary: {
      en: "Ports the container listens on, and in `bridge` mode how they map to ports of the host. A load balancer, Service Connect or VPC Lattice can only target ports declared here.",
      vi: "Các port mà container lắng nghe, và ở mode `bridge` thì chúng được ánh xạ ra port nào của host. Load balancer, Service Connect hay VPC Lattice chỉ trỏ được tới port đã khai báo ở đây.",
    },
    limits: {
      en: "None allowed with `networkMode: none`. With `awsvpc` and `host`, `hostPort` must be absent or equal to `containerPort`. The same container port cannot be mapped for both `tcp` and `udp`.",
      vi: "Không được khai báo khi `networkMode: none`. Với `awsvpc` và `host`, `hostPort` phải bỏ trống hoặc bằng `containerPort`. Cùng một container port không được ánh xạ cho cả `tcp` lẫn `udp`.",
    },
    example: `"portMappings": [
  { "name": "http", "containerPort": 8080, "protocol": "tcp", "appProtocol": "http" }
]`,
    link: `${TD}#container_definition_portmappings`,
    concept: {
      en: md(
        "**Port mappings and load balancers.** The load balancer is attached on the ECS **service** (`loadBalancers[]`: `targetGroupArn` + `containerName` + `containerPort`), *not* in the task definition; the task definition only has to declare that `containerPort` here.",
        "",
        "| | ALB (Application) | NLB (Network) | CLB (Classic, legacy) |",
        "|---|---|---|---|",
        "| Layer | 7 | 4 | 4 and 7 |",
        "| Protocols | HTTP, HTTPS, gRPC | TCP, UDP, TLS | HTTP, HTTPS, TCP, SSL |",
        "| Routing | rules on path, host, headers… | by listener port only | none |",
        "| Static IP | no (DNS name) | yes, one per AZ (Elastic IP possible) | no |",
        "| Typical use | web apps, REST/gRPC APIs | non-HTTP, very high throughput, PrivateLink | old setups only |",
        "| `awsvpc` / Fargate | yes | yes | **no** |",
        "",
        "**Target type of the target group:**",
        "- `awsvpc` (always on Fargate): each task has its own ENI and IP, so use target type **`ip`**; traffic goes straight to `containerPort`.",
        "- `bridge` on EC2 with `hostPort` `0` or absent: Docker picks a free host port per task, and a target group of type **`instance`** registers *instance + that port*. This dynamic port mapping lets several copies of the task run on one instance (the instance's security group must allow the load balancer on the ephemeral port range). A CLB cannot do this; it needs a fixed `hostPort`.",
        "- A fixed `hostPort` (or `host` mode) means at most one such task per instance.",
      ),
      vi: md(
        "**Port mapping và load balancer.** Load balancer được gắn ở **service** của ECS (`loadBalancers[]`: `targetGroupArn` + `containerName` + `containerPort`), *không* nằm trong task definition; task definition chỉ cần khai báo `containerPort` đó ở đây.",
        "",
        "| | ALB (Application) | NLB (Network) | CLB (Classic, đời cũ) |",
        "|---|---|---|---|",
        "| Tầng | 7 | 4 | 4 và 7 |",
        "| Giao thức | HTTP, HTTPS, gRPC | TCP, UDP, TLS | HTTP, HTTPS, TCP, SSL |",
        "| Định tuyến | rule theo path, host, header… | chỉ theo port của listener | không có |",
        "| IP tĩnh | không (dùng tên DNS) | có, mỗi AZ một IP (gắn được Elastic IP) | không |",
        "| Dùng khi | web app, REST/gRPC API | giao thức không phải HTTP, throughput rất cao, PrivateLink | chỉ còn ở hệ thống cũ |",
        "| `awsvpc` / Fargate | có | có | **không** |",
        "",
        "**Target type của target group:**",
        "- `awsvpc` (luôn là vậy trên Fargate): mỗi task có ENI và IP riêng, nên dùng target type **`ip`**; traffic đi thẳng tới `containerPort`.",
        "- `bridge` trên EC2 với `hostPort` bằng `0` hoặc bỏ trống: Docker chọn một host port còn trống cho mỗi task, và target group loại **`instance`** đăng ký *instance + port đó*. Cơ chế dynamic port mapping này cho phép chạy nhiều bản sao của task trên một instance (security group của instance phải cho load balancer vào dải port ephemeral). CLB không làm được vậy, nó cần `hostPort` cố định.",
        "- `hostPort` cố định (hoặc mode `host`) nghĩa là mỗi instance chạy được tối đa một task như vậy.",
      ),
    },
  },

  'containerDefinitions[].portMappings[]': {
    summary: {
      en: "One port mapping: either a single `containerPort` (optionally with `hostPort`, `protocol`, `name`, `appProtocol`) or a `containerPortRange`.",
      vi: "Một port mapping: hoặc một `containerPort` đơn lẻ (có thể kèm `hostPort`, `protocol`, `name`, `appProtocol`), hoặc một `containerPortRange`.",
    },
    example: '{ "containerPort": 80, "hostPort": 0, "protocol": "tcp" }',
    link: `${API}/API_PortMapping.html`,
  },

  'containerDefinitions[].portMappings[].containerPort': {
    summary: {
      en: "The port your application listens on inside the container. With `awsvpc` it is also the port reachable on the task's IP, and it is the `containerPort` a service's load balancer refers to.",
      vi: "Port mà ứng dụng lắng nghe bên trong container. Với `awsvpc`, đây cũng là port truy cập được trên IP của task, và là `containerPort` mà load balancer của service tham chiếu tới.",
    },
    limits: {
      en: "1–65535. Required unless `containerPortRange` is used (then leave it out). Windows containers on Fargate cannot use port 3150 (reserved).",
      vi: "1–65535. Bắt buộc, trừ khi dùng `containerPortRange` (khi đó bỏ trường này). Container Windows trên Fargate không được dùng port 3150 (đã bị giữ).",
    },
    example: '"containerPort": 8080',
    link: `${API}/API_PortMapping.html`,
  },

  'containerDefinitions[].portMappings[].hostPort': {
    summary: {
      en: "The port on the host that forwards to `containerPort`. Only really matters in `bridge` mode; in `awsvpc` and `host` modes it is the same as `containerPort`.",
      vi: "Port trên host chuyển tiếp vào `containerPort`. Chỉ thực sự có ý nghĩa ở mode `bridge`; ở mode `awsvpc` và `host` nó trùng với `containerPort`.",
    },
    default: {
      en: "`bridge`: absent or `0` = a dynamic port from the instance's ephemeral range (what an `instance` target group uses). `awsvpc`/`host`: the value of `containerPort`.",
      vi: "`bridge`: bỏ trống hoặc `0` = port động lấy từ dải ephemeral của instance (target group loại `instance` dùng cách này). `awsvpc`/`host`: bằng giá trị `containerPort`.",
    },
    limits: {
      en: "`awsvpc`/`host`: absent or equal to `containerPort`. `bridge` with a fixed port: avoid the ephemeral range and the reserved ports 22, 2375, 2376 and 51678–51680; an instance can hold at most 100 reserved ports, these default ones included, and one fixed port allows only one such task per instance. Leave it out when `containerPortRange` is used.",
      vi: "`awsvpc`/`host`: bỏ trống hoặc bằng `containerPort`. `bridge` với port cố định: tránh dải ephemeral và các port đã bị giữ 22, 2375, 2376, 51678–51680; mỗi instance có tối đa 100 port được đặt trước (reserved), tính cả các port mặc định này, và một port cố định chỉ cho phép một task như vậy trên mỗi instance. Bỏ trống khi dùng `containerPortRange`.",
    },
    example: '"hostPort": 0',
    link: `${API}/API_PortMapping.html`,
  },

  'containerDefinitions[].portMappings[].protocol': {
    summary: {
      en: "Transport protocol of the mapping: `tcp` or `udp`.",
      vi: "Giao thức tầng vận chuyển của mapping: `tcp` hoặc `udp`.",
    },
    default: { en: "`tcp`", vi: "`tcp`" },
    limits: {
      en: "Lowercase `tcp` or `udp`. A container port cannot be mapped for both protocols. Service Connect supports only `tcp`, and the value cannot be changed later in a Service Connect service.",
      vi: "Viết thường `tcp` hoặc `udp`. Một container port không được ánh xạ cho cả hai giao thức. Service Connect chỉ hỗ trợ `tcp`, và trong service dùng Service Connect thì không đổi được giá trị này về sau.",
    },
    example: '"protocol": "udp"',
    link: `${API}/API_PortMapping.html`,
  },

  'containerDefinitions[].portMappings[].name': {
    summary: {
      en: "A name for this port, used by **Service Connect** and **VPC Lattice**: the service configuration refers to the port by this name. Required for those features, ignored otherwise.",
      vi: "Tên của port này, dùng cho **Service Connect** và **VPC Lattice**: cấu hình của service tham chiếu port qua tên này. Bắt buộc khi dùng các tính năng đó, ngoài ra thì không có tác dụng.",
    },
    limits: {
      en: "Up to 64 characters: lowercase letters, digits, `_` and `-`; must not start with `-`. Unique among the port names of the task.",
      vi: "Tối đa 64 ký tự: chữ thường, chữ số, `_` và `-`; không được bắt đầu bằng `-`. Không trùng với tên port khác trong task.",
    },
    example: '"name": "api-http"',
    link: `${API}/API_PortMapping.html`,
  },

  'containerDefinitions[].portMappings[].appProtocol': {
    summary: {
      en: "Application protocol of the port, used only by **Service Connect**: the proxy then handles connections protocol-aware and publishes per-protocol metrics (request counts, HTTP status codes…).",
      vi: "Giao thức tầng ứng dụng của port, chỉ **Service Connect** dùng: khi đó proxy xử lý kết nối theo đúng giao thức và xuất metric riêng cho giao thức (số request, mã HTTP…).",
    },
    default: {
      en: "None: Service Connect treats the port as plain TCP, without protocol-specific metrics.",
      vi: "Không có: Service Connect coi port là TCP thuần, không có metric riêng theo giao thức.",
    },
    limits: {
      en: "`http`, `http2` or `grpc`. Needs a port `name` to be useful. Cannot be changed later in a Service Connect service (the service must be recreated).",
      vi: "`http`, `http2` hoặc `grpc`. Cần có `name` cho port thì mới có tác dụng. Trong service dùng Service Connect thì không đổi được về sau (phải tạo lại service).",
    },
    example: '"appProtocol": "grpc"',
    link: `${API}/API_PortMapping.html`,
  },

  'containerDefinitions[].portMappings[].containerPortRange': {
    summary: {
      en: "A range of container ports, written `\"start-end\"`, for apps that listen on many ports (media/RTP, game servers, FTP passive ports). ECS picks the host ports itself.",
      vi: "Một dải port của container, viết dạng `\"start-end\"`, cho ứng dụng lắng nghe trên nhiều port (media/RTP, game server, passive port của FTP). ECS tự chọn host port tương ứng.",
    },
    limits: {
      en: "Only with `bridge` or `awsvpc`. Both ends 1–65535, start < end; no `containerPort` or `hostPort` in the same mapping; no overlapping ranges, a port in one mapping only; at most 100 ranges per container. EC2 needs container agent 1.67.0+. In `awsvpc` host ports equal container ports; in `bridge` they are picked dynamically.",
      vi: "Chỉ dùng với `bridge` hoặc `awsvpc`. Hai đầu trong khoảng 1–65535, đầu < cuối; không có `containerPort` hay `hostPort` trong cùng mapping; các dải không được chồng nhau, mỗi port chỉ thuộc một mapping; tối đa 100 dải cho mỗi container. Trên EC2 cần container agent 1.67.0+. Ở `awsvpc`, host port trùng container port; ở `bridge`, host port được chọn động.",
    },
    example: '{ "containerPortRange": "10000-10100", "protocol": "udp" }',
    link: `${API}/API_PortMapping.html`,
  },

  // ───────────────────────────── lifecycle ─────────────────────────────
  'containerDefinitions[].essential': {
    summary: {
      en: "Whether the task lives and dies with this container. If an essential container stops for any reason, ECS stops the whole task; a non-essential container may exit without affecting the others.",
      vi: "Task có sống chết cùng container này hay không. Nếu một container essential dừng vì bất kỳ lý do gì, ECS dừng cả task; container không essential thì có thể thoát mà không ảnh hưởng các container khác.",
    },
    default: { en: "`true`", vi: "`true`" },
    limits: {
      en: "Every task definition needs at least one essential container.",
      vi: "Mỗi task definition phải có ít nhất một container essential.",
    },
    example: '"essential": false',
    link: `${TD}#container_definition_environment`,
    concept: {
      en: md(
        "**What happens when an essential container stops?**",
        "- Whatever the reason (crash, exit code 0, OOM kill), ECS stops all other containers and the task goes to `STOPPED`. If the task belongs to a service, the scheduler starts a replacement task.",
        "- A non-essential container can exit and the task keeps running. Typical uses: one-shot init jobs (migrations, fetching config) that others wait for with `dependsOn` `COMPLETE`/`SUCCESS` (these conditions cannot target an essential container), and optional helper sidecars.",
        "- With a `restartPolicy` enabled, ECS first tries to restart the container in place; the task only stops when no restart happens (ignored exit code, or the container ran shorter than `restartAttemptPeriod`).",
        "- Task health comes from the health checks of the essential containers: one unhealthy essential container makes the task unhealthy, and a service replaces it.",
      ),
      vi: md(
        "**Chuyện gì xảy ra khi một container essential dừng?**",
        "- Dù vì lý do gì (crash, exit code 0, bị kill do OOM), ECS dừng mọi container còn lại và task chuyển sang `STOPPED`. Nếu task thuộc một service, scheduler sẽ khởi động task khác thay thế.",
        "- Container không essential có thể thoát mà task vẫn chạy tiếp. Dùng điển hình: job khởi tạo chạy một lần (migration, lấy cấu hình) mà các container khác chờ qua `dependsOn` `COMPLETE`/`SUCCESS` (hai điều kiện này không được trỏ tới container essential), và các sidecar phụ trợ không quan trọng.",
        "- Khi bật `restartPolicy`, ECS sẽ thử khởi động lại container ngay trong task trước; task chỉ dừng khi không có lần restart nào (exit code nằm trong danh sách bỏ qua, hoặc container chạy chưa đủ `restartAttemptPeriod`).",
        "- Trạng thái health của task lấy từ health check của các container essential: chỉ cần một container essential unhealthy là task unhealthy, và service sẽ thay task đó.",
      ),
    },
  },

  'containerDefinitions[].restartPolicy': {
    summary: {
      en: "Lets ECS restart this container inside the running task when it exits, instead of replacing the whole task. Works for essential and non-essential containers.",
      vi: "Cho phép ECS khởi động lại container này ngay trong task đang chạy khi nó thoát, thay vì thay cả task. Áp dụng cho cả container essential lẫn không essential.",
    },
    default: {
      en: "No restart policy: an exited container stays stopped.",
      vi: "Không có restart policy: container đã thoát thì dừng luôn.",
    },
    launchTypeNote: {
      en: "EC2 needs container agent 1.86.0+; Fargate needs platform 1.4.0+ and does not support it for Windows containers. Restarts are done by the agent, so they stop if the agent is down.",
      vi: "EC2 cần container agent 1.86.0+; Fargate cần platform 1.4.0+ và không hỗ trợ cho container Windows. Việc restart do agent thực hiện, nên agent ngừng thì cũng không còn restart.",
    },
    example: `"restartPolicy": {
  "enabled": true,
  "ignoredExitCodes": [0],
  "restartAttemptPeriod": 180
}`,
    link: `${TD}#container_definition_restart_policy`,
  },

  'containerDefinitions[].restartPolicy.enabled': {
    summary: {
      en: "Turns the restart policy on (`true`) or off (`false`).",
      vi: "Bật (`true`) hoặc tắt (`false`) restart policy.",
    },
    limits: {
      en: "Required whenever `restartPolicy` is present.",
      vi: "Bắt buộc mỗi khi có `restartPolicy`.",
    },
    link: `${API}/API_ContainerRestartPolicy.html`,
  },

  'containerDefinitions[].restartPolicy.ignoredExitCodes': {
    summary: {
      en: "Exit codes after which ECS does **not** restart the container, typically `0` for a clean, intended exit.",
      vi: "Các exit code mà sau đó ECS **không** restart container, thường là `0` cho lần thoát bình thường, có chủ đích.",
    },
    default: {
      en: "Empty: every exit code triggers a restart.",
      vi: "Rỗng: exit code nào cũng dẫn tới restart.",
    },
    limits: { en: "At most 50 exit codes.", vi: "Tối đa 50 exit code." },
    example: '"ignoredExitCodes": [0, 143]',
    link: `${API}/API_ContainerRestartPolicy.html`,
  },

  'containerDefinitions[].restartPolicy.ignoredExitCodes[]': {
    summary: {
      en: "One exit code that should not lead to a restart.",
      vi: "Một exit code không dẫn tới restart.",
    },
    example: '0',
    link: `${API}/API_ContainerRestartPolicy.html`,
  },

  'containerDefinitions[].restartPolicy.restartAttemptPeriod': {
    summary: {
      en: "Seconds the container must have run before ECS will restart it; also at most one restart per period. A container that dies sooner is not restarted (protects against crash loops).",
      vi: "Container phải chạy được ít nhất chừng này giây thì ECS mới restart nó; đồng thời mỗi khoảng thời gian này chỉ restart tối đa một lần. Container chết sớm hơn thì không được restart (tránh vòng lặp crash).",
    },
    default: { en: "300 seconds.", vi: "300 giây." },
    limits: { en: "60–1800 seconds.", vi: "60–1800 giây." },
    example: '"restartAttemptPeriod": 120',
    link: `${API}/API_ContainerRestartPolicy.html`,
  },

  'containerDefinitions[].entryPoint': {
    summary: {
      en: "Replaces the image's `ENTRYPOINT`. Exec form: each argument is its own string and no shell runs, so `$VAR`, `&&` or pipes need an explicit `[\"sh\", \"-c\", \"...\"]`.",
      vi: "Thay thế `ENTRYPOINT` của image. Dạng exec: mỗi đối số là một chuỗi riêng và không có shell nào chạy, nên `$VAR`, `&&` hay pipe phải gọi shell tường minh `[\"sh\", \"-c\", \"...\"]`.",
    },
    default: {
      en: "The image's `ENTRYPOINT`.",
      vi: "`ENTRYPOINT` của image.",
    },
    limits: {
      en: "As with `docker run --entrypoint`, setting it also drops the image's default `CMD`; put arguments in `command`. Very old container agents mishandled `entryPoint`; use `command` there.",
      vi: "Giống `docker run --entrypoint`, khi đặt trường này thì `CMD` mặc định của image cũng bị bỏ; hãy đưa đối số vào `command`. Container agent đời rất cũ xử lý `entryPoint` không đúng; khi đó hãy dùng `command`.",
    },
    example: '"entryPoint": ["sh", "-c"],\n"command": ["exec node server.js --port $PORT"]',
    link: `${TD}#container_definition_environment`,
  },

  'containerDefinitions[].entryPoint[]': {
    summary: {
      en: "One element (program or argument) of the entry point.",
      vi: "Một phần tử (chương trình hoặc đối số) của entry point.",
    },
    link: `${TD}#container_definition_environment`,
  },

  'containerDefinitions[].command': {
    summary: {
      en: "Replaces the image's `CMD`. If the image has an `ENTRYPOINT`, these strings become its arguments. Exec form: one string per argument, no shell expansion.",
      vi: "Thay thế `CMD` của image. Nếu image có `ENTRYPOINT`, các chuỗi này trở thành đối số của nó. Dạng exec: mỗi đối số một chuỗi, không có shell để mở rộng biến.",
    },
    default: {
      en: "The image's `CMD`.",
      vi: "`CMD` của image.",
    },
    limits: {
      en: "Write `[\"npm\", \"run\", \"start\"]`, not `[\"npm run start\"]` (the latter looks for a program literally named `npm run start`). For shell features use `[\"sh\", \"-c\", \"cmd1 && cmd2\"]`.",
      vi: "Viết `[\"npm\", \"run\", \"start\"]`, đừng viết `[\"npm run start\"]` (cách sau sẽ tìm một chương trình có tên đúng là `npm run start`). Cần tính năng của shell thì dùng `[\"sh\", \"-c\", \"cmd1 && cmd2\"]`.",
    },
    example: '"command": ["gunicorn", "app:app", "--bind", "0.0.0.0:8000"]',
    link: `${TD}#container_definition_environment`,
  },

  'containerDefinitions[].command[]': {
    summary: {
      en: "One argument of the command.",
      vi: "Một đối số của command.",
    },
    link: `${TD}#container_definition_environment`,
  },

  // ───────────────────────────── environment ─────────────────────────────
  'containerDefinitions[].environment': {
    summary: {
      en: "Plain-text environment variables for the container. Anyone who can describe the task definition can read them, so passwords, tokens and keys belong in `secrets` instead.",
      vi: "Biến môi trường dạng văn bản thường cho container. Ai có quyền xem (describe) task definition cũng đọc được, nên mật khẩu, token và key phải đưa vào `secrets`.",
    },
    limits: {
      en: "Values set here win over the same variable from `environmentFiles`.",
      vi: "Giá trị khai báo ở đây được ưu tiên hơn cùng biến đó trong `environmentFiles`.",
    },
    example: `"environment": [
  { "name": "NODE_ENV", "value": "production" },
  { "name": "PORT", "value": "8080" }
]`,
    link: `${TD}#container_definition_environment`,
  },

  'containerDefinitions[].environment[]': {
    summary: {
      en: "One environment variable as a `name`/`value` pair.",
      vi: "Một biến môi trường, gồm cặp `name`/`value`.",
    },
    example: '{ "name": "LOG_LEVEL", "value": "info" }',
    link: `${API}/API_KeyValuePair.html`,
  },

  'containerDefinitions[].environment[].name': {
    summary: {
      en: "Name of the environment variable (case-sensitive).",
      vi: "Tên biến môi trường (phân biệt chữ hoa, chữ thường).",
    },
    limits: {
      en: "Keep names unique within the container; a name that looks secret (`PASSWORD`, `TOKEN`, `API_KEY`…) should move to `secrets`.",
      vi: "Nên giữ tên không trùng nhau trong một container; tên có vẻ bí mật (`PASSWORD`, `TOKEN`, `API_KEY`…) thì nên chuyển sang `secrets`.",
    },
    example: '"name": "DATABASE_HOST"',
    link: `${API}/API_KeyValuePair.html`,
  },

  'containerDefinitions[].environment[].value': {
    summary: {
      en: "Value of the environment variable, always a string.",
      vi: "Giá trị của biến môi trường, luôn là chuỗi.",
    },
    limits: {
      en: "Quote numbers and booleans (`\"8080\"`, `\"true\"`): the AWS CLI rejects non-string values.",
      vi: "Số và boolean phải đặt trong ngoặc kép (`\"8080\"`, `\"true\"`): AWS CLI từ chối giá trị không phải chuỗi.",
    },
    example: '"value": "8080"',
    link: `${API}/API_KeyValuePair.html`,
  },

  'containerDefinitions[].environmentFiles': {
    summary: {
      en: "`.env` files stored in Amazon S3 whose `VARIABLE=VALUE` lines become environment variables of the container. Lines starting with `#` are comments.",
      vi: "Các file `.env` lưu trên Amazon S3, mỗi dòng `VARIABLE=VALUE` trở thành một biến môi trường của container. Dòng bắt đầu bằng `#` là chú thích.",
    },
    limits: {
      en: "At most 10 files, each with the `.env` extension. Variables in `environment` take precedence; the files are processed in order, from the first to the last; keep names unique across files to avoid surprises. No shell-style quoting or escaping is interpreted on Fargate.",
      vi: "Tối đa 10 file, mỗi file có đuôi `.env`. Biến trong `environment` được ưu tiên; các file được xử lý theo thứ tự, từ file đầu tới file cuối; hãy giữ tên biến không trùng giữa các file để tránh bất ngờ. Trên Fargate không có xử lý quote hay escape kiểu shell.",
    },
    launchTypeNote: {
      en: "Every launch type needs `executionRoleArn` with `s3:GetObject` on the file (and `s3:GetBucketLocation` on the bucket). Fargate Linux needs platform 1.4.0+; AWS documents Windows containers on Fargate inconsistently here.",
      vi: "Mọi launch type đều cần `executionRoleArn` có quyền `s3:GetObject` trên file (và `s3:GetBucketLocation` trên bucket). Fargate Linux cần platform 1.4.0+; với container Windows trên Fargate, tài liệu AWS ghi chưa nhất quán.",
    },
    example: `"environmentFiles": [
  { "value": "arn:aws:s3:::my-config-bucket/orders/prod.env", "type": "s3" }
]`,
    link: `${TD}#container_definition_environment`,
  },

  'containerDefinitions[].environmentFiles[]': {
    summary: {
      en: "One environment file: its S3 object ARN (`value`) and `type` `s3`.",
      vi: "Một file biến môi trường: ARN của object S3 (`value`) và `type` là `s3`.",
    },
    link: `${API}/API_EnvironmentFile.html`,
  },

  'containerDefinitions[].environmentFiles[].value': {
    summary: {
      en: "ARN of the S3 object holding the file.",
      vi: "ARN của object S3 chứa file.",
    },
    limits: {
      en: "Required. Form `arn:aws:s3:::BUCKET/KEY.env` (an object ARN has no Region or account); the key must end in `.env`.",
      vi: "Bắt buộc. Dạng `arn:aws:s3:::BUCKET/KEY.env` (ARN của object không có Region hay account); key phải kết thúc bằng `.env`.",
    },
    example: '"value": "arn:aws:s3:::my-config-bucket/orders/prod.env"',
    link: `${API}/API_EnvironmentFile.html`,
  },

  'containerDefinitions[].environmentFiles[].type': {
    summary: {
      en: "Where the file is stored. Only `s3` exists.",
      vi: "Nơi lưu file. Chỉ có giá trị `s3`.",
    },
    limits: { en: "Required; must be `s3`.", vi: "Bắt buộc; phải là `s3`." },
    example: '"type": "s3"',
    link: `${API}/API_EnvironmentFile.html`,
  },

  // ───────────────────────────── storage ─────────────────────────────
  'containerDefinitions[].mountPoints': {
    summary: {
      en: "Mounts volumes declared in the task's `volumes` into this container at a path of your choice.",
      vi: "Gắn các volume khai báo trong `volumes` của task vào container này, tại đường dẫn bạn chọn.",
    },
    limits: {
      en: "Windows containers can only mount directories on the same drive as `$env:ProgramData`. An EBS volume configured at launch is only attached to containers that mount it here.",
      vi: "Container Windows chỉ mount được thư mục nằm cùng ổ đĩa với `$env:ProgramData`. Volume EBS cấu hình lúc launch chỉ được gắn vào container nào mount nó ở đây.",
    },
    example: `"mountPoints": [
  { "sourceVolume": "shared-data", "containerPath": "/data", "readOnly": false }
]`,
    link: `${TD}#container_definition_storage`,
  },

  'containerDefinitions[].mountPoints[]': {
    summary: {
      en: "One mount: which volume (`sourceVolume`), where (`containerPath`) and whether read-only.",
      vi: "Một lần mount: volume nào (`sourceVolume`), gắn vào đâu (`containerPath`) và có chỉ đọc hay không.",
    },
    link: `${API}/API_MountPoint.html`,
  },

  'containerDefinitions[].mountPoints[].sourceVolume': {
    summary: {
      en: "The volume to mount, by its name in the task's `volumes`.",
      vi: "Volume cần mount, gọi theo tên của nó trong `volumes` của task.",
    },
    limits: {
      en: "Needed in practice; must equal a `volumes[].name` of the same task definition.",
      vi: "Trên thực tế là bắt buộc; phải trùng với một `volumes[].name` trong cùng task definition.",
    },
    example: '"sourceVolume": "shared-data"',
    link: `${API}/API_MountPoint.html`,
  },

  'containerDefinitions[].mountPoints[].containerPath': {
    summary: {
      en: "Absolute path inside the container where the volume appears.",
      vi: "Đường dẫn tuyệt đối bên trong container, nơi volume xuất hiện.",
    },
    limits: {
      en: "Needed in practice; an absolute path (`/data`, or `C:\\data` style on Windows, on the `$env:ProgramData` drive).",
      vi: "Trên thực tế là bắt buộc; là đường dẫn tuyệt đối (`/data`, hoặc kiểu `C:\\data` trên Windows, nằm trên ổ của `$env:ProgramData`).",
    },
    example: '"containerPath": "/var/lib/app"',
    link: `${API}/API_MountPoint.html`,
  },

  'containerDefinitions[].mountPoints[].readOnly': {
    summary: {
      en: "`true` mounts the volume read-only for this container; `false` allows writes.",
      vi: "`true` thì container này chỉ được đọc volume; `false` thì được ghi.",
    },
    default: { en: "`false`", vi: "`false`" },
    example: '"readOnly": true',
    link: `${API}/API_MountPoint.html`,
  },

  'containerDefinitions[].volumesFrom': {
    summary: {
      en: "Mounts all volumes of another container of the same task (its `mountPoints` and the `VOLUME`s of its image) into this container, at the same paths.",
      vi: "Gắn toàn bộ volume của một container khác trong cùng task (các `mountPoints` của nó và các `VOLUME` khai báo trong image của nó) vào container này, tại đúng các đường dẫn đó.",
    },
    example: `"volumesFrom": [
  { "sourceContainer": "app", "readOnly": true }
]`,
    link: `${TD}#container_definition_storage`,
  },

  'containerDefinitions[].volumesFrom[]': {
    summary: {
      en: "One source container whose volumes are mounted here.",
      vi: "Một container nguồn có volume được gắn vào đây.",
    },
    link: `${API}/API_VolumeFrom.html`,
  },

  'containerDefinitions[].volumesFrom[].sourceContainer': {
    summary: {
      en: "Name of the container to take the volumes from.",
      vi: "Tên container để lấy volume.",
    },
    limits: {
      en: "Needed in practice; must be the `name` of another container in the same task definition (not this one).",
      vi: "Trên thực tế là bắt buộc; phải là `name` của một container khác trong cùng task definition (không phải chính nó).",
    },
    example: '"sourceContainer": "app"',
    link: `${API}/API_VolumeFrom.html`,
  },

  'containerDefinitions[].volumesFrom[].readOnly': {
    summary: {
      en: "`true` gives this container read-only access to the borrowed volumes.",
      vi: "`true` thì container này chỉ được đọc các volume mượn được.",
    },
    default: { en: "`false`", vi: "`false`" },
    link: `${API}/API_VolumeFrom.html`,
  },

  // ───────────────────────────── Linux parameters ─────────────────────────────
  'containerDefinitions[].linuxParameters': {
    summary: {
      en: "Linux-specific container settings: kernel capabilities, host devices, an init process, `/dev/shm` size, tmpfs mounts and swap.",
      vi: "Các thiết lập chỉ dành cho container Linux: kernel capability, thiết bị của host, init process, kích thước `/dev/shm`, mount tmpfs và swap.",
    },
    limits: {
      en: "Not supported for Windows containers.",
      vi: "Container Windows không hỗ trợ.",
    },
    launchTypeNote: {
      en: "Fargate supports only `capabilities` (add: just `SYS_PTRACE`) and `initProcessEnabled`; `devices`, `sharedMemorySize`, `tmpfs`, `maxSwap` and `swappiness` are EC2/EXTERNAL features (Managed Instances also reject all of them except `devices`).",
      vi: "Fargate chỉ hỗ trợ `capabilities` (add: chỉ `SYS_PTRACE`) và `initProcessEnabled`; `devices`, `sharedMemorySize`, `tmpfs`, `maxSwap` và `swappiness` là tính năng của EC2/EXTERNAL (Managed Instances cũng từ chối tất cả, trừ `devices`).",
    },
    example: `"linuxParameters": {
  "initProcessEnabled": true,
  "capabilities": { "drop": ["ALL"] }
}`,
    link: `${TD}#container_definition_linuxparameters`,
  },

  'containerDefinitions[].linuxParameters.capabilities': {
    summary: {
      en: "Linux capabilities to add to or drop from Docker's default set. ECS drops the `drop` list first, then adds the `add` list.",
      vi: "Các Linux capability cần thêm vào hoặc bỏ khỏi bộ mặc định của Docker. ECS bỏ danh sách `drop` trước, rồi mới thêm danh sách `add`.",
    },
    default: {
      en: "Docker's default capability set.",
      vi: "Bộ capability mặc định của Docker.",
    },
    limits: {
      en: "Ignored for a `privileged` container. `drop: [\"ALL\"]` plus a short `add` list is the least-privilege pattern.",
      vi: "Bị bỏ qua với container `privileged`. `drop: [\"ALL\"]` kèm một danh sách `add` ngắn là cách cấp quyền tối thiểu.",
    },
    launchTypeNote: {
      en: "Fargate: `drop` works on all platform versions; `add` needs platform 1.4.0+ and accepts only `SYS_PTRACE`.",
      vi: "Fargate: `drop` dùng được với mọi platform version; `add` cần platform 1.4.0+ và chỉ nhận `SYS_PTRACE`.",
    },
    example: '"capabilities": { "drop": ["ALL"], "add": ["NET_BIND_SERVICE"] }',
    link: `${API}/API_KernelCapabilities.html`,
  },

  'containerDefinitions[].linuxParameters.capabilities.add': {
    summary: {
      en: "Capabilities to grant on top of Docker's defaults (like `docker run --cap-add`).",
      vi: "Các capability được cấp thêm ngoài bộ mặc định của Docker (giống `docker run --cap-add`).",
    },
    limits: {
      en: "Names without the `CAP_` prefix, or `ALL`. Powerful ones such as `SYS_ADMIN` or `NET_ADMIN` weaken isolation; add only what the app needs.",
      vi: "Tên không có tiền tố `CAP_`, hoặc `ALL`. Các capability mạnh như `SYS_ADMIN` hay `NET_ADMIN` làm yếu khả năng cô lập; chỉ thêm đúng thứ ứng dụng cần.",
    },
    launchTypeNote: {
      en: "Fargate: only `SYS_PTRACE` (platform 1.4.0+), e.g. for debuggers or profilers.",
      vi: "Fargate: chỉ `SYS_PTRACE` (platform 1.4.0+), ví dụ cho debugger hoặc profiler.",
    },
    example: '"add": ["SYS_PTRACE"]',
    link: `${API}/API_KernelCapabilities.html`,
  },

  'containerDefinitions[].linuxParameters.capabilities.add[]': {
    summary: {
      en: "One capability name, e.g. `SYS_PTRACE`, `NET_BIND_SERVICE`, `CHOWN`.",
      vi: "Tên một capability, ví dụ `SYS_PTRACE`, `NET_BIND_SERVICE`, `CHOWN`.",
    },
    limits: {
      en: "One of: `ALL`, `AUDIT_CONTROL`, `AUDIT_WRITE`, `BLOCK_SUSPEND`, `CHOWN`, `DAC_OVERRIDE`, `DAC_READ_SEARCH`, `FOWNER`, `FSETID`, `IPC_LOCK`, `IPC_OWNER`, `KILL`, `LEASE`, `LINUX_IMMUTABLE`, `MAC_ADMIN`, `MAC_OVERRIDE`, `MKNOD`, `NET_ADMIN`, `NET_BIND_SERVICE`, `NET_BROADCAST`, `NET_RAW`, `SETFCAP`, `SETGID`, `SETPCAP`, `SETUID`, `SYS_ADMIN`, `SYS_BOOT`, `SYS_CHROOT`, `SYS_MODULE`, `SYS_NICE`, `SYS_PACCT`, `SYS_PTRACE`, `SYS_RAWIO`, `SYS_RESOURCE`, `SYS_TIME`, `SYS_TTY_CONFIG`, `SYSLOG`, `WAKE_ALARM`.",
      vi: "Một trong các giá trị: `ALL`, `AUDIT_CONTROL`, `AUDIT_WRITE`, `BLOCK_SUSPEND`, `CHOWN`, `DAC_OVERRIDE`, `DAC_READ_SEARCH`, `FOWNER`, `FSETID`, `IPC_LOCK`, `IPC_OWNER`, `KILL`, `LEASE`, `LINUX_IMMUTABLE`, `MAC_ADMIN`, `MAC_OVERRIDE`, `MKNOD`, `NET_ADMIN`, `NET_BIND_SERVICE`, `NET_BROADCAST`, `NET_RAW`, `SETFCAP`, `SETGID`, `SETPCAP`, `SETUID`, `SYS_ADMIN`, `SYS_BOOT`, `SYS_CHROOT`, `SYS_MODULE`, `SYS_NICE`, `SYS_PACCT`, `SYS_PTRACE`, `SYS_RAWIO`, `SYS_RESOURCE`, `SYS_TIME`, `SYS_TTY_CONFIG`, `SYSLOG`, `WAKE_ALARM`.",
    },
    launchTypeNote: {
      en: "Fargate: only `SYS_PTRACE`.",
      vi: "Fargate: chỉ `SYS_PTRACE`.",
    },
    example: '"SYS_PTRACE"',
    link: `${API}/API_KernelCapabilities.html`,
  },

  'containerDefinitions[].linuxParameters.capabilities.drop': {
    summary: {
      en: "Capabilities to remove from Docker's defaults (like `docker run --cap-drop`). `[\"ALL\"]` removes everything except what `add` puts back.",
      vi: "Các capability cần bỏ khỏi bộ mặc định của Docker (giống `docker run --cap-drop`). `[\"ALL\"]` bỏ hết, chỉ còn lại những gì `add` cấp lại.",
    },
    limits: {
      en: "Same names as `add` (without `CAP_`), or `ALL`.",
      vi: "Cùng bộ tên như `add` (không có `CAP_`), hoặc `ALL`.",
    },
    example: '"drop": ["ALL"]',
    link: `${API}/API_KernelCapabilities.html`,
  },

  'containerDefinitions[].linuxParameters.capabilities.drop[]': {
    summary: {
      en: "One capability name to drop, e.g. `NET_RAW` or `ALL`.",
      vi: "Tên một capability cần bỏ, ví dụ `NET_RAW` hoặc `ALL`.",
    },
    limits: {
      en: "Same value list as `capabilities.add[]`.",
      vi: "Cùng danh sách giá trị như `capabilities.add[]`.",
    },
    example: '"NET_RAW"',
    link: `${API}/API_KernelCapabilities.html`,
  },

  'containerDefinitions[].linuxParameters.devices': {
    summary: {
      en: "Host devices exposed to the container (like `docker run --device`), e.g. `/dev/fuse` or a serial port.",
      vi: "Các thiết bị của host được đưa vào container (giống `docker run --device`), ví dụ `/dev/fuse` hoặc cổng serial.",
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: "Not supported on Fargate.",
      vi: "Fargate không hỗ trợ.",
    },
    example: `"devices": [
  { "hostPath": "/dev/fuse", "permissions": ["read", "write"] }
]`,
    link: `${API}/API_Device.html`,
  },

  'containerDefinitions[].linuxParameters.devices[]': {
    summary: {
      en: "One host device: its path on the host, where it appears in the container, and the allowed access.",
      vi: "Một thiết bị của host: đường dẫn trên host, vị trí xuất hiện trong container và quyền truy cập được phép.",
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    link: `${API}/API_Device.html`,
  },

  'containerDefinitions[].linuxParameters.devices[].hostPath': {
    summary: {
      en: "Path of the device on the host (container instance).",
      vi: "Đường dẫn của thiết bị trên host (container instance).",
    },
    limits: { en: "Required, e.g. `/dev/fuse`.", vi: "Bắt buộc, ví dụ `/dev/fuse`." },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    example: '"hostPath": "/dev/ttyUSB0"',
    link: `${API}/API_Device.html`,
  },

  'containerDefinitions[].linuxParameters.devices[].containerPath': {
    summary: {
      en: "Path at which the device appears inside the container.",
      vi: "Đường dẫn mà thiết bị xuất hiện bên trong container.",
    },
    default: {
      en: "The same path as `hostPath`.",
      vi: "Trùng với đường dẫn `hostPath`.",
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    example: '"containerPath": "/dev/serial0"',
    link: `${API}/API_Device.html`,
  },

  'containerDefinitions[].linuxParameters.devices[].permissions': {
    summary: {
      en: "Access the container gets on the device: any of `read`, `write`, `mknod`.",
      vi: "Quyền của container trên thiết bị: một hoặc nhiều giá trị `read`, `write`, `mknod`.",
    },
    default: {
      en: "All three: `read`, `write` and `mknod`.",
      vi: "Cả ba: `read`, `write` và `mknod`.",
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    example: '"permissions": ["read"]',
    link: `${API}/API_Device.html`,
  },

  'containerDefinitions[].linuxParameters.devices[].permissions[]': {
    summary: {
      en: "One permission on the device.",
      vi: "Một quyền trên thiết bị.",
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    link: `${API}/API_Device.html`,
  },

  'containerDefinitions[].linuxParameters.initProcessEnabled': {
    summary: {
      en: "Runs a tiny init process as PID 1 (like `docker run --init`) that forwards signals such as `SIGTERM` to your app and reaps zombie processes. Recommended with ECS Exec and for apps that spawn child processes.",
      vi: "Chạy một init process nhỏ làm PID 1 (giống `docker run --init`), chuyển tiếp tín hiệu như `SIGTERM` tới ứng dụng và dọn các process zombie. Nên bật khi dùng ECS Exec và với ứng dụng hay sinh process con.",
    },
    default: { en: "`false`", vi: "`false`" },
    limits: {
      en: "EC2 needs Docker Remote API 1.25+ on the instance.",
      vi: "Trên EC2 cần Docker Remote API 1.25+ trên instance.",
    },
    example: '"initProcessEnabled": true',
    link: `${API}/API_LinuxParameters.html`,
  },

  'containerDefinitions[].linuxParameters.sharedMemorySize': {
    summary: {
      en: "Size of `/dev/shm` in MiB (like `docker run --shm-size`). Raise it for headless browsers, PostgreSQL or ML frameworks that use shared memory; Docker's default is only 64 MiB.",
      vi: "Kích thước `/dev/shm` tính bằng MiB (giống `docker run --shm-size`). Nên tăng cho headless browser, PostgreSQL hay framework ML dùng shared memory; mặc định của Docker chỉ có 64 MiB.",
    },
    default: {
      en: "Docker's default (64 MiB).",
      vi: "Mặc định của Docker (64 MiB).",
    },
    limits: { en: "Integer MiB.", vi: "Số nguyên MiB." },
    launchTypes: ['EC2', 'EXTERNAL'],
    launchTypeNote: {
      en: "Not supported on Fargate or Managed Instances.",
      vi: "Fargate và Managed Instances không hỗ trợ.",
    },
    example: '"sharedMemorySize": 512',
    link: `${API}/API_LinuxParameters.html`,
  },

  'containerDefinitions[].linuxParameters.tmpfs': {
    summary: {
      en: "RAM-backed scratch mounts (like `docker run --tmpfs`). Handy with `readonlyRootFilesystem: true` for `/tmp` or caches; contents vanish when the container stops and count against its memory.",
      vi: "Các mount tạm nằm trên RAM (giống `docker run --tmpfs`). Hữu ích khi bật `readonlyRootFilesystem: true` để có `/tmp` hoặc chỗ cache; dữ liệu mất khi container dừng và được tính vào memory của container.",
    },
    launchTypes: ['EC2', 'EXTERNAL'],
    launchTypeNote: {
      en: "Not supported on Fargate or Managed Instances; there, mount a task volume without `host.sourcePath` for writable scratch space.",
      vi: "Fargate và Managed Instances không hỗ trợ; ở đó hãy mount một volume của task không có `host.sourcePath` để có chỗ ghi tạm.",
    },
    example: `"tmpfs": [
  { "containerPath": "/tmp", "size": 64, "mountOptions": ["noexec", "nosuid"] }
]`,
    link: `${API}/API_Tmpfs.html`,
  },

  'containerDefinitions[].linuxParameters.tmpfs[]': {
    summary: {
      en: "One tmpfs mount: path, maximum size and mount options.",
      vi: "Một mount tmpfs: đường dẫn, kích thước tối đa và mount option.",
    },
    launchTypes: ['EC2', 'EXTERNAL'],
    link: `${API}/API_Tmpfs.html`,
  },

  'containerDefinitions[].linuxParameters.tmpfs[].containerPath': {
    summary: {
      en: "Absolute path in the container where the tmpfs is mounted.",
      vi: "Đường dẫn tuyệt đối trong container nơi tmpfs được mount.",
    },
    limits: { en: "Required; an absolute path.", vi: "Bắt buộc; là đường dẫn tuyệt đối." },
    launchTypes: ['EC2', 'EXTERNAL'],
    example: '"containerPath": "/run"',
    link: `${API}/API_Tmpfs.html`,
  },

  'containerDefinitions[].linuxParameters.tmpfs[].size': {
    summary: {
      en: "Maximum size of the tmpfs in MiB.",
      vi: "Kích thước tối đa của tmpfs, tính bằng MiB.",
    },
    limits: {
      en: "Required; integer MiB. Memory used there counts against the container's memory.",
      vi: "Bắt buộc; số nguyên MiB. Memory dùng ở đây được tính vào memory của container.",
    },
    launchTypes: ['EC2', 'EXTERNAL'],
    example: '"size": 128',
    link: `${API}/API_Tmpfs.html`,
  },

  'containerDefinitions[].linuxParameters.tmpfs[].mountOptions': {
    summary: {
      en: "Mount options for the tmpfs, e.g. `noexec`, `nosuid`, `nodev` to harden it.",
      vi: "Mount option cho tmpfs, ví dụ `noexec`, `nosuid`, `nodev` để siết bảo mật.",
    },
    launchTypes: ['EC2', 'EXTERNAL'],
    example: '"mountOptions": ["rw", "noexec", "nosuid", "nodev"]',
    link: `${API}/API_Tmpfs.html`,
  },

  'containerDefinitions[].linuxParameters.tmpfs[].mountOptions[]': {
    summary: {
      en: "One mount option.",
      vi: "Một mount option.",
    },
    limits: {
      en: "One of: `defaults`, `ro`, `rw`, `suid`, `nosuid`, `dev`, `nodev`, `exec`, `noexec`, `sync`, `async`, `dirsync`, `remount`, `mand`, `nomand`, `atime`, `noatime`, `diratime`, `nodiratime`, `bind`, `rbind`, `unbindable`, `runbindable`, `private`, `rprivate`, `shared`, `rshared`, `slave`, `rslave`, `relatime`, `norelatime`, `strictatime`, `nostrictatime`, `mode`, `uid`, `gid`, `nr_inodes`, `nr_blocks`, `mpol`.",
      vi: "Một trong các giá trị: `defaults`, `ro`, `rw`, `suid`, `nosuid`, `dev`, `nodev`, `exec`, `noexec`, `sync`, `async`, `dirsync`, `remount`, `mand`, `nomand`, `atime`, `noatime`, `diratime`, `nodiratime`, `bind`, `rbind`, `unbindable`, `runbindable`, `private`, `rprivate`, `shared`, `rshared`, `slave`, `rslave`, `relatime`, `norelatime`, `strictatime`, `nostrictatime`, `mode`, `uid`, `gid`, `nr_inodes`, `nr_blocks`, `mpol`.",
    },
    launchTypes: ['EC2', 'EXTERNAL'],
    example: '"noexec"',
    link: `${API}/API_Tmpfs.html`,
  },

  'containerDefinitions[].linuxParameters.maxSwap': {
    summary: {
      en: "Swap the container may use, in MiB, on top of its memory (Docker's `--memory-swap` becomes `memory` + `maxSwap`). `0` disables swap for the container.",
      vi: "Lượng swap container được dùng, tính bằng MiB, cộng thêm vào memory của nó (`--memory-swap` của Docker sẽ là `memory` + `maxSwap`). `0` tắt swap cho container.",
    },
    default: {
      en: "The swap settings of the container instance.",
      vi: "Theo cấu hình swap của container instance.",
    },
    limits: {
      en: "0 or a positive integer (MiB). Only helps if the instance actually has swap configured; pair it with a container `memory` limit. Required for `swappiness` to take effect.",
      vi: "0 hoặc số nguyên dương (MiB). Chỉ có tác dụng khi instance thực sự có swap; nên đi kèm giới hạn `memory` của container. Phải có thì `swappiness` mới có hiệu lực.",
    },
    launchTypes: ['EC2', 'EXTERNAL'],
    launchTypeNote: {
      en: "Not supported on Fargate or Managed Instances.",
      vi: "Fargate và Managed Instances không hỗ trợ.",
    },
    example: '"maxSwap": 1024,\n"swappiness": 10',
    link: `${API}/API_LinuxParameters.html`,
  },

  'containerDefinitions[].linuxParameters.swappiness': {
    summary: {
      en: "How eagerly the kernel swaps this container's memory pages: `0` only when unavoidable, `100` very aggressively.",
      vi: "Mức độ kernel sẵn sàng đẩy memory của container này ra swap: `0` là chỉ khi bất khả kháng, `100` là rất mạnh tay.",
    },
    default: { en: "60", vi: "60" },
    limits: {
      en: "Integer 0–100. Ignored unless `maxSwap` is set. Not supported on Amazon Linux 2023 instances.",
      vi: "Số nguyên 0–100. Bị bỏ qua nếu không có `maxSwap`. Instance chạy Amazon Linux 2023 không hỗ trợ.",
    },
    launchTypes: ['EC2', 'EXTERNAL'],
    launchTypeNote: {
      en: "Not supported on Fargate or Managed Instances.",
      vi: "Fargate và Managed Instances không hỗ trợ.",
    },
    example: '"swappiness": 10',
    link: `${API}/API_LinuxParameters.html`,
  },
};

export const containerEnumDocsA: EnumDocTable = {
  'containerDefinitions[].portMappings[].protocol': {
    tcp: {
      en: "TCP (the default): HTTP, gRPC, databases and most other services. The only protocol Service Connect supports.",
      vi: "TCP (mặc định): HTTP, gRPC, database và hầu hết các dịch vụ khác. Là giao thức duy nhất Service Connect hỗ trợ.",
    },
    udp: {
      en: "UDP: DNS, syslog, media/RTP, game traffic. Behind a load balancer only an NLB can carry it.",
      vi: "UDP: DNS, syslog, media/RTP, traffic game. Nếu đi qua load balancer thì chỉ NLB mới chuyển được.",
    },
  },
  'containerDefinitions[].portMappings[].appProtocol': {
    http: {
      en: "HTTP/1.1: the Service Connect proxy handles requests as HTTP and reports HTTP metrics (request counts, 4xx/5xx).",
      vi: "HTTP/1.1: proxy của Service Connect xử lý request theo HTTP và báo metric HTTP (số request, 4xx/5xx).",
    },
    http2: {
      en: "HTTP/2: for apps that speak HTTP/2 end to end; HTTP-level handling and metrics as with `http`.",
      vi: "HTTP/2: cho ứng dụng nói HTTP/2 từ đầu tới cuối; xử lý và metric ở tầng HTTP giống `http`.",
    },
    grpc: {
      en: "gRPC (over HTTP/2): the proxy understands gRPC calls and reports gRPC status codes.",
      vi: "gRPC (chạy trên HTTP/2): proxy hiểu các lời gọi gRPC và báo mã trạng thái gRPC.",
    },
  },
  'containerDefinitions[].environmentFiles[].type': {
    s3: {
      en: "The file is an object in Amazon S3; `value` is its ARN and the execution role must be able to read it.",
      vi: "File là một object trên Amazon S3; `value` là ARN của nó và execution role phải có quyền đọc.",
    },
  },
  'containerDefinitions[].linuxParameters.devices[].permissions[]': {
    read: {
      en: "The container may read from the device.",
      vi: "Container được đọc từ thiết bị.",
    },
    write: {
      en: "The container may write to the device.",
      vi: "Container được ghi vào thiết bị.",
    },
    mknod: {
      en: "The container may create device nodes (`mknod`) for it.",
      vi: "Container được tạo device node (`mknod`) cho thiết bị.",
    },
  },
};
