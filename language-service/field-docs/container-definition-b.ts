/**
 * Field documentation, container definitions part B: from `containerDefinitions[].secrets` to
 * `containerDefinitions[].credentialSpecs[]` (secrets, dependencies, timeouts, networking and security
 * switches, labels, ulimits, logging, health checks, sysctls, GPUs, FireLens, gMSA).
 * Written in our own words from the ECS API model and the AWS ECS Developer Guide.
 */
import type { EnumDocTable, FieldDocTable } from './types';

const TDP = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html';
const API = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference';
const DG = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide';

export const containerFieldDocsB: FieldDocTable = {
  // ───────────────────────────── secrets ─────────────────────────────
  'containerDefinitions[].secrets': {
    summary: {
      en: "Injects sensitive values (passwords, API keys, tokens) into the container as environment variables, fetched at container start from **AWS Secrets Manager** or **SSM Parameter Store**. The task definition only stores a reference (`valueFrom`), never the value itself.",
      vi: "Đưa các giá trị nhạy cảm (mật khẩu, API key, token) vào container dưới dạng biến môi trường, được lấy từ **AWS Secrets Manager** hoặc **SSM Parameter Store** lúc container khởi động. Task definition chỉ lưu tham chiếu (`valueFrom`), không bao giờ lưu giá trị thật.",
    },
    limits: {
      en: "Each item needs `name` and `valueFrom`. Any use of `secrets` requires `executionRoleArn`, on every launch type.",
      vi: "Mỗi phần tử cần `name` và `valueFrom`. Hễ dùng `secrets` là bắt buộc phải có `executionRoleArn`, với mọi launch type.",
    },
    launchTypeNote: {
      en: "Fargate: platform version 1.3.0+; picking a JSON key or a specific version needs 1.4.0+ (Linux). EC2: container agent 1.22.0+ (1.37.0+ for a JSON key or version).",
      vi: "Fargate: platform version 1.3.0 trở lên; muốn lấy một JSON key hoặc một version cụ thể thì cần 1.4.0+ (Linux). EC2: container agent 1.22.0+ (1.37.0+ nếu lấy JSON key hoặc version).",
    },
    example: `"secrets": [
  { "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf:password::" },
  { "name": "API_KEY", "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/prod/api-key" }
]`,
    link: `${TDP}#container_definition_environment`,
    concept: {
      en: [
        "**Why not `environment`?** Values in `environment` sit in plain text inside the task definition: anyone who may describe it (console, CLI, CI logs) can read them, and they live on in every old revision. `secrets` keeps only a pointer; ECS fetches the value when the container starts.",
        "",
        "| | Secrets Manager | SSM Parameter Store |",
        "|---|---|---|",
        "| Good for | DB credentials, API keys, automatic rotation | configuration, simple secrets (`SecureString`) |",
        "| `valueFrom` | secret ARN, optionally with `:json-key:version-stage:version-id` | parameter ARN, or just its name when it is in the task's Region |",
        "| Execution role needs | `secretsmanager:GetSecretValue` | `ssm:GetParameters` |",
        "",
        "- `valueFrom` forms: `arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME-AbCdEf` (whole secret), `...:secret:NAME-AbCdEf:password::` (only the JSON key `password`; the empty fields keep the current version), `arn:aws:ssm:REGION:ACCOUNT:parameter/prod/db/password`, or `/prod/db/password` (same Region only).",
        "- It is the **execution role**, neither the task role nor the EC2 instance profile, that reads the values (on every launch type): allow `secretsmanager:GetSecretValue` / `ssm:GetParameters` on those ARNs, plus `kms:Decrypt` when they are encrypted with a customer-managed KMS key.",
        "- Values are read once, at container start. After a rotation, start new tasks (e.g. force a new deployment of the service) to pick up the new value.",
        "- Inside the container the value is still an ordinary environment variable: anything that dumps the environment (debug pages, crash reports) can leak it.",
      ].join('\n'),
      vi: [
        "**Vì sao không dùng `environment`?** Giá trị trong `environment` nằm dạng plain text ngay trong task definition: ai có quyền xem task definition (console, CLI, log CI) đều đọc được, và nó còn nằm mãi trong mọi revision cũ. `secrets` chỉ lưu một con trỏ; ECS lấy giá trị thật lúc container khởi động.",
        "",
        "| | Secrets Manager | SSM Parameter Store |",
        "|---|---|---|",
        "| Phù hợp cho | thông tin đăng nhập DB, API key, xoay vòng (rotation) tự động | cấu hình, secret đơn giản (`SecureString`) |",
        "| `valueFrom` | ARN của secret, có thể kèm `:json-key:version-stage:version-id` | ARN của parameter, hoặc chỉ tên nếu cùng Region với task |",
        "| Execution role cần | `secretsmanager:GetSecretValue` | `ssm:GetParameters` |",
        "",
        "- Các dạng `valueFrom`: `arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME-AbCdEf` (cả secret), `...:secret:NAME-AbCdEf:password::` (chỉ JSON key `password`; các trường để trống nghĩa là lấy version hiện hành), `arn:aws:ssm:REGION:ACCOUNT:parameter/prod/db/password`, hoặc `/prod/db/password` (chỉ khi cùng Region).",
        "- **Execution role** mới là role đọc giá trị (trên mọi launch type), không phải task role cũng không phải EC2 instance profile: cấp `secretsmanager:GetSecretValue` / `ssm:GetParameters` trên các ARN đó, cộng thêm `kms:Decrypt` nếu chúng được mã hóa bằng KMS key do bạn quản lý (customer-managed).",
        "- Giá trị chỉ được đọc một lần, lúc container khởi động. Sau khi xoay secret, phải chạy task mới (ví dụ force new deployment cho service) thì mới nhận giá trị mới.",
        "- Bên trong container, giá trị vẫn là một biến môi trường bình thường: thứ gì in ra toàn bộ environment (trang debug, báo cáo crash) đều có thể làm lộ nó.",
      ].join('\n'),
    },
  },
  'containerDefinitions[].secrets[]': {
    summary: {
      en: "One secret: the environment variable `name` to set in the container and the `valueFrom` reference to read it from.",
      vi: "Một secret: tên biến môi trường `name` sẽ được đặt trong container và tham chiếu `valueFrom` để lấy giá trị.",
    },
    example: `{ "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf" }`,
    link: `${API}/API_Secret.html`,
  },
  'containerDefinitions[].secrets[].name': {
    summary: {
      en: "Name of the environment variable that receives the secret value inside the container, e.g. `DB_PASSWORD`.",
      vi: "Tên biến môi trường nhận giá trị secret bên trong container, ví dụ `DB_PASSWORD`.",
    },
    limits: {
      en: "Required. Use a normal environment variable name (letters, digits, `_`, not starting with a digit); keep it unique in the container and don't reuse a name from `environment`.",
      vi: "Bắt buộc. Dùng tên biến môi trường thông thường (chữ, số, `_`, không bắt đầu bằng số); nên để duy nhất trong container và đừng trùng với tên nào trong `environment`.",
    },
    link: `${API}/API_Secret.html`,
  },
  'containerDefinitions[].secrets[].valueFrom': {
    summary: {
      en: "Where the value comes from: a Secrets Manager secret ARN or an SSM Parameter Store parameter (ARN, or name in the same Region).",
      vi: "Nguồn của giá trị: ARN của một secret trong Secrets Manager, hoặc một parameter trong SSM Parameter Store (ARN, hoặc tên nếu cùng Region).",
    },
    limits: {
      en: "Required. Accepted forms: `arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME` with an optional `:json-key:version-stage:version-id` suffix; `arn:aws:ssm:REGION:ACCOUNT:parameter/NAME`; a bare parameter name (`/prod/db/password`) only when the parameter is in the task's Region. Use the full ARN for another Region.",
      vi: "Bắt buộc. Các dạng hợp lệ: `arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME`, có thể thêm hậu tố `:json-key:version-stage:version-id`; `arn:aws:ssm:REGION:ACCOUNT:parameter/NAME`; tên parameter trần (`/prod/db/password`) chỉ dùng được khi parameter nằm cùng Region với task. Khác Region thì phải dùng ARN đầy đủ.",
    },
    example: `"valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf:password::"`,
    link: `${API}/API_Secret.html`,
  },

  // ───────────────────────────── dependsOn ─────────────────────────────
  'containerDefinitions[].dependsOn': {
    summary: {
      en: "Start-up order inside the task: this container starts only after each listed container reaches its `condition`. At shutdown the order is reversed.",
      vi: "Thứ tự khởi động trong task: container này chỉ khởi động sau khi từng container được liệt kê đạt `condition` của nó. Khi dừng task thì thứ tự đảo ngược lại.",
    },
    limits: {
      en: "Each `containerName` must be another container of this task definition (not itself); no cycles. `HEALTHY` needs a `healthCheck` on the target; `COMPLETE`/`SUCCESS` can't target an essential container.",
      vi: "Mỗi `containerName` phải là một container khác trong cùng task definition (không phải chính nó); không được có vòng lặp phụ thuộc. `HEALTHY` đòi hỏi container đích có `healthCheck`; `COMPLETE`/`SUCCESS` không được trỏ tới container essential.",
    },
    launchTypeNote: {
      en: "Fargate: platform version 1.3.0+ (Linux) or 1.0.0+ (Windows). EC2: container agent 1.26.0+.",
      vi: "Fargate: platform version 1.3.0+ (Linux) hoặc 1.0.0+ (Windows). EC2: container agent 1.26.0+.",
    },
    example: `"dependsOn": [
  { "containerName": "migrate", "condition": "SUCCESS" },
  { "containerName": "envoy", "condition": "HEALTHY" }
]`,
    link: `${TDP}#container_definition_dependson`,
    concept: {
      en: [
        "`dependsOn` orders container **startup** (and, reversed, **shutdown**) within one task. Each entry reads: *start me only once container X has reached condition Y*.",
        "",
        "| Condition | Waits until the target container… | Typical use |",
        "|---|---|---|",
        "| `START` | has been started (not necessarily ready) | a sidecar that only has to be running first, e.g. a log router |",
        "| `COMPLETE` | has exited, whatever the exit code | a best-effort init script |",
        "| `SUCCESS` | has exited with code `0` | init container: DB migration, downloading config |",
        "| `HEALTHY` | passes its `healthCheck` | a proxy (Envoy), a local cache, anything that must be ready |",
        "",
        "Example: `app` depends on `migrate` with `SUCCESS` and on `envoy` with `HEALTHY`. `migrate` has `essential: false` because it is meant to exit; `envoy` has a `healthCheck`.",
        "",
        "- `HEALTHY` on a container without `healthCheck` never resolves: the task never gets started.",
        "- `COMPLETE`/`SUCCESS` can't point at an essential container: when an essential container exits, the whole task stops.",
        "- At shutdown the order is reversed: `app` stops before `envoy`, so in-flight requests can drain.",
        "- Bound the wait with `startTimeout` on the target container.",
      ].join('\n'),
      vi: [
        "`dependsOn` sắp xếp thứ tự **khởi động** (và ngược lại khi **dừng**) các container trong một task. Mỗi phần tử có nghĩa: *chỉ khởi động tôi khi container X đã đạt điều kiện Y*.",
        "",
        "| Condition | Chờ tới khi container đích… | Dùng điển hình |",
        "|---|---|---|",
        "| `START` | đã được khởi động (chưa chắc đã sẵn sàng) | sidecar chỉ cần chạy trước, ví dụ log router |",
        "| `COMPLETE` | đã thoát, với exit code bất kỳ | script khởi tạo kiểu \"chạy được thì tốt\" |",
        "| `SUCCESS` | đã thoát với exit code `0` | init container: migrate DB, tải cấu hình |",
        "| `HEALTHY` | vượt qua `healthCheck` của nó | proxy (Envoy), cache cục bộ, thứ gì phải sẵn sàng trước |",
        "",
        "Ví dụ: `app` phụ thuộc `migrate` với `SUCCESS` và `envoy` với `HEALTHY`. `migrate` đặt `essential: false` vì nó được thiết kế để chạy xong rồi thoát; `envoy` có `healthCheck`.",
        "",
        "- `HEALTHY` trỏ tới container không có `healthCheck` thì không bao giờ thỏa: task không bao giờ khởi động được.",
        "- `COMPLETE`/`SUCCESS` không được trỏ tới container essential: container essential mà thoát thì cả task dừng.",
        "- Khi dừng, thứ tự đảo ngược: `app` dừng trước `envoy`, nhờ vậy các request đang xử lý kịp hoàn tất.",
        "- Giới hạn thời gian chờ bằng `startTimeout` đặt trên container đích.",
      ].join('\n'),
    },
  },
  'containerDefinitions[].dependsOn[]': {
    summary: {
      en: "One dependency: the container to wait for (`containerName`) and the state it must reach (`condition`).",
      vi: "Một phụ thuộc: container cần chờ (`containerName`) và trạng thái nó phải đạt tới (`condition`).",
    },
    example: `{ "containerName": "envoy", "condition": "HEALTHY" }`,
    link: `${API}/API_ContainerDependency.html`,
  },
  'containerDefinitions[].dependsOn[].containerName': {
    summary: {
      en: "The `name` of the container this one waits for.",
      vi: "`name` của container mà container này phải chờ.",
    },
    limits: {
      en: "Required. Must match the `name` of another container in the same task definition.",
      vi: "Bắt buộc. Phải trùng với `name` của một container khác trong cùng task definition.",
    },
    link: `${API}/API_ContainerDependency.html`,
  },
  'containerDefinitions[].dependsOn[].condition': {
    summary: {
      en: "The state the target container must reach before this one starts: `START`, `COMPLETE`, `SUCCESS` or `HEALTHY`.",
      vi: "Trạng thái container đích phải đạt trước khi container này khởi động: `START`, `COMPLETE`, `SUCCESS` hoặc `HEALTHY`.",
    },
    limits: {
      en: "Required. `HEALTHY` needs a `healthCheck` on the target; `COMPLETE` and `SUCCESS` can't target an essential container.",
      vi: "Bắt buộc. `HEALTHY` cần container đích có `healthCheck`; `COMPLETE` và `SUCCESS` không được trỏ tới container essential.",
    },
    link: `${API}/API_ContainerDependency.html`,
  },

  // ───────────────────────────── timeouts ─────────────────────────────
  'containerDefinitions[].startTimeout': {
    summary: {
      en: "How many seconds ECS waits for **this** container to reach the state other containers ask for in their `dependsOn`. If it doesn't get there in time, the dependent containers are not started and the task stops.",
      vi: "Số giây ECS chờ **chính container này** đạt trạng thái mà các container khác yêu cầu trong `dependsOn` của chúng. Quá thời gian mà chưa đạt thì các container phụ thuộc sẽ không được khởi động và task dừng.",
    },
    limits: {
      en: "Seconds. Fargate: 2–120. Managed Instances: up to 600. On EC2 the agent's own `ECS_CONTAINER_START_TIMEOUT` is enforced independently.",
      vi: "Đơn vị giây. Fargate: 2–120. Managed Instances: tối đa 600. Trên EC2, `ECS_CONTAINER_START_TIMEOUT` của agent vẫn được áp dụng độc lập.",
    },
    launchTypeNote: {
      en: "Fargate: platform version 1.3.0+ (Linux) or 1.0.0+ (Windows). EC2: container agent 1.26.0+.",
      vi: "Fargate: platform version 1.3.0+ (Linux) hoặc 1.0.0+ (Windows). EC2: container agent 1.26.0+.",
    },
    example: `"startTimeout": 120`,
    link: `${TDP}#container_definition_timeout`,
  },
  'containerDefinitions[].stopTimeout': {
    summary: {
      en: "Grace period in seconds between the stop signal (`SIGTERM`) and the forced kill (`SIGKILL`) when the container doesn't exit by itself. Give the application enough time to finish in-flight work.",
      vi: "Thời gian chờ (grace period, tính bằng giây) từ lúc gửi tín hiệu dừng (`SIGTERM`) tới lúc buộc kill (`SIGKILL`) nếu container không tự thoát. Hãy để đủ thời gian cho ứng dụng xử lý xong việc đang dở.",
    },
    default: {
      en: "30 seconds. On EC2 the agent setting `ECS_CONTAINER_STOP_TIMEOUT` applies when the field is absent (itself 30 s by default).",
      vi: "30 giây. Trên EC2, nếu bỏ trống thì dùng cấu hình `ECS_CONTAINER_STOP_TIMEOUT` của agent (mặc định cũng là 30 giây).",
    },
    limits: {
      en: "Seconds. Fargate: 2–120. Managed Instances: up to 86400. EC2: no maximum stated in the API.",
      vi: "Đơn vị giây. Fargate: 2–120. Managed Instances: tối đa 86400. EC2: API không nêu giá trị tối đa.",
    },
    launchTypeNote: {
      en: "Fargate: platform version 1.3.0+ (Linux) or 1.0.0+ (Windows). EC2: container agent 1.26.0+.",
      vi: "Fargate: platform version 1.3.0+ (Linux) hoặc 1.0.0+ (Windows). EC2: container agent 1.26.0+.",
    },
    example: `"stopTimeout": 60`,
    link: `${TDP}#container_definition_timeout`,
  },
  'containerDefinitions[].versionConsistency': {
    summary: {
      en: "Whether ECS resolves the image tag (e.g. `:latest`) to the image **digest** at deployment, so all tasks of a deployment run exactly the same image even if the tag is moved later.",
      vi: "ECS có phân giải tag của image (ví dụ `:latest`) thành **digest** lúc triển khai hay không, để mọi task của cùng một lần deployment chạy đúng một image, kể cả khi tag bị trỏ sang image khác sau đó.",
    },
    default: { en: "`enabled`", vi: "`enabled`" },
    example: `"versionConsistency": "disabled"`,
    link: `${DG}/deployment-type-ecs.html#deployment-container-image-stability`,
  },

  // ───────────────────────────── identity, network switches ─────────────────────────────
  'containerDefinitions[].hostname': {
    summary: {
      en: "Host name the container sees for itself (`docker run --hostname`).",
      vi: "Host name mà container thấy cho chính nó (`docker run --hostname`).",
    },
    default: {
      en: "Docker's default: the short container ID in `bridge` mode, the instance's host name in `host` mode.",
      vi: "Mặc định của Docker: container ID rút gọn ở mode `bridge`, host name của instance ở mode `host`.",
    },
    launchTypes: ['EC2', 'EXTERNAL'],
    launchTypeNote: {
      en: "Not supported with the `awsvpc` network mode, hence never on Fargate. AWS's Managed Instances parameter page also lists it as unsupported.",
      vi: "Không hỗ trợ với network mode `awsvpc`, vì vậy không bao giờ dùng được trên Fargate. Trang tham số cho Managed Instances của AWS cũng ghi là không hỗ trợ.",
    },
    example: `"hostname": "worker-1"`,
    link: `${TDP}#container_definition_network`,
  },
  'containerDefinitions[].user': {
    summary: {
      en: "User (and optionally group) the container's processes run as (`docker run --user`). Running as a non-root user limits the damage if the application is compromised.",
      vi: "User (và có thể kèm group) mà các process trong container chạy dưới danh nghĩa (`docker run --user`). Chạy bằng user không phải root giúp giảm thiệt hại nếu ứng dụng bị xâm nhập.",
    },
    default: {
      en: "The `USER` of the image, which is often `root`.",
      vi: "`USER` khai báo trong image, mà thường là `root`.",
    },
    limits: {
      en: "Forms: `user`, `user:group`, `uid`, `uid:gid`, `user:gid`, `uid:group`; a UID or GID must be a positive integer.",
      vi: "Các dạng: `user`, `user:group`, `uid`, `uid:gid`, `user:gid`, `uid:group`; UID hoặc GID phải là số nguyên dương.",
    },
    launchTypeNote: {
      en: "Not supported for Windows containers. With the `host` network mode, avoid root (UID 0) in particular.",
      vi: "Không hỗ trợ cho container Windows. Với network mode `host`, càng nên tránh chạy bằng root (UID 0).",
    },
    example: `"user": "1000:1000"`,
    link: `${TDP}#container_definition_security`,
  },
  'containerDefinitions[].workingDirectory': {
    summary: {
      en: "Directory inside the container in which `entryPoint`/`command` run (`docker run --workdir`).",
      vi: "Thư mục bên trong container nơi `entryPoint`/`command` được chạy (`docker run --workdir`).",
    },
    default: {
      en: "The image's `WORKDIR` (or `/` if it sets none).",
      vi: "`WORKDIR` của image (hoặc `/` nếu image không khai báo).",
    },
    example: `"workingDirectory": "/app"`,
    link: `${TDP}#container_definition_environment`,
  },
  'containerDefinitions[].disableNetworking': {
    summary: {
      en: "When `true`, the container gets no network at all (only loopback). Useful for batch jobs that must not talk to anything.",
      vi: "Khi là `true`, container hoàn toàn không có mạng (chỉ còn loopback). Hữu ích cho các batch job không được phép kết nối ra ngoài.",
    },
    default: { en: "`false`", vi: "`false`" },
    launchTypes: ['EC2', 'EXTERNAL'],
    launchTypeNote: {
      en: "Not supported on Fargate, for Windows containers, nor (per AWS's Managed Instances page) on Managed Instances.",
      vi: "Không hỗ trợ trên Fargate, với container Windows, và (theo trang tham số Managed Instances của AWS) trên Managed Instances.",
    },
    link: `${TDP}#container_definition_network`,
  },
  'containerDefinitions[].privileged': {
    summary: {
      en: "When `true`, the container gets elevated privileges on the host (all devices, all Linux capabilities), close to being root on the instance. Security scanners flag it; prefer adding only the capability you need via `linuxParameters.capabilities.add`.",
      vi: "Khi là `true`, container được cấp đặc quyền cao trên host (mọi device, mọi Linux capability), gần như là root trên instance. Các công cụ quét bảo mật sẽ cảnh báo; nên chỉ thêm đúng capability cần thiết qua `linuxParameters.capabilities.add`.",
    },
    default: { en: "`false`", vi: "`false`" },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: "Not supported on Fargate nor for Windows containers.",
      vi: "Không hỗ trợ trên Fargate và với container Windows.",
    },
    link: `${TDP}#container_definition_security`,
  },
  'containerDefinitions[].readonlyRootFilesystem': {
    summary: {
      en: "When `true`, the container's root file system is read-only (`docker run --read-only`); it can only write to mounted volumes. A common hardening step, recommended by security scanners.",
      vi: "Khi là `true`, root file system của container chỉ đọc (`docker run --read-only`); container chỉ ghi được vào các volume được mount. Đây là bước hardening phổ biến, được các công cụ quét bảo mật khuyến nghị.",
    },
    default: { en: "`false`", vi: "`false`" },
    launchTypeNote: {
      en: "Not supported for Windows containers. If the app needs scratch space (e.g. `/tmp`), mount a volume there: on Fargate a `volumes` entry without `host.sourcePath` works, since `tmpfs` isn't available.",
      vi: "Không hỗ trợ cho container Windows. Nếu ứng dụng cần chỗ ghi tạm (ví dụ `/tmp`), hãy mount một volume vào đó: trên Fargate có thể dùng một `volumes` không có `host.sourcePath`, vì `tmpfs` không được hỗ trợ.",
    },
    example: `"readonlyRootFilesystem": true,
"mountPoints": [{ "sourceVolume": "tmp", "containerPath": "/tmp" }]`,
    link: `${TDP}#container_definition_storage`,
  },
  'containerDefinitions[].dnsServers': {
    summary: {
      en: "DNS servers written into the container's `/etc/resolv.conf` instead of the host's (`docker run --dns`).",
      vi: "Danh sách DNS server ghi vào `/etc/resolv.conf` của container thay cho DNS của host (`docker run --dns`).",
    },
    default: {
      en: "The resolvers of the host / VPC.",
      vi: "Resolver của host / VPC.",
    },
    limits: { en: "A list of IP addresses.", vi: "Một danh sách địa chỉ IP." },
    launchTypes: ['EC2', 'EXTERNAL'],
    launchTypeNote: {
      en: "Not supported on Fargate, for Windows containers, nor (per AWS's Managed Instances page) on Managed Instances.",
      vi: "Không hỗ trợ trên Fargate, với container Windows, và (theo trang tham số Managed Instances của AWS) trên Managed Instances.",
    },
    example: `"dnsServers": ["10.0.0.2", "1.1.1.1"]`,
    link: `${TDP}#container_definition_network`,
  },
  'containerDefinitions[].dnsServers[]': {
    summary: {
      en: "IP address of one DNS server.",
      vi: "Địa chỉ IP của một DNS server.",
    },
    link: `${TDP}#container_definition_network`,
  },
  'containerDefinitions[].dnsSearchDomains': {
    summary: {
      en: "DNS search domains for the container (`docker run --dns-search`): a short name like `db` is also tried as `db.internal.example.com`.",
      vi: "Các DNS search domain của container (`docker run --dns-search`): một tên ngắn như `db` sẽ được thử thêm dưới dạng `db.internal.example.com`.",
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: "Not supported on Fargate nor for Windows containers.",
      vi: "Không hỗ trợ trên Fargate và với container Windows.",
    },
    example: `"dnsSearchDomains": ["internal.example.com"]`,
    link: `${TDP}#container_definition_network`,
  },
  'containerDefinitions[].dnsSearchDomains[]': {
    summary: {
      en: "One search domain, e.g. `internal.example.com`.",
      vi: "Một search domain, ví dụ `internal.example.com`.",
    },
    link: `${TDP}#container_definition_network`,
  },
  'containerDefinitions[].extraHosts': {
    summary: {
      en: "Extra host name → IP entries appended to the container's `/etc/hosts` (`docker run --add-host`).",
      vi: "Các dòng host name → IP được thêm vào `/etc/hosts` của container (`docker run --add-host`).",
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: "Not supported with the `awsvpc` network mode (so never on Fargate) nor for Windows containers.",
      vi: "Không hỗ trợ với network mode `awsvpc` (nên không bao giờ dùng được trên Fargate) và với container Windows.",
    },
    example: `"extraHosts": [{ "hostname": "legacy-db", "ipAddress": "10.0.12.34" }]`,
    link: `${TDP}#container_definition_network`,
  },
  'containerDefinitions[].extraHosts[]': {
    summary: {
      en: "One `/etc/hosts` entry: `hostname` and `ipAddress`.",
      vi: "Một dòng trong `/etc/hosts`: `hostname` và `ipAddress`.",
    },
    link: `${API}/API_HostEntry.html`,
  },
  'containerDefinitions[].extraHosts[].hostname': {
    summary: {
      en: "The host name to resolve, e.g. `legacy-db`.",
      vi: "Host name cần phân giải, ví dụ `legacy-db`.",
    },
    limits: { en: "Required.", vi: "Bắt buộc." },
    link: `${API}/API_HostEntry.html`,
  },
  'containerDefinitions[].extraHosts[].ipAddress': {
    summary: {
      en: "The IP address (IPv4 or IPv6) that `hostname` resolves to.",
      vi: "Địa chỉ IP (IPv4 hoặc IPv6) mà `hostname` được phân giải thành.",
    },
    limits: { en: "Required.", vi: "Bắt buộc." },
    link: `${API}/API_HostEntry.html`,
  },
  'containerDefinitions[].dockerSecurityOptions': {
    summary: {
      en: "Extra security options passed to Docker (`docker run --security-opt`): SELinux labels, an AppArmor profile, `no-new-privileges`, or a gMSA credential spec.",
      vi: "Các tùy chọn bảo mật bổ sung truyền cho Docker (`docker run --security-opt`): nhãn SELinux, profile AppArmor, `no-new-privileges`, hoặc credential spec cho gMSA.",
    },
    limits: {
      en: "Values: `no-new-privileges`, `apparmor:PROFILE`, `label:VALUE`, `credentialspec:PATH`. SELinux/AppArmor need the agent started with `ECS_SELINUX_CAPABLE=true` / `ECS_APPARMOR_CAPABLE=true`. For gMSA, prefer `credentialSpecs`.",
      vi: "Giá trị: `no-new-privileges`, `apparmor:PROFILE`, `label:VALUE`, `credentialspec:PATH`. SELinux/AppArmor đòi hỏi agent được chạy với `ECS_SELINUX_CAPABLE=true` / `ECS_APPARMOR_CAPABLE=true`. Với gMSA thì nên dùng `credentialSpecs`.",
    },
    launchTypes: ['EC2', 'EXTERNAL'],
    launchTypeNote: {
      en: "Not supported on Fargate nor (per AWS's Managed Instances page) on Managed Instances.",
      vi: "Không hỗ trợ trên Fargate, và (theo trang tham số Managed Instances của AWS) trên Managed Instances.",
    },
    example: `"dockerSecurityOptions": ["no-new-privileges"]`,
    link: `${TDP}#container_definition_security`,
  },
  'containerDefinitions[].dockerSecurityOptions[]': {
    summary: {
      en: "One option, e.g. `no-new-privileges` or `apparmor:my-profile`.",
      vi: "Một tùy chọn, ví dụ `no-new-privileges` hoặc `apparmor:my-profile`.",
    },
    link: `${TDP}#container_definition_security`,
  },
  'containerDefinitions[].interactive': {
    summary: {
      en: "When `true`, keeps the container's `stdin` open (`docker run --interactive`), for programs that need input or a TTY. Not needed for ECS Exec.",
      vi: "Khi là `true`, giữ `stdin` của container mở (`docker run --interactive`), dành cho chương trình cần input hoặc TTY. ECS Exec không cần tùy chọn này.",
    },
    default: { en: "`false`", vi: "`false`" },
    link: `${TDP}#container_definition_interactive`,
  },
  'containerDefinitions[].pseudoTerminal': {
    summary: {
      en: "When `true`, allocates a pseudo-TTY for the container (`docker run --tty`). Usually combined with `interactive`.",
      vi: "Khi là `true`, cấp một pseudo-TTY cho container (`docker run --tty`). Thường đi kèm với `interactive`.",
    },
    default: { en: "`false`", vi: "`false`" },
    link: `${TDP}#container_definition_pseudoterminal`,
  },

  // ───────────────────────────── labels, ulimits ─────────────────────────────
  'containerDefinitions[].dockerLabels': {
    summary: {
      en: "Docker labels (key/value metadata) put on the container (`docker run --label`). Monitoring agents and service discovery tools on the host often read them.",
      vi: "Docker label (metadata dạng key/value) gắn lên container (`docker run --label`). Các agent giám sát và công cụ service discovery trên host thường đọc chúng.",
    },
    launchTypes: ['EC2', 'FARGATE', 'EXTERNAL'],
    launchTypeNote: {
      en: "AWS's Managed Instances parameter page lists `dockerLabels` as unsupported there.",
      vi: "Trang tham số Managed Instances của AWS ghi rằng `dockerLabels` không được hỗ trợ ở đó.",
    },
    example: `"dockerLabels": { "com.example.team": "payments", "com.example.tier": "api" }`,
    link: `${TDP}#container_definition_labels`,
  },
  'containerDefinitions[].dockerLabels{key}': {
    summary: {
      en: "Label name. The usual convention is a reverse-DNS prefix, e.g. `com.example.team`.",
      vi: "Tên label. Quy ước thường dùng là tiền tố dạng reverse-DNS, ví dụ `com.example.team`.",
    },
    link: `${TDP}#container_definition_labels`,
  },
  'containerDefinitions[].dockerLabels{}': {
    summary: {
      en: "Label value (always a string).",
      vi: "Giá trị của label (luôn là chuỗi).",
    },
    link: `${TDP}#container_definition_labels`,
  },
  'containerDefinitions[].ulimits': {
    summary: {
      en: "Linux resource limits (`ulimit`) for the container, overriding Docker's defaults (`docker run --ulimit`). The classic case is raising `nofile` for servers with many connections.",
      vi: "Giới hạn tài nguyên Linux (`ulimit`) cho container, ghi đè giá trị mặc định của Docker (`docker run --ulimit`). Trường hợp kinh điển là tăng `nofile` cho server có nhiều kết nối.",
    },
    default: {
      en: "Docker's / the OS defaults. On Fargate `nofile` defaults to 65535 (soft and hard).",
      vi: "Giá trị mặc định của Docker / hệ điều hành. Trên Fargate `nofile` mặc định là 65535 (cả soft lẫn hard).",
    },
    limits: {
      en: "Each item: `name`, `softLimit` ≤ `hardLimit`. Fargate: `nofile` can go up to 1048576.",
      vi: "Mỗi phần tử: `name`, `softLimit` ≤ `hardLimit`. Fargate: `nofile` tối đa 1048576.",
    },
    launchTypeNote: {
      en: "Not supported for Windows containers.",
      vi: "Không hỗ trợ cho container Windows.",
    },
    example: `"ulimits": [{ "name": "nofile", "softLimit": 65536, "hardLimit": 65536 }]`,
    link: `${TDP}#container_definition_limits`,
  },
  'containerDefinitions[].ulimits[]': {
    summary: {
      en: "One limit: the resource `name` and its `softLimit` / `hardLimit`.",
      vi: "Một giới hạn: tên tài nguyên `name` cùng `softLimit` / `hardLimit`.",
    },
    link: `${API}/API_Ulimit.html`,
  },
  'containerDefinitions[].ulimits[].name': {
    summary: {
      en: "Which resource to limit, e.g. `nofile` (open files) or `nproc` (processes).",
      vi: "Tài nguyên cần giới hạn, ví dụ `nofile` (số file mở) hoặc `nproc` (số process).",
    },
    limits: {
      en: "Required. One of the values listed in the enum.",
      vi: "Bắt buộc. Một trong các giá trị của enum.",
    },
    link: `${API}/API_Ulimit.html`,
  },
  'containerDefinitions[].ulimits[].softLimit': {
    summary: {
      en: "The limit actually enforced; a process may raise it itself, up to `hardLimit`. Unit depends on the resource (bytes, seconds or a count).",
      vi: "Giới hạn thực sự được áp dụng; process có thể tự nâng nó lên, tối đa bằng `hardLimit`. Đơn vị tùy tài nguyên (byte, giây hoặc số lượng).",
    },
    limits: {
      en: "Required. Must not exceed `hardLimit`. `-1` means unlimited (for example `memlock` for Elasticsearch or Fluent Bit).",
      vi: "Bắt buộc. Không được lớn hơn `hardLimit`. `-1` nghĩa là không giới hạn (ví dụ `memlock` cho Elasticsearch hay Fluent Bit).",
    },
    link: `${API}/API_Ulimit.html`,
  },
  'containerDefinitions[].ulimits[].hardLimit': {
    summary: {
      en: "The ceiling: an unprivileged process can't raise its soft limit above it. Unit depends on the resource (bytes, seconds or a count).",
      vi: "Mức trần: process không có đặc quyền không thể nâng soft limit vượt quá giá trị này. Đơn vị tùy tài nguyên (byte, giây hoặc số lượng).",
    },
    limits: {
      en: "Required. Must be ≥ `softLimit`. `-1` means unlimited.",
      vi: "Bắt buộc. Phải ≥ `softLimit`. `-1` nghĩa là không giới hạn.",
    },
    link: `${API}/API_Ulimit.html`,
  },

  // ───────────────────────────── logging ─────────────────────────────
  'containerDefinitions[].logConfiguration': {
    summary: {
      en: "Where the container's `stdout`/`stderr` go: the log driver (`logDriver`) and its `options`, plus `secretOptions` for driver credentials.",
      vi: "Nơi `stdout`/`stderr` của container được gửi tới: log driver (`logDriver`) cùng `options` của nó, và `secretOptions` cho thông tin xác thực của driver.",
    },
    default: {
      en: "None: on EC2 the Docker daemon's default driver is used (usually `json-file`, readable only on the instance); on Fargate the output is not kept anywhere.",
      vi: "Không có: trên EC2 sẽ dùng log driver mặc định của Docker daemon (thường là `json-file`, chỉ đọc được trên instance); trên Fargate thì log không được lưu ở đâu cả.",
    },
    launchTypeNote: {
      en: "Fargate and Managed Instances: only `awslogs`, `splunk`, `awsfirelens`. `awslogs` on Fargate needs `awslogs-stream-prefix` and an execution role. EC2: the agent must list the driver in `ECS_AVAILABLE_LOGGING_DRIVERS`.",
      vi: "Fargate và Managed Instances: chỉ `awslogs`, `splunk`, `awsfirelens`. `awslogs` trên Fargate cần `awslogs-stream-prefix` và execution role. EC2: agent phải khai báo driver trong `ECS_AVAILABLE_LOGGING_DRIVERS`.",
    },
    example: `"logConfiguration": {
  "logDriver": "awslogs",
  "options": {
    "awslogs-group": "/ecs/my-app",
    "awslogs-region": "us-east-1",
    "awslogs-stream-prefix": "my-app",
    "awslogs-create-group": "true"
  }
}`,
    link: `${TDP}#container_definition_storage`,
    concept: {
      en: [
        "Containers write logs to `stdout`/`stderr`; the **log driver** decides where those lines end up. Without `logConfiguration` you get the Docker default on EC2 (usually `json-file`, only on the instance) and nothing at all on Fargate.",
        "",
        "| Driver | Destination | Fargate |",
        "|---|---|---|",
        "| `awslogs` | CloudWatch Logs | yes |",
        "| `awsfirelens` | a Fluent Bit / Fluentd sidecar → CloudWatch, Firehose, S3, OpenSearch, partners… | yes |",
        "| `splunk` | Splunk HTTP Event Collector | yes |",
        "| `json-file`, `journald`, `syslog`, `gelf`, `fluentd` | the instance, or a collector you run | no (EC2 / EXTERNAL) |",
        "",
        "**awslogs options**: `awslogs-group` and `awslogs-region` (required), `awslogs-stream-prefix` (required on Fargate; streams are named `prefix/container-name/task-id`), `awslogs-create-group: \"true\"` to create the group on first use; the execution role then also needs `logs:CreateLogGroup`, besides `logs:CreateLogStream` and `logs:PutLogEvents`.",
        "",
        "**FireLens**: set `logDriver: awsfirelens` on the application container and put the destination settings in its `options` (e.g. `\"Name\": \"cloudwatch_logs\"`); add a log router container (AWS's `aws-for-fluent-bit` image) with `firelensConfiguration`. The **task role** needs permission to write to the destination.",
        "",
        "**Why the execution role?** Log streams are created and written by the ECS agent / Fargate, not by your code, so it uses `executionRoleArn` (on EC2 the instance role can also provide these permissions).",
        "",
        "`mode`: `non-blocking` (default since June 2025) keeps the app responsive when delivery stalls but drops lines once `max-buffer-size` is full; `blocking` never drops lines but can freeze writes to stdout.",
      ].join('\n'),
      vi: [
        "Container ghi log ra `stdout`/`stderr`; **log driver** quyết định các dòng log đó đi về đâu. Không có `logConfiguration` thì trên EC2 dùng mặc định của Docker (thường là `json-file`, chỉ nằm trên instance), còn trên Fargate thì log mất hẳn.",
        "",
        "| Driver | Đích đến | Fargate |",
        "|---|---|---|",
        "| `awslogs` | CloudWatch Logs | có |",
        "| `awsfirelens` | sidecar Fluent Bit / Fluentd → CloudWatch, Firehose, S3, OpenSearch, đối tác… | có |",
        "| `splunk` | Splunk HTTP Event Collector | có |",
        "| `json-file`, `journald`, `syslog`, `gelf`, `fluentd` | trên instance, hoặc collector do bạn tự chạy | không (EC2 / EXTERNAL) |",
        "",
        "**Options của awslogs**: `awslogs-group` và `awslogs-region` (bắt buộc), `awslogs-stream-prefix` (bắt buộc trên Fargate; log stream có tên `prefix/container-name/task-id`), `awslogs-create-group: \"true\"` để tự tạo log group lần đầu; khi đó execution role cần thêm `logs:CreateLogGroup`, bên cạnh `logs:CreateLogStream` và `logs:PutLogEvents`.",
        "",
        "**FireLens**: đặt `logDriver: awsfirelens` cho container ứng dụng và ghi cấu hình đích đến vào `options` của nó (ví dụ `\"Name\": \"cloudwatch_logs\"`); thêm một container log router (image `aws-for-fluent-bit` của AWS) có `firelensConfiguration`. **Task role** cần quyền ghi vào đích đến.",
        "",
        "**Vì sao cần execution role?** Log stream được tạo và ghi bởi ECS agent / Fargate chứ không phải code của bạn, nên nó dùng `executionRoleArn` (trên EC2 thì instance role cũng có thể cấp các quyền này).",
        "",
        "`mode`: `non-blocking` (mặc định từ tháng 6/2025) giữ ứng dụng không bị treo khi việc gửi log bị nghẽn, nhưng sẽ bỏ bớt dòng log khi `max-buffer-size` đầy; `blocking` không bao giờ mất log nhưng có thể làm lệnh ghi ra stdout bị treo.",
      ].join('\n'),
    },
  },
  'containerDefinitions[].logConfiguration.logDriver': {
    summary: {
      en: "The log driver that receives the container's output, e.g. `awslogs` (CloudWatch Logs) or `awsfirelens` (FireLens log router).",
      vi: "Log driver nhận output của container, ví dụ `awslogs` (CloudWatch Logs) hoặc `awsfirelens` (log router FireLens).",
    },
    limits: {
      en: "Required. Fargate and Managed Instances: `awslogs`, `splunk`, `awsfirelens` only. EC2 / EXTERNAL: all eight values, provided the agent lists the driver in `ECS_AVAILABLE_LOGGING_DRIVERS`.",
      vi: "Bắt buộc. Fargate và Managed Instances: chỉ `awslogs`, `splunk`, `awsfirelens`. EC2 / EXTERNAL: cả tám giá trị, miễn là agent khai báo driver trong `ECS_AVAILABLE_LOGGING_DRIVERS`.",
    },
    example: `"logDriver": "awslogs"`,
    link: `${API}/API_LogConfiguration.html`,
  },
  'containerDefinitions[].logConfiguration.options': {
    summary: {
      en: "Driver-specific settings as string key/value pairs, e.g. `awslogs-group` for `awslogs`, `splunk-url` for `splunk`, or the output plugin settings (`Name`, `region`, …) for `awsfirelens`.",
      vi: "Cấu hình riêng của từng driver, dạng cặp key/value kiểu chuỗi, ví dụ `awslogs-group` cho `awslogs`, `splunk-url` cho `splunk`, hoặc cấu hình output plugin (`Name`, `region`, …) cho `awsfirelens`.",
    },
    limits: {
      en: "`awslogs`: `awslogs-group` and `awslogs-region` required, `awslogs-stream-prefix` required on Fargate; `awslogs-datetime-format` and `awslogs-multiline-pattern` are mutually exclusive. For every driver: `mode` (`non-blocking` | `blocking`), `max-buffer-size` (default `10m`).",
      vi: "`awslogs`: bắt buộc `awslogs-group` và `awslogs-region`, trên Fargate bắt buộc thêm `awslogs-stream-prefix`; `awslogs-datetime-format` và `awslogs-multiline-pattern` không dùng chung được. Cho mọi driver: `mode` (`non-blocking` | `blocking`), `max-buffer-size` (mặc định `10m`).",
    },
    example: `"options": {
  "awslogs-group": "/ecs/my-app",
  "awslogs-region": "eu-west-1",
  "awslogs-stream-prefix": "web",
  "mode": "non-blocking",
  "max-buffer-size": "25m"
}`,
    link: `${API}/API_LogConfiguration.html`,
  },
  'containerDefinitions[].logConfiguration.options{key}': {
    summary: {
      en: "Option name, e.g. `awslogs-group`, `awslogs-region`, `awslogs-stream-prefix`, `awslogs-create-group`, `mode`, `max-buffer-size`, `splunk-url`, or a FireLens output setting such as `Name`.",
      vi: "Tên option, ví dụ `awslogs-group`, `awslogs-region`, `awslogs-stream-prefix`, `awslogs-create-group`, `mode`, `max-buffer-size`, `splunk-url`, hoặc một cấu hình output của FireLens như `Name`.",
    },
    link: `${API}/API_LogConfiguration.html`,
  },
  'containerDefinitions[].logConfiguration.options{}': {
    summary: {
      en: "Option value. Always a JSON string, even for flags and numbers: `\"true\"`, `\"25m\"`.",
      vi: "Giá trị của option. Luôn là chuỗi JSON, kể cả cờ bật/tắt hay con số: `\"true\"`, `\"25m\"`.",
    },
    limits: {
      en: "`awslogs-create-group` only makes sense as `\"true\"` (omit it otherwise); the execution role then needs `logs:CreateLogGroup`.",
      vi: "`awslogs-create-group` chỉ có nghĩa khi là `\"true\"` (nếu không thì bỏ hẳn đi); khi đó execution role cần quyền `logs:CreateLogGroup`.",
    },
    link: `${API}/API_LogConfiguration.html`,
  },
  'containerDefinitions[].logConfiguration.secretOptions': {
    summary: {
      en: "Log driver settings that are secrets (e.g. a Splunk token, a Datadog API key for FireLens), read from Secrets Manager or SSM Parameter Store instead of being written in `options`.",
      vi: "Các cấu hình của log driver mang tính bí mật (ví dụ Splunk token, Datadog API key cho FireLens), được đọc từ Secrets Manager hoặc SSM Parameter Store thay vì ghi thẳng vào `options`.",
    },
    limits: {
      en: "Requires `executionRoleArn` with read access (`secretsmanager:GetSecretValue` / `ssm:GetParameters`, plus `kms:Decrypt` for a customer-managed key).",
      vi: "Bắt buộc có `executionRoleArn` với quyền đọc (`secretsmanager:GetSecretValue` / `ssm:GetParameters`, thêm `kms:Decrypt` nếu dùng KMS key do bạn quản lý).",
    },
    example: `"secretOptions": [
  { "name": "splunk-token", "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:splunk-token-AbCdEf" }
]`,
    link: `${API}/API_LogConfiguration.html`,
  },
  'containerDefinitions[].logConfiguration.secretOptions[]': {
    summary: {
      en: "One secret log option: the option `name` and the `valueFrom` reference.",
      vi: "Một option log bí mật: tên option `name` và tham chiếu `valueFrom`.",
    },
    link: `${API}/API_Secret.html`,
  },
  'containerDefinitions[].logConfiguration.secretOptions[].name': {
    summary: {
      en: "Name of the log driver option that receives the secret, e.g. `splunk-token` or `apikey`.",
      vi: "Tên option của log driver sẽ nhận giá trị secret, ví dụ `splunk-token` hoặc `apikey`.",
    },
    limits: { en: "Required.", vi: "Bắt buộc." },
    link: `${API}/API_Secret.html`,
  },
  'containerDefinitions[].logConfiguration.secretOptions[].valueFrom': {
    summary: {
      en: "Where the value comes from: a Secrets Manager secret ARN or an SSM parameter (ARN, or name in the same Region), same forms as `secrets[].valueFrom`.",
      vi: "Nguồn của giá trị: ARN secret trong Secrets Manager hoặc một SSM parameter (ARN, hoặc tên nếu cùng Region), giống các dạng của `secrets[].valueFrom`.",
    },
    limits: {
      en: "Required. Use the full ARN when the secret or parameter is in another Region.",
      vi: "Bắt buộc. Dùng ARN đầy đủ khi secret hoặc parameter nằm ở Region khác.",
    },
    link: `${API}/API_Secret.html`,
  },

  // ───────────────────────────── healthCheck ─────────────────────────────
  'containerDefinitions[].healthCheck': {
    summary: {
      en: "A command ECS runs inside the container at a fixed interval to decide whether it is healthy (exit code `0` = healthy). It drives the container and task health status, `dependsOn: HEALTHY`, and service replacement of unhealthy tasks.",
      vi: "Một lệnh ECS chạy định kỳ bên trong container để xác định container có healthy không (exit code `0` = healthy). Kết quả quyết định trạng thái health của container và task, điều kiện `dependsOn: HEALTHY`, và việc service thay thế task unhealthy.",
    },
    default: {
      en: "None: without it the container's health is `UNKNOWN`. A `HEALTHCHECK` in the Dockerfile is not monitored by ECS unless repeated here.",
      vi: "Không có: khi thiếu, health của container là `UNKNOWN`. `HEALTHCHECK` trong Dockerfile không được ECS theo dõi trừ khi khai báo lại ở đây.",
    },
    limits: {
      en: "`interval` 5–300 s (30), `timeout` 2–60 s (5), `retries` 1–10 (3), `startPeriod` 0–300 s (off).",
      vi: "`interval` 5–300 giây (30), `timeout` 2–60 giây (5), `retries` 1–10 (3), `startPeriod` 0–300 giây (tắt).",
    },
    launchTypeNote: {
      en: "Fargate: platform version 1.1.0+. EC2: container agent 1.17.0+. Not supported for services behind a Classic Load Balancer.",
      vi: "Fargate: platform version 1.1.0+. EC2: container agent 1.17.0+. Không hỗ trợ cho service đứng sau Classic Load Balancer.",
    },
    example: `"healthCheck": {
  "command": ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"],
  "interval": 30,
  "timeout": 5,
  "retries": 3,
  "startPeriod": 60
}`,
    link: `${TDP}#container_definition_healthcheck`,
    concept: {
      en: [
        "A container health check is a command run **inside** the container at a fixed interval; exit code `0` means healthy, anything else a failure.",
        "",
        "- `[\"CMD-SHELL\", \"curl -f http://localhost:8080/health || exit 1\"]` runs the string through the container's shell (`/bin/sh -c`), so `||`, pipes and variables work; the image needs a shell and `curl` (or `wget`).",
        "- `[\"CMD\", \"/app/healthcheck\", \"--port\", \"8080\"]` runs the program directly, without a shell: the form for distroless or scratch images.",
        "- Never put a whole shell line in a single element (`[\"curl -f http://localhost/\"]`): prefix it with `CMD-SHELL`.",
        "",
        "| Setting | Range | Default |",
        "|---|---|---|",
        "| `interval` | 5–300 s | 30 |",
        "| `timeout` | 2–60 s | 5 |",
        "| `retries` | 1–10 | 3 |",
        "| `startPeriod` | 0–300 s | off |",
        "",
        "The container turns `UNHEALTHY` after `retries` consecutive failures; failures during `startPeriod` don't count. Keep `interval` larger than `timeout`. Only essential containers count toward the task's health.",
        "",
        "| | Container health check | Target group health check |",
        "|---|---|---|",
        "| Run by | ECS agent / Fargate, inside the container | the ALB / NLB, over the network |",
        "| Defined in | task definition (`healthCheck`) | target group |",
        "| Proves | the process answers on localhost | the task is reachable (security groups, port mapping, path) |",
        "| Effect | task health, `dependsOn: HEALTHY`; the service replaces unhealthy tasks | the load balancer stops routing to the target; the service replaces the task |",
        "",
        "Use both: the container check catches a hung process, the load balancer check catches network and configuration problems.",
      ].join('\n'),
      vi: [
        "Container health check là một lệnh chạy định kỳ **bên trong** container; exit code `0` nghĩa là healthy, mọi giá trị khác là lỗi.",
        "",
        "- `[\"CMD-SHELL\", \"curl -f http://localhost:8080/health || exit 1\"]` chạy chuỗi lệnh qua shell của container (`/bin/sh -c`), nên dùng được `||`, pipe và biến; image phải có shell và `curl` (hoặc `wget`).",
        "- `[\"CMD\", \"/app/healthcheck\", \"--port\", \"8080\"]` chạy thẳng chương trình, không qua shell: dạng dành cho image distroless hoặc scratch.",
        "- Đừng bao giờ nhét cả dòng lệnh shell vào một phần tử duy nhất (`[\"curl -f http://localhost/\"]`): hãy thêm `CMD-SHELL` ở đầu.",
        "",
        "| Tham số | Khoảng | Mặc định |",
        "|---|---|---|",
        "| `interval` | 5–300 giây | 30 |",
        "| `timeout` | 2–60 giây | 5 |",
        "| `retries` | 1–10 | 3 |",
        "| `startPeriod` | 0–300 giây | tắt |",
        "",
        "Container chuyển sang `UNHEALTHY` sau `retries` lần lỗi liên tiếp; lỗi trong `startPeriod` không bị tính. Nên để `interval` lớn hơn `timeout`. Chỉ các container essential mới được tính vào health của task.",
        "",
        "| | Container health check | Health check của target group |",
        "|---|---|---|",
        "| Ai chạy | ECS agent / Fargate, bên trong container | ALB / NLB, qua mạng |",
        "| Khai báo ở | task definition (`healthCheck`) | target group |",
        "| Chứng minh | process trả lời được trên localhost | task truy cập được từ ngoài (security group, port mapping, path) |",
        "| Tác động | health của task, `dependsOn: HEALTHY`; service thay task unhealthy | load balancer ngừng gửi traffic tới target; service thay task |",
        "",
        "Nên dùng cả hai: health check của container phát hiện process bị treo, còn health check của load balancer phát hiện lỗi mạng và cấu hình.",
      ].join('\n'),
    },
  },
  'containerDefinitions[].healthCheck.command': {
    summary: {
      en: "The check to run, as a string array: `[\"CMD-SHELL\", \"<shell line>\"]` (through the shell) or `[\"CMD\", \"<program>\", \"<arg>\", …]` (direct). Exit code `0` = healthy.",
      vi: "Lệnh kiểm tra, dạng mảng chuỗi: `[\"CMD-SHELL\", \"<dòng lệnh shell>\"]` (chạy qua shell) hoặc `[\"CMD\", \"<chương trình>\", \"<tham số>\", …]` (chạy trực tiếp). Exit code `0` = healthy.",
    },
    limits: {
      en: "Required. The first element should be `CMD` or `CMD-SHELL`. A single element holding a whole shell line (`[\"curl -f http://localhost/\"]`) never works: prefix it with `CMD-SHELL`.",
      vi: "Bắt buộc. Phần tử đầu nên là `CMD` hoặc `CMD-SHELL`. Một phần tử duy nhất chứa cả dòng lệnh shell (`[\"curl -f http://localhost/\"]`) sẽ không bao giờ chạy đúng: hãy thêm `CMD-SHELL` ở đầu.",
    },
    example: `"command": ["CMD-SHELL", "wget -qO- http://localhost:8080/health || exit 1"]`,
    link: `${API}/API_HealthCheck.html`,
  },
  'containerDefinitions[].healthCheck.command[]': {
    summary: {
      en: "One element of the check: `CMD` / `CMD-SHELL` first, then the program and its arguments (or, after `CMD-SHELL`, the whole shell line).",
      vi: "Một phần tử của lệnh kiểm tra: đầu tiên là `CMD` / `CMD-SHELL`, sau đó là chương trình và tham số (hoặc, sau `CMD-SHELL`, cả dòng lệnh shell).",
    },
    link: `${API}/API_HealthCheck.html`,
  },
  'containerDefinitions[].healthCheck.interval': {
    summary: {
      en: "Seconds between two runs of the check.",
      vi: "Số giây giữa hai lần chạy kiểm tra.",
    },
    default: { en: "30 seconds", vi: "30 giây" },
    limits: {
      en: "5–300. Keep it larger than `timeout`.",
      vi: "5–300. Nên lớn hơn `timeout`.",
    },
    link: `${API}/API_HealthCheck.html`,
  },
  'containerDefinitions[].healthCheck.timeout': {
    summary: {
      en: "Seconds a single run may take before it counts as a failure.",
      vi: "Số giây tối đa cho một lần chạy kiểm tra trước khi bị tính là lỗi.",
    },
    default: { en: "5 seconds", vi: "5 giây" },
    limits: { en: "2–60.", vi: "2–60." },
    link: `${API}/API_HealthCheck.html`,
  },
  'containerDefinitions[].healthCheck.retries': {
    summary: {
      en: "Consecutive failures needed before the container is marked `UNHEALTHY`.",
      vi: "Số lần lỗi liên tiếp trước khi container bị đánh dấu `UNHEALTHY`.",
    },
    default: { en: "3", vi: "3" },
    limits: { en: "1–10.", vi: "1–10." },
    link: `${API}/API_HealthCheck.html`,
  },
  'containerDefinitions[].healthCheck.startPeriod': {
    summary: {
      en: "Grace period in seconds after start during which failures don't count toward `retries`, for apps that boot slowly. A success during it marks the container healthy at once.",
      vi: "Thời gian chờ (grace period, tính bằng giây) sau khi khởi động, trong đó các lần lỗi không bị tính vào `retries`, dành cho ứng dụng khởi động chậm. Nếu kiểm tra thành công trong khoảng này thì container được coi là healthy ngay.",
    },
    default: { en: "Off (0).", vi: "Tắt (0)." },
    limits: { en: "0–300.", vi: "0–300." },
    link: `${API}/API_HealthCheck.html`,
  },

  // ───────────────────────────── systemControls ─────────────────────────────
  'containerDefinitions[].systemControls': {
    summary: {
      en: "Namespaced kernel parameters (sysctls) set for the container (`docker run --sysctl`), e.g. `net.ipv4.tcp_keepalive_time` for long-lived connections.",
      vi: "Các tham số kernel theo namespace (sysctl) đặt cho container (`docker run --sysctl`), ví dụ `net.ipv4.tcp_keepalive_time` cho kết nối sống lâu.",
    },
    limits: {
      en: "Network sysctls (`net.*`) under `awsvpc` apply to the whole task (the containers share one network namespace): set them on one container only. IPC sysctls aren't supported with `ipcMode: host`.",
      vi: "Sysctl mạng (`net.*`) với `awsvpc` áp dụng cho cả task (các container dùng chung một network namespace): chỉ nên đặt ở một container. Sysctl IPC không hỗ trợ khi `ipcMode: host`.",
    },
    launchTypeNote: {
      en: "Not supported for Windows containers. Fargate: Linux platform version 1.4.0+.",
      vi: "Không hỗ trợ cho container Windows. Fargate: Linux platform version 1.4.0+.",
    },
    example: `"systemControls": [{ "namespace": "net.ipv4.tcp_keepalive_time", "value": "300" }]`,
    link: `${TDP}#container_definition_systemcontrols`,
  },
  'containerDefinitions[].systemControls[]': {
    summary: {
      en: "One kernel parameter: its `namespace` (the sysctl name) and `value`.",
      vi: "Một tham số kernel: `namespace` (tên sysctl) và `value`.",
    },
    link: `${API}/API_SystemControl.html`,
  },
  'containerDefinitions[].systemControls[].namespace': {
    summary: {
      en: "The sysctl name, e.g. `net.core.somaxconn`.",
      vi: "Tên sysctl, ví dụ `net.core.somaxconn`.",
    },
    limits: {
      en: "IPC namespace: `kernel.msgmax`, `kernel.msgmnb`, `kernel.msgmni`, `kernel.sem`, `kernel.shmall`, `kernel.shmmax`, `kernel.shmmni`, `kernel.shm_rmid_forced`, `fs.mqueue.*`. Network namespace: `net.*` (on Fargate only those that exist inside the container).",
      vi: "Namespace IPC: `kernel.msgmax`, `kernel.msgmnb`, `kernel.msgmni`, `kernel.sem`, `kernel.shmall`, `kernel.shmmax`, `kernel.shmmni`, `kernel.shm_rmid_forced`, `fs.mqueue.*`. Namespace mạng: `net.*` (trên Fargate chỉ những sysctl tồn tại bên trong container).",
    },
    link: `${API}/API_SystemControl.html`,
  },
  'containerDefinitions[].systemControls[].value': {
    summary: {
      en: "Value to set for the sysctl, as a string, e.g. `\"300\"`.",
      vi: "Giá trị đặt cho sysctl, dạng chuỗi, ví dụ `\"300\"`.",
    },
    link: `${API}/API_SystemControl.html`,
  },

  // ───────────────────────────── resourceRequirements ─────────────────────────────
  'containerDefinitions[].resourceRequirements': {
    summary: {
      en: "Special hardware reserved for the container: GPUs, AWS Neuron devices (Inferentia/Trainium) or, formerly, Elastic Inference accelerators. The task is only placed on an instance that has them free.",
      vi: "Phần cứng đặc biệt dành riêng cho container: GPU, thiết bị AWS Neuron (Inferentia/Trainium) hoặc, trước đây, Elastic Inference accelerator. Task chỉ được đặt lên instance còn trống các tài nguyên này.",
    },
    launchTypes: ['EC2', 'EXTERNAL', 'MANAGED_INSTANCES'],
    launchTypeNote: {
      en: "Not supported on Fargate (no GPUs there). `NeuronDevice` only on Managed Instances; Elastic Inference has been retired.",
      vi: "Không hỗ trợ trên Fargate (Fargate không có GPU). `NeuronDevice` chỉ dùng trên Managed Instances; Elastic Inference đã ngừng cung cấp.",
    },
    example: `"resourceRequirements": [{ "type": "GPU", "value": "1" }]`,
    link: `${API}/API_ResourceRequirement.html`,
  },
  'containerDefinitions[].resourceRequirements[]': {
    summary: {
      en: "One requirement: the resource `type` and the amount or identifier in `value`.",
      vi: "Một yêu cầu: loại tài nguyên `type` và số lượng hoặc định danh trong `value`.",
    },
    link: `${API}/API_ResourceRequirement.html`,
  },
  'containerDefinitions[].resourceRequirements[].value': {
    summary: {
      en: "For `GPU`: the number of GPUs to reserve (or `ALL`). For `NeuronDevice`: `ALL`. For `InferenceAccelerator`: the `deviceName` of a task-level `inferenceAccelerators` entry.",
      vi: "Với `GPU`: số GPU cần giữ (hoặc `ALL`). Với `NeuronDevice`: `ALL`. Với `InferenceAccelerator`: `deviceName` của một phần tử `inferenceAccelerators` ở cấp task.",
    },
    limits: {
      en: "Required, a string (`\"1\"`, not `1`). GPUs reserved by all containers of the task can't exceed those of the instance; only one container per task may request `NeuronDevice`.",
      vi: "Bắt buộc, là chuỗi (`\"1\"`, không phải `1`). Tổng số GPU mà các container trong task giữ không được vượt số GPU của instance; mỗi task chỉ một container được yêu cầu `NeuronDevice`.",
    },
    link: `${API}/API_ResourceRequirement.html`,
  },
  'containerDefinitions[].resourceRequirements[].type': {
    summary: {
      en: "The kind of resource: `GPU`, `NeuronDevice` or `InferenceAccelerator`.",
      vi: "Loại tài nguyên: `GPU`, `NeuronDevice` hoặc `InferenceAccelerator`.",
    },
    limits: { en: "Required.", vi: "Bắt buộc." },
    link: `${API}/API_ResourceRequirement.html`,
  },

  // ───────────────────────────── FireLens ─────────────────────────────
  'containerDefinitions[].firelensConfiguration': {
    summary: {
      en: "Marks this container as the task's **FireLens log router** (Fluent Bit or Fluentd). ECS generates its configuration from the `options` of every container that logs through `awsfirelens`.",
      vi: "Đánh dấu container này là **log router FireLens** của task (Fluent Bit hoặc Fluentd). ECS tự sinh cấu hình cho nó từ `options` của mọi container ghi log qua `awsfirelens`.",
    },
    limits: {
      en: "Only useful if at least one container uses `logDriver: awsfirelens`; normally one router per task. Use an image built for FireLens, e.g. `public.ecr.aws/aws-observability/aws-for-fluent-bit:stable`.",
      vi: "Chỉ có ý nghĩa khi có ít nhất một container dùng `logDriver: awsfirelens`; thông thường mỗi task một router. Dùng image làm sẵn cho FireLens, ví dụ `public.ecr.aws/aws-observability/aws-for-fluent-bit:stable`.",
    },
    launchTypeNote: {
      en: "Fargate: a custom config file can only come from inside the image (`config-file-type: file`), not from S3.",
      vi: "Fargate: file cấu hình tùy chỉnh chỉ được lấy từ bên trong image (`config-file-type: file`), không lấy từ S3.",
    },
    example: `{
  "name": "log_router",
  "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable",
  "essential": true,
  "firelensConfiguration": { "type": "fluentbit", "options": { "enable-ecs-log-metadata": "true" } }
}`,
    link: `${TDP}#container_definition_storage`,
  },
  'containerDefinitions[].firelensConfiguration.type': {
    summary: {
      en: "Which log router runs in this container: `fluentbit` (lightweight, AWS's default image) or `fluentd`.",
      vi: "Log router chạy trong container này: `fluentbit` (nhẹ, là image mặc định của AWS) hoặc `fluentd`.",
    },
    limits: { en: "Required.", vi: "Bắt buộc." },
    link: `${API}/API_FirelensConfiguration.html`,
  },
  'containerDefinitions[].firelensConfiguration.options': {
    summary: {
      en: "Router settings: `enable-ecs-log-metadata` (add cluster, task and container metadata to each record), `config-file-type` (`file` or `s3`) and `config-file-value` (path or S3 ARN of an extra config file).",
      vi: "Cấu hình router: `enable-ecs-log-metadata` (thêm metadata cluster, task, container vào từng bản ghi log), `config-file-type` (`file` hoặc `s3`) và `config-file-value` (đường dẫn hoặc ARN S3 của file cấu hình bổ sung).",
    },
    default: {
      en: "`enable-ecs-log-metadata` is `\"true\"`; no extra config file.",
      vi: "`enable-ecs-log-metadata` là `\"true\"`; không có file cấu hình bổ sung.",
    },
    limits: {
      en: "Fargate: `config-file-type` must be `file`. With `s3` (EC2), the execution role needs `s3:GetObject` and `s3:GetBucketLocation` on the file.",
      vi: "Fargate: `config-file-type` phải là `file`. Với `s3` (EC2), execution role cần `s3:GetObject` và `s3:GetBucketLocation` trên file đó.",
    },
    example: `"options": { "config-file-type": "file", "config-file-value": "/fluent-bit/configs/parse-json.conf" }`,
    link: `${API}/API_FirelensConfiguration.html`,
  },
  'containerDefinitions[].firelensConfiguration.options{key}': {
    summary: {
      en: "Option name: `enable-ecs-log-metadata`, `config-file-type` or `config-file-value`.",
      vi: "Tên option: `enable-ecs-log-metadata`, `config-file-type` hoặc `config-file-value`.",
    },
    link: `${API}/API_FirelensConfiguration.html`,
  },
  'containerDefinitions[].firelensConfiguration.options{}': {
    summary: {
      en: "Option value, always a string: `\"true\"`/`\"false\"`, `\"file\"`/`\"s3\"`, a file path or an S3 object ARN.",
      vi: "Giá trị option, luôn là chuỗi: `\"true\"`/`\"false\"`, `\"file\"`/`\"s3\"`, đường dẫn file hoặc ARN của object S3.",
    },
    link: `${API}/API_FirelensConfiguration.html`,
  },

  // ───────────────────────────── credentialSpecs ─────────────────────────────
  'containerDefinitions[].credentialSpecs': {
    summary: {
      en: "Credential spec (CredSpec) file that lets the container authenticate to Active Directory with a gMSA (group Managed Service Account). Preferred over `dockerSecurityOptions` for this.",
      vi: "File credential spec (CredSpec) cho phép container xác thực với Active Directory bằng gMSA (group Managed Service Account). Nên dùng trường này thay cho `dockerSecurityOptions` cho mục đích đó.",
    },
    limits: {
      en: "At most 1 item, of the form `credentialspec:ARN` (instance joined to the domain) or `credentialspecdomainless:ARN` (credentials from a Secrets Manager secret), where ARN points to the CredSpec in SSM Parameter Store or S3.",
      vi: "Tối đa 1 phần tử, dạng `credentialspec:ARN` (instance đã join domain) hoặc `credentialspecdomainless:ARN` (thông tin đăng nhập lấy từ một secret trong Secrets Manager), trong đó ARN trỏ tới CredSpec nằm trong SSM Parameter Store hoặc S3.",
    },
    launchTypeNote: {
      en: "EC2: Windows and Linux containers. Fargate: Linux containers with the domainless form only, platform version 1.4.0+.",
      vi: "EC2: Windows và Linux container. Fargate: Linux container, chỉ dạng domainless, platform version 1.4.0+.",
    },
    example: `"credentialSpecs": ["credentialspecdomainless:arn:aws:s3:::my-bucket/gmsa/webapp-credspec.json"]`,
    link: `${TDP}#container_definition_security`,
  },
  'containerDefinitions[].credentialSpecs[]': {
    summary: {
      en: "One CredSpec reference: `credentialspec:ARN` or `credentialspecdomainless:ARN` (ARN of an SSM parameter or S3 object).",
      vi: "Một tham chiếu CredSpec: `credentialspec:ARN` hoặc `credentialspecdomainless:ARN` (ARN của SSM parameter hoặc object S3).",
    },
    link: `${TDP}#container_definition_security`,
  },
};

