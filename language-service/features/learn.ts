/**
 * The "Learn the concepts" page: one bilingual Markdown page that walks a learner through the six topics
 * of a typical ECS study note (the building blocks, launch types, the three IAM identities, load
 * balancers, EFS, and Fargate + EFS together), each linked to the fields whose hover explains it and
 * the rules that check it. The text lives here (one source of truth, both languages side by side); the
 * server serves it through `workspace/executeCommand` (`ecsTaskDefinition.learn`) so that every editor
 * can show it, and the VS Code client only opens it in a Markdown preview.
 */
import type { Lang } from '../../common/settings';
import { fieldDoc, type DefinitionKind } from '../field-docs';
import { joinBlocks, joinInline } from '../i18n/text';
import type { Bilingual } from '../field-docs/types';
import { allRules } from '../rules';
import type { Rule } from '../rules/rule';

const md = (...lines: string[]): string => lines.join('\n');

export interface LearnTopic {
  id: string;
  title: Bilingual;
  /** The explanation: what the learner should take away, and the usual misunderstanding corrected. */
  body: Bilingual;
  /** Fields whose hover goes deeper, as doc keys of a task or service definition. */
  fields: Array<{ kind: DefinitionKind; key: string }>;
  /** Rules that check this topic, by code. */
  rules: string[];
  /** Snippets (completion prefixes) that start a file with this topic done right. */
  snippets?: string[];
}

export const learnTexts = {
  title: { en: 'Learn the ECS concepts', vi: 'Tìm hiểu các khái niệm ECS' },
  intro: {
    en: 'Six topics, in the order you meet them. Each ends with the fields to hover in a task or service definition (the hover goes deeper, in your language) and the rules that check the topic while you type. To start a file, type `ecs-` in an empty JSON file for a ready-made task definition, or run **ECS: New task definition…**.',
    vi: 'Sáu chủ đề, theo thứ tự bạn sẽ gặp. Cuối mỗi chủ đề là các trường nên hover trong task definition hoặc service definition (hover giải thích kỹ hơn, bằng ngôn ngữ bạn chọn) và các rule kiểm tra chủ đề đó ngay khi bạn gõ. Để bắt đầu một file, gõ `ecs-` trong một file JSON trống để có sẵn một task definition mẫu, hoặc chạy lệnh **ECS: Tạo task definition mới…**.',
  },
  fields: { en: 'Fields to hover', vi: 'Các trường nên hover' },
  rules: { en: 'Rules that check it', vi: 'Các rule kiểm tra' },
  snippets: { en: 'Start from a snippet', vi: 'Bắt đầu từ snippet' },
  taskField: { en: 'task definition', vi: 'task definition' },
  serviceField: { en: 'service definition', vi: 'service definition' },
} satisfies Record<string, Bilingual>;

