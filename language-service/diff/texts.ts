/** Every user-facing text of the semantic diff, in both languages side by side. */
import type { Bilingual } from '../field-docs/types';

export const diffTexts = {
  notes: {
    image: {
      en: 'A new image: updating the service with this revision starts a new deployment (new tasks replace the old ones).',
      vi: 'Image mới: cập nhật service sang revision này sẽ tạo một lần deploy mới (task mới thay dần task cũ).',
    },
    ports: {
      en: 'The port mappings change: the load balancer\'s target group, health check and security groups must follow the container port.',
      vi: 'Port mapping thay đổi: target group, health check của load balancer và security group phải đổi theo container port.',
    },
    containerSize: {
      en: 'The container\'s share of cpu or memory changes; with a hard `memory` limit, a container that goes over it is killed (OOM).',
      vi: 'Phần cpu hoặc memory dành cho container thay đổi; với giới hạn cứng `memory`, container dùng vượt mức sẽ bị kill (OOM).',
    },
    essential: {
      en: 'Whether the task stops when this container stops changes.',
      vi: 'Thay đổi việc task có dừng theo khi container này dừng hay không.',
    },
    containerAdded: {
      en: 'A new container: every task of this revision runs it too, within the task\'s cpu and memory.',
      vi: 'Container mới: mọi task của revision này đều chạy thêm nó, trong phạm vi cpu và memory của task.',
    },
    containerRemoved: {
      en: 'The container is gone: nothing else may still depend on it (`dependsOn`, `links`, the service\'s load balancer `containerName`).',
      vi: 'Container này bị bỏ: không được còn gì phụ thuộc vào nó (`dependsOn`, `links`, `containerName` trong load balancer của service).',
    },
    containerChanged: {
      en: 'The container changes.',
      vi: 'Container thay đổi.',
    },
    secretToEnvironment: {
      en: 'Security smell: `{name}` moved from `secrets` to `environment`, so its value is now stored in plain text in the task definition.',
      vi: 'Dấu hiệu mất an toàn: `{name}` chuyển từ `secrets` sang `environment`, nên giá trị của nó giờ nằm dạng văn bản thường trong task definition.',
    },
    environmentToSecret: {
      en: '`{name}` moved from `environment` to `secrets`: good. The execution role must be allowed to read the secret.',
      vi: '`{name}` chuyển từ `environment` sang `secrets`: tốt. Execution role phải có quyền đọc secret đó.',
    },
    resize: {
      en: 'Resizes the task: each task reserves this much cpu or memory from its capacity.',
      vi: 'Đổi kích thước task: mỗi task sẽ giữ chừng này cpu hoặc memory của hạ tầng chạy nó.',
    },
    resizeFargateValid: {
      en: 'Resizes the task; on Fargate {cpu} CPU units with {memory} MiB is a valid pair (it also changes the price).',
      vi: 'Đổi kích thước task; trên Fargate, {cpu} CPU unit với {memory} MiB là cặp hợp lệ (giá cũng đổi theo).',
    },
    resizeFargateInvalid: {
      en: 'Resizes the task, but on Fargate {cpu} CPU units with {memory} MiB is not a valid pair: ECS will reject this revision.',
      vi: 'Đổi kích thước task, nhưng trên Fargate {cpu} CPU unit với {memory} MiB không phải cặp hợp lệ: ECS sẽ từ chối revision này.',
    },
    taskRole: {
      en: 'Another task role: changes what the application in the containers may do in AWS.',
      vi: 'Task role khác: thay đổi những gì ứng dụng trong container được phép làm trên AWS.',
    },
    executionRole: {
      en: 'Another execution role: changes what ECS may do for the task (pull the image, write logs, read `secrets`).',
      vi: 'Execution role khác: thay đổi những gì ECS được làm thay cho task (kéo image, ghi log, đọc `secrets`).',
    },
    networkMode: {
      en: 'Another network mode: changes how tasks get their network; `awsvpc` needs subnets and security groups in the service.',
      vi: 'Network mode khác: thay đổi cách task nhận mạng; `awsvpc` cần subnet và security group trong service.',
    },
    launchTypes: {
      en: 'Changes the launch types ECS checks this definition against when it is registered.',
      vi: 'Thay đổi các launch type mà ECS dùng để kiểm tra definition này khi đăng ký.',
    },
    family: {
      en: 'Another family: this is a different task definition, not a new revision of the same one.',
      vi: 'Family khác: đây là một task definition khác, không phải revision mới của cùng một cái.',
    },
  },
  task: { en: 'Task definition', vi: 'Task definition' },
  container: { en: 'Container `{name}`', vi: 'Container `{name}`' },
  containerAdded: { en: 'Container `{name}` (added)', vi: 'Container `{name}` (thêm mới)' },
  containerRemoved: { en: 'Container `{name}` (removed)', vi: 'Container `{name}` (bị bỏ)' },
  added: { en: 'added', vi: 'thêm' },
  removed: { en: 'removed', vi: 'bỏ' },
  changed: { en: 'changed', vi: 'đổi' },
  equivalent: {
    en: '{left} and {right} are equivalent: ECS would register the same task definition.',
    vi: '{left} và {right} tương đương nhau: ECS sẽ đăng ký cùng một task definition.',
  },
  summaryOne: { en: '{left} → {right}: 1 change', vi: '{left} → {right}: 1 thay đổi' },
  summaryMany: { en: '{left} → {right}: {count} changes', vi: '{left} → {right}: {count} thay đổi' },
  hidden: { en: '(hidden)', vi: '(đã ẩn)' },
  badSyntax: {
    en: '{file} is not valid JSON: fix its syntax first (`ecs-taskdef check {file}` shows where).',
    vi: '{file} không phải JSON hợp lệ: hãy sửa cú pháp trước (`ecs-taskdef check {file}` chỉ ra chỗ sai).',
  },
  notATaskDefinition: {
    en: '{file} is not a task definition (neither a register-task-definition input nor describe-task-definition output).',
    vi: '{file} không phải task definition (không phải input của register-task-definition, cũng không phải output của describe-task-definition).',
  },
  normalizedTitle: { en: '{file} (normalized)', vi: '{file} (đã chuẩn hóa)' },
  reportTitle: { en: 'Semantic changes: {left} → {right}', vi: 'Thay đổi về ý nghĩa: {left} → {right}' },
} satisfies Record<string, Bilingual | Record<string, Bilingual>>;