export const containerEnumDocsB: EnumDocTable = {
  'containerDefinitions[].dependsOn[].condition': {
    START: {
      en: "Wait until the target container has been started (not necessarily ready). Same ordering as `links` and `volumesFrom` give.",
      vi: "Chờ tới khi container đích đã được khởi động (chưa chắc đã sẵn sàng). Thứ tự giống như khi dùng `links` hay `volumesFrom`.",
    },
    COMPLETE: {
      en: "Wait until the target container has exited, whatever its exit code. The target can't be essential.",
      vi: "Chờ tới khi container đích đã thoát, bất kể exit code. Container đích không được là essential.",
    },
    SUCCESS: {
      en: "Wait until the target container has exited with code `0`, e.g. a migration or init container. The target can't be essential.",
      vi: "Chờ tới khi container đích thoát với exit code `0`, ví dụ container migrate hoặc init container. Container đích không được là essential.",
    },
    HEALTHY: {
      en: "Wait until the target container passes its `healthCheck` (checked at task start only). The target must define a `healthCheck`, otherwise the task never starts.",
      vi: "Chờ tới khi container đích vượt qua `healthCheck` của nó (chỉ xét lúc task khởi động). Container đích bắt buộc phải có `healthCheck`, nếu không task sẽ không bao giờ khởi động.",
    },
  },
  'containerDefinitions[].versionConsistency': {
    enabled: {
      en: "ECS resolves the image tag to a digest at deployment; every task of that deployment runs the same image even if the tag moves.",
      vi: "ECS phân giải tag của image thành digest lúc triển khai; mọi task của lần deployment đó chạy cùng một image kể cả khi tag bị đổi.",
    },
    disabled: {
      en: "ECS uses the image reference as written; each new task pulls whatever the tag points to at that moment, so tasks may drift apart.",
      vi: "ECS dùng nguyên tham chiếu image như đã ghi; mỗi task mới kéo image mà tag đang trỏ tới vào lúc đó, nên các task có thể chạy image khác nhau.",
    },
  },
  'containerDefinitions[].ulimits[].name': {
    core: {
      en: "Maximum size of a core dump file (bytes). `0` disables core dumps.",
      vi: "Kích thước tối đa của file core dump (byte). `0` nghĩa là tắt core dump.",
    },
    cpu: {
      en: "CPU time a process may use (seconds) before it receives `SIGXCPU`.",
      vi: "Thời gian CPU một process được dùng (giây) trước khi nhận tín hiệu `SIGXCPU`.",
    },
    data: {
      en: "Maximum size of a process's data segment (bytes).",
      vi: "Kích thước tối đa của data segment của một process (byte).",
    },
    fsize: {
      en: "Maximum size of a file the process may create (bytes).",
      vi: "Kích thước tối đa của file mà process được tạo ra (byte).",
    },
    locks: {
      en: "Maximum number of file locks.",
      vi: "Số lượng file lock tối đa.",
    },
    memlock: {
      en: "Maximum memory that may be locked in RAM (bytes), e.g. for `mlock`; some databases and Elasticsearch need it raised.",
      vi: "Dung lượng memory tối đa được khóa trong RAM (byte), ví dụ với `mlock`; một số database và Elasticsearch cần nâng giá trị này.",
    },
    msgqueue: {
      en: "Maximum bytes in POSIX message queues.",
      vi: "Số byte tối đa trong các POSIX message queue.",
    },
    nice: {
      en: "Ceiling for raising the process's scheduling priority (nice value).",
      vi: "Mức trần để nâng độ ưu tiên lập lịch (nice value) của process.",
    },
    nofile: {
      en: "Maximum number of open file descriptors (files and sockets); the limit most often raised for servers. Fargate default 65535, up to 1048576.",
      vi: "Số file descriptor mở tối đa (file và socket); là giới hạn hay phải nâng nhất cho server. Fargate mặc định 65535, tối đa 1048576.",
    },
    nproc: {
      en: "Maximum number of processes/threads for the user.",
      vi: "Số process/thread tối đa cho user.",
    },
    rss: {
      en: "Maximum resident set size (bytes); ignored by modern Linux kernels, use container `memory` instead.",
      vi: "Kích thước resident set tối đa (byte); kernel Linux hiện đại bỏ qua giới hạn này, hãy dùng `memory` của container thay thế.",
    },
    rtprio: {
      en: "Maximum real-time scheduling priority.",
      vi: "Độ ưu tiên lập lịch real-time tối đa.",
    },
    rttime: {
      en: "CPU time a real-time process may use without blocking (microseconds).",
      vi: "Thời gian CPU một process real-time được dùng liên tục mà không block (micro giây).",
    },
    sigpending: {
      en: "Maximum number of signals that may be queued.",
      vi: "Số tín hiệu (signal) tối đa được xếp hàng chờ.",
    },
    stack: {
      en: "Maximum stack size of a process (bytes).",
      vi: "Kích thước stack tối đa của một process (byte).",
    },
  },
  'containerDefinitions[].logConfiguration.logDriver': {
    'json-file': {
      en: "Docker's default: JSON files on the instance's disk. EC2 / EXTERNAL only; logs disappear with the instance.",
      vi: "Driver mặc định của Docker: ghi file JSON trên đĩa của instance. Chỉ EC2 / EXTERNAL; log mất theo instance.",
    },
    syslog: {
      en: "Sends to a syslog server (local or remote, `syslog-address`). EC2 / EXTERNAL only.",
      vi: "Gửi tới syslog server (cục bộ hoặc từ xa, `syslog-address`). Chỉ EC2 / EXTERNAL.",
    },
    journald: {
      en: "Writes to the instance's systemd journal. EC2 / EXTERNAL only.",
      vi: "Ghi vào systemd journal của instance. Chỉ EC2 / EXTERNAL.",
    },
    gelf: {
      en: "Sends GELF messages to Graylog or Logstash (`gelf-address`). EC2 / EXTERNAL only.",
      vi: "Gửi bản tin GELF tới Graylog hoặc Logstash (`gelf-address`). Chỉ EC2 / EXTERNAL.",
    },
    fluentd: {
      en: "Sends to a Fluentd/Fluent Bit daemon you run (`fluentd-address`). EC2 / EXTERNAL only; on Fargate use `awsfirelens`.",
      vi: "Gửi tới Fluentd/Fluent Bit daemon do bạn tự chạy (`fluentd-address`). Chỉ EC2 / EXTERNAL; trên Fargate hãy dùng `awsfirelens`.",
    },
    awslogs: {
      en: "Sends to CloudWatch Logs. Needs `awslogs-group` and `awslogs-region` (plus `awslogs-stream-prefix` on Fargate) and an execution role with `logs:CreateLogStream` / `logs:PutLogEvents`. The usual choice.",
      vi: "Gửi tới CloudWatch Logs. Cần `awslogs-group` và `awslogs-region` (thêm `awslogs-stream-prefix` trên Fargate) cùng execution role có `logs:CreateLogStream` / `logs:PutLogEvents`. Lựa chọn phổ biến nhất.",
    },
    splunk: {
      en: "Sends to a Splunk HTTP Event Collector (`splunk-url`, `splunk-token`, preferably via `secretOptions`). Supported on Fargate.",
      vi: "Gửi tới Splunk HTTP Event Collector (`splunk-url`, `splunk-token`, nên truyền qua `secretOptions`). Hỗ trợ trên Fargate.",
    },
    awsfirelens: {
      en: "Sends to the task's FireLens log router (a container with `firelensConfiguration`), which forwards to CloudWatch, Firehose, S3, OpenSearch or partners. Supported on Fargate.",
      vi: "Gửi tới log router FireLens của task (một container có `firelensConfiguration`), router này chuyển tiếp tới CloudWatch, Firehose, S3, OpenSearch hoặc đối tác. Hỗ trợ trên Fargate.",
    },
  },
  'containerDefinitions[].resourceRequirements[].type': {
    GPU: {
      en: "Physical NVIDIA GPUs on a GPU instance; `value` is the count (or `ALL`). Not on Fargate.",
      vi: "GPU NVIDIA vật lý trên instance có GPU; `value` là số lượng (hoặc `ALL`). Không dùng được trên Fargate.",
    },
    InferenceAccelerator: {
      en: "An Elastic Inference accelerator named in the task's `inferenceAccelerators`. The service is retired: don't use it in new definitions.",
      vi: "Một Elastic Inference accelerator được khai báo trong `inferenceAccelerators` của task. Dịch vụ này đã ngừng: đừng dùng trong task definition mới.",
    },
    NeuronDevice: {
      en: "AWS Neuron devices (Inferentia/Trainium); `value` must be `ALL`, one container per task. Managed Instances only.",
      vi: "Thiết bị AWS Neuron (Inferentia/Trainium); `value` phải là `ALL`, mỗi task chỉ một container. Chỉ dùng trên Managed Instances.",
    },
  },
  'containerDefinitions[].firelensConfiguration.type': {
    fluentd: {
      en: "Fluentd as log router: rich plugin ecosystem, heavier in memory.",
      vi: "Dùng Fluentd làm log router: hệ sinh thái plugin phong phú, tốn memory hơn.",
    },
    fluentbit: {
      en: "Fluent Bit as log router: lightweight; AWS publishes the `aws-for-fluent-bit` image for it. The usual choice.",
      vi: "Dùng Fluent Bit làm log router: nhẹ; AWS phát hành sẵn image `aws-for-fluent-bit`. Lựa chọn phổ biến.",
    },
  },
};