export const LEARN_TOPICS: readonly LearnTopic[] = [
  {
    id: 'building-blocks',
    title: { en: '1. The building blocks: image, task definition, task, service, cluster', vi: '1. Các khối cơ bản: image, task definition, task, service, cluster' },
    body: {
      en: md(
        '| ECS | Think of it as |',
        '|---|---|',
        '| Image | What `docker build` makes from your Dockerfile, pushed to a registry such as ECR |',
        '| Task definition | A compose file: 1 to 10 containers that always run together, with cpu/memory, ports, roles, volumes and logs |',
        '| Task | One running copy of a task definition |',
        '| Service | Keeps N tasks running (`desiredCount`), replaces those that stop, and puts them behind a load balancer |',
        '| Cluster | The pool of capacity the tasks run on: EC2 instances, Fargate, or both |',
        '',
        'A task definition is not a Dockerfile (the Dockerfile builds the image the task definition points at), a task is not a container (it holds up to 10), and a cluster is not "the tasks": it is where they run.',
      ),
      vi: md(
        '| ECS | Hình dung như |',
        '|---|---|',
        '| Image | Thứ mà `docker build` tạo ra từ Dockerfile của bạn, đẩy lên một registry như ECR |',
        '| Task definition | Một file compose: 1 đến 10 container luôn chạy cùng nhau, kèm cpu/memory, port, role, volume và log |',
        '| Task | Một bản đang chạy của task definition |',
        '| Service | Giữ cho N task luôn chạy (`desiredCount`), thay task bị dừng, và đặt chúng sau load balancer |',
        '| Cluster | Nhóm capacity mà task chạy trên đó: EC2 instance, Fargate, hoặc cả hai |',
        '',
        'Task definition không phải Dockerfile (Dockerfile build ra image mà task definition trỏ tới), task không phải một container (một task chứa tối đa 10 container), và cluster không phải "các task": cluster là nơi task chạy.',
      ),
    },
    fields: [
      { kind: 'task', key: 'family' },
      { kind: 'task', key: 'containerDefinitions' },
      { kind: 'task', key: 'containerDefinitions[].image' },
      { kind: 'service', key: 'taskDefinition' },
      { kind: 'service', key: 'desiredCount' },
      { kind: 'service', key: 'cluster' },
    ],
    rules: ['ECS004', 'ECS501', 'ECS502', 'ECS706'],
    snippets: ['ecs-fargate-web', 'ecs-container'],
  },
  {
    id: 'launch-types',
    title: { en: '2. Launch types: EC2 or Fargate', vi: '2. Launch type: EC2 hay Fargate' },
    body: {
      en: md(
        '- **EC2**: the cluster is made of your EC2 instances. Each one runs the **ECS agent**, which registers the instance into the cluster with the instance\'s IAM role (the *instance profile*) and starts the containers ECS places there. Full control (GPUs, privileged agents, host paths), but you patch and scale the instances.',
        '- **Fargate**: AWS runs the servers. You only choose a task size, a `cpu`/`memory` pair from a fixed list, and pay for it per second. The network mode is always `awsvpc`, and host-level settings are refused.',
        '- `requiresCompatibilities` only tells ECS which rules to **check** when you register; where a task **runs** is decided by the `launchType` or `capacityProviderStrategy` of the service (or of `run-task`). Without it, only the EC2 rules are checked.',
      ),
      vi: md(
        '- **EC2**: cluster gồm các EC2 instance của bạn. Mỗi instance chạy **ECS agent**; agent dùng IAM role của instance (*instance profile*) để đăng ký instance vào cluster và khởi động các container mà ECS đặt lên đó. Toàn quyền kiểm soát (GPU, agent privileged, đường dẫn trên host), nhưng bạn phải tự vá lỗi và scale instance.',
        '- **Fargate**: AWS lo phần server. Bạn chỉ chọn kích thước task, một cặp `cpu`/`memory` trong danh sách cố định, và trả tiền theo giây. Network mode luôn là `awsvpc`, còn các thiết lập cấp host bị từ chối.',
        '- `requiresCompatibilities` chỉ cho ECS biết cần **kiểm tra** theo quy tắc nào khi đăng ký; task **chạy** ở đâu là do `launchType` hoặc `capacityProviderStrategy` của service (hoặc của `run-task`) quyết định. Nếu thiếu trường này, ECS chỉ kiểm tra theo quy tắc của EC2.',
      ),
    },
    fields: [
      { kind: 'task', key: 'requiresCompatibilities' },
      { kind: 'task', key: 'networkMode' },
      { kind: 'task', key: 'cpu' },
      { kind: 'task', key: 'memory' },
      { kind: 'service', key: 'launchType' },
      { kind: 'service', key: 'capacityProviderStrategy' },
    ],
    rules: ['ECS101', 'ECS102', 'ECS103', 'ECS105', 'ECS106', 'ECS109', 'ECS112', 'ECS705', 'ECS706'],
    snippets: ['ecs-fargate-web', 'ecs-ec2-bridge'],
  },
  {
    id: 'iam',
    title: { en: '3. Three IAM identities: task role, execution role, instance profile', vi: '3. Ba danh tính IAM: task role, execution role, instance profile' },
    body: {
      en: md(
        '| | Used by | For |',
        '|---|---|---|',
        '| Task role (`taskRoleArn`) | Your code in the containers | The AWS APIs your app calls (S3, DynamoDB...), one role per task |',
        '| Execution role (`executionRoleArn`) | ECS itself (the agent, or Fargate) | Pulling private ECR images, delivering `awslogs` logs, reading `secrets` and S3 `environmentFiles` |',
        '| Instance profile | The EC2 instance and its ECS agent | Registering the instance into the cluster; image pulls and logs only for tasks without an execution role |',
        '',
        'Two common mistakes: "on Fargate only the task role is needed" (no: Fargate has no instance profile, so most Fargate tasks need both roles), and "the instance profile reads the secrets" (no: `secrets` always go through the execution role, on every launch type).',
      ),
      vi: md(
        '| | Ai dùng | Để làm gì |',
        '|---|---|---|',
        '| Task role (`taskRoleArn`) | Code của bạn trong container | Các AWS API mà ứng dụng gọi (S3, DynamoDB...), mỗi task một role |',
        '| Execution role (`executionRoleArn`) | Chính ECS (agent, hoặc Fargate) | Kéo image ECR riêng tư, đẩy log `awslogs`, đọc `secrets` và `environmentFiles` trên S3 |',
        '| Instance profile | EC2 instance và ECS agent trên đó | Đăng ký instance vào cluster; kéo image và ghi log chỉ cho task không có execution role |',
        '',
        'Hai hiểu nhầm thường gặp: "trên Fargate chỉ cần task role" (sai: Fargate không có instance profile, nên phần lớn task Fargate cần cả hai role), và "instance profile đọc secret" (sai: `secrets` luôn đi qua execution role, trên mọi launch type).',
      ),
    },
    fields: [
      { kind: 'task', key: 'taskRoleArn' },
      { kind: 'task', key: 'executionRoleArn' },
      { kind: 'task', key: 'containerDefinitions[].secrets' },
    ],
    rules: ['ECS201', 'ECS202', 'ECS203', 'ECS204', 'ECS205', 'ECS206', 'ECS601'],
    snippets: ['ecs-secret-secretsmanager', 'ecs-secret-ssm'],
  },
  {
    id: 'load-balancers',
    title: { en: '4. Load balancers: ALB, NLB, CLB', vi: '4. Load balancer: ALB, NLB, CLB' },
    body: {
      en: md(
        '- **ALB** (Application, layer 7) is the default choice for HTTP/HTTPS: routing by path and host, works with EC2 and Fargate.',
        '- **NLB** (Network, layer 4) for TCP/UDP, when clients need static IP addresses, or to offer the service through PrivateLink.',
        '- **CLB** (Classic) is the legacy generation: it registers instances, not IP addresses, so it cannot serve Fargate or any `awsvpc` task.',
        '',
        'The service, not the task definition, attaches the load balancer: `loadBalancers` names a target group, a container and a `containerPort` that must exist in the task definition. `awsvpc` tasks need a target group of type `ip`.',
      ),
      vi: md(
        '- **ALB** (Application, tầng 7) là lựa chọn mặc định cho HTTP/HTTPS: định tuyến theo path và host, dùng được với EC2 và Fargate.',
        '- **NLB** (Network, tầng 4) cho TCP/UDP, khi client cần địa chỉ IP tĩnh, hoặc để cung cấp service qua PrivateLink.',
        '- **CLB** (Classic) là thế hệ cũ: nó đăng ký instance chứ không đăng ký địa chỉ IP, nên không phục vụ được Fargate hay bất kỳ task `awsvpc` nào.',
        '',
        'Service, chứ không phải task definition, mới gắn load balancer: `loadBalancers` chỉ ra một target group, một container và một `containerPort` phải có trong task definition. Task `awsvpc` cần target group loại `ip`.',
      ),
    },
    fields: [
      { kind: 'service', key: 'loadBalancers' },
      { kind: 'service', key: 'loadBalancers[].targetGroupArn' },
      { kind: 'task', key: 'containerDefinitions[].portMappings' },
      { kind: 'service', key: 'healthCheckGracePeriodSeconds' },
    ],
    rules: ['ECS306', 'ECS701', 'ECS702', 'ECS703', 'ECS708', 'ECS709', 'ECS710', 'ECS711'],
    snippets: ['ecs-fargate-web', 'ecs-port-mapping'],
  },
  {
    id: 'efs',
    title: { en: '5. Keeping data: Amazon EFS', vi: '5. Lưu dữ liệu lâu dài: Amazon EFS' },
    body: {
      en: md(
        'A container\'s own file system disappears with the task. EFS is a managed, shared NFS file system: it grows and shrinks with what you store and is billed for that use, nothing to provision, and many tasks in several Availability Zones can use it at once. It is network storage, so its latency is higher than a local or EBS disk: good for shared files, not for a busy database.',
        '',
        'Two steps: declare a volume with `efsVolumeConfiguration` at task level, then mount it in each container with `mountPoints` (`sourceVolume` = the volume\'s `name`). Turn on transit encryption; an access point or IAM authorization require it.',
      ),
      vi: md(
        'File system riêng của container biến mất cùng task. EFS là file system NFS dùng chung do AWS quản lý: co giãn theo lượng dữ liệu thực có và tính tiền theo mức dùng đó, không cần cấp phát trước, và nhiều task ở nhiều Availability Zone có thể dùng cùng lúc. Đây là storage qua mạng, nên độ trễ cao hơn ổ đĩa local hay EBS: hợp với file dùng chung, không hợp với database ghi liên tục.',
        '',
        'Hai bước: khai báo một volume có `efsVolumeConfiguration` ở cấp task, rồi mount nó vào từng container bằng `mountPoints` (`sourceVolume` = `name` của volume). Hãy bật mã hóa khi truyền (transit encryption); access point hay IAM authorization đều bắt buộc phải bật.',
      ),
    },
    fields: [
      { kind: 'task', key: 'volumes' },
      { kind: 'task', key: 'volumes[].efsVolumeConfiguration' },
      { kind: 'task', key: 'containerDefinitions[].mountPoints' },
    ],
    rules: ['ECS401', 'ECS406', 'ECS407', 'ECS408', 'ECS410'],
    snippets: ['ecs-efs-volume'],
  },
  {
    id: 'fargate-efs',
    title: { en: '6. Fargate and EFS together', vi: '6. Kết hợp Fargate và EFS' },
    body: {
      en: md(
        'Fargate runs the tasks and EFS keeps their data, so neither needs servers of yours. What makes the pair work:',
        '',
        '- Fargate platform version 1.4.0 or later (the default `LATEST` is fine), Linux only;',
        '- a mount target of the file system in every Availability Zone of the service\'s subnets, with NFS (TCP 2049) allowed from the tasks\' security group;',
        '- with `iam: ENABLED`, the **task role** (not the execution role) needs `elasticfilesystem:ClientMount` (and `ClientWrite` to write).',
      ),
      vi: md(
        'Fargate chạy task còn EFS giữ dữ liệu của chúng, nên không bên nào cần server của bạn. Để cặp này chạy được:',
        '',
        '- Fargate platform version 1.4.0 trở lên (mặc định `LATEST` là được), chỉ với Linux;',
        '- file system có mount target ở mọi Availability Zone của các subnet mà service dùng, và security group cho phép NFS (TCP 2049) từ security group của task;',
        '- với `iam: ENABLED`, **task role** (không phải execution role) cần `elasticfilesystem:ClientMount` (và `ClientWrite` nếu ghi).',
      ),
    },
    fields: [
      { kind: 'task', key: 'volumes[].efsVolumeConfiguration.authorizationConfig.iam' },
      { kind: 'task', key: 'volumes[].efsVolumeConfiguration.transitEncryption' },
      { kind: 'service', key: 'platformVersion' },
      { kind: 'service', key: 'networkConfiguration.awsvpcConfiguration.securityGroups' },
    ],
    rules: ['ECS206', 'ECS406', 'ECS407', 'ECS704'],
    snippets: ['ecs-fargate-efs'],
  },
];

/** The rules of a topic (codes that no rule has any more are skipped; a test keeps the list honest). */
export function topicRules(topic: LearnTopic, rules: readonly Rule[] = allRules): Rule[] {
  return topic.rules.map((c) => rules.find((r) => r.code === c)).filter((r): r is Rule => !!r);
}

function fieldName(key: string): string {
  return key.replace(/\[\]/g, '[]');
}

function renderLang(lang: Lang): string {
  const out: string[] = [`# ${learnTexts.title[lang]}`, '', learnTexts.intro[lang]];
  for (const t of LEARN_TOPICS) {
    out.push('', `## ${t.title[lang]}`, '', t.body[lang], '', `**${learnTexts.fields[lang]}**`, '');
    for (const f of t.fields) {
      const d = fieldDoc(f.key, f.kind);
      const where = f.kind === 'task' ? learnTexts.taskField[lang] : learnTexts.serviceField[lang];
      const name = d ? `[\`${fieldName(f.key)}\`](${d.link})` : `\`${fieldName(f.key)}\``;
      out.push(`- ${name} (${where})`);
    }
    const rules = topicRules(t);
    if (rules.length) {
      out.push('', `**${learnTexts.rules[lang]}**`, '');
      for (const r of rules) out.push(`- [${r.code}](${r.docs}) ${r.title[lang]}`);
    }
    if (t.snippets?.length) out.push('', `**${learnTexts.snippets[lang]}**: ${t.snippets.map((s) => '`' + s + '`').join(', ')}`);
  }
  return out.join('\n');
}

export interface LearnPage {
  title: string;
  /** A file name for editors that show the page as a document. */
  name: string;
  markdown: string;
}

/** The Learn page in the chosen languages (Vietnamese first when both). */
export function learnPage(langs: readonly Lang[]): LearnPage {
  return {
    title: joinInline(langs.map((l) => learnTexts.title[l])),
    name: 'ecs-concepts.md',
    markdown: joinBlocks(langs, renderLang) + '\n',
  };
}
