import { booleanValue, elements, pathOf, propertyValue, stringValue, type JsonNode } from '../../model/document';
import { defineRule } from '../rule';
import { containerLabel, keyNode, nonEmptyArray, removeAtPath } from './support';

type When = 'true' | 'nonEmpty' | 'present';

/** Container settings Fargate refuses; `variant` picks a message that says what to do instead. */
const CONTAINER_FIELDS: ReadonlyArray<{ field: string; when: When; variant?: string }> = [
  { field: 'privileged', when: 'true', variant: 'privileged' },
  { field: 'links', when: 'nonEmpty', variant: 'links' },
  { field: 'hostname', when: 'present', variant: 'hostname' },
  { field: 'disableNetworking', when: 'true' },
  { field: 'dnsServers', when: 'nonEmpty', variant: 'dns' },
  { field: 'dnsSearchDomains', when: 'nonEmpty', variant: 'dns' },
  { field: 'extraHosts', when: 'nonEmpty', variant: 'extraHosts' },
  { field: 'dockerSecurityOptions', when: 'nonEmpty' },
];

const LINUX_FIELDS: ReadonlyArray<{ field: string; when: When; variant?: string }> = [
  { field: 'devices', when: 'nonEmpty', variant: 'hostAccess' },
  { field: 'sharedMemorySize', when: 'present' },
  { field: 'tmpfs', when: 'nonEmpty' },
  { field: 'maxSwap', when: 'present', variant: 'swap' },
  { field: 'swappiness', when: 'present', variant: 'swap' },
];

function applies(node: JsonNode | undefined, when: When): boolean {
  if (!node || node.type === 'null') return false;
  if (when === 'true') return booleanValue(node) === true;
  if (when === 'nonEmpty') return nonEmptyArray(node);
  // A blank string is not set; any other value (a number, an object) is.
  return stringValue(node)?.trim() !== '';
}

/** ECS106: container settings that Fargate does not support. */
export const fargateUnsupportedContainerFeature = defineRule({
  code: 'ECS106',
  name: 'fargate-unsupported-container-feature',
  topic: 'launch-types',
  severity: 'error',
  title: { en: 'Container setting not supported on Fargate', vi: 'Thiết lập container không được Fargate hỗ trợ' },
  message: { en: 'Container `{container}`: Fargate does not support `{field}`.', vi: 'Container `{container}`: Fargate không hỗ trợ `{field}`.' },
  variants: {
    privileged: { en: 'Container `{container}`: Fargate does not run privileged containers, since there is no host you may control.', vi: 'Container `{container}`: Fargate không chạy container ở chế độ privileged, vì bạn không được toàn quyền trên host.' },
    links: { en: 'Container `{container}`: `links` do not exist on Fargate. Containers of an awsvpc task share one network namespace: reach the other container at `localhost:<port>`.', vi: 'Container `{container}`: Fargate không có `links`. Các container trong một task awsvpc dùng chung network namespace: hãy gọi container kia qua `localhost:<port>`.' },
    hostname: { en: 'Container `{container}`: `hostname` is not supported with awsvpc, the only network mode of Fargate.', vi: 'Container `{container}`: `hostname` không được hỗ trợ với awsvpc, network mode duy nhất của Fargate.' },
    dns: { en: 'Container `{container}`: Fargate does not support `{field}`; name resolution comes from the VPC (its DHCP options and Route 53 Resolver).', vi: 'Container `{container}`: Fargate không hỗ trợ `{field}`; việc phân giải tên miền do VPC đảm nhiệm (DHCP options của VPC và Route 53 Resolver).' },
    extraHosts: { en: 'Container `{container}`: Fargate does not support `extraHosts` (entries in /etc/hosts). Use DNS instead, for example a Route 53 private hosted zone or Cloud Map.', vi: 'Container `{container}`: Fargate không hỗ trợ `extraHosts` (thêm dòng vào /etc/hosts). Hãy dùng DNS, ví dụ private hosted zone của Route 53 hoặc Cloud Map.' },
    hostAccess: { en: 'Container `{container}`: Fargate does not give containers host devices (`linuxParameters.devices`).', vi: 'Container `{container}`: Fargate không cho container dùng thiết bị của host (`linuxParameters.devices`).' },
    swap: { en: 'Container `{container}`: Fargate has no swap, so `linuxParameters.{field}` is not supported.', vi: 'Container `{container}`: Fargate không có swap, nên không hỗ trợ `linuxParameters.{field}`.' },
    linux: { en: 'Container `{container}`: Fargate does not support `linuxParameters.{field}`.', vi: 'Container `{container}`: Fargate không hỗ trợ `linuxParameters.{field}`.' },
    gpu: { en: 'Container `{container}`: Fargate has no GPUs. Run GPU workloads on EC2 (or Managed Instances) with a GPU instance type.', vi: 'Container `{container}`: Fargate không có GPU. Hãy chạy workload cần GPU trên EC2 (hoặc Managed Instances) với loại instance có GPU.' },
    inferenceAccelerator: { en: 'Container `{container}`: Fargate does not support Elastic Inference accelerators (a retired service).', vi: 'Container `{container}`: Fargate không hỗ trợ Elastic Inference accelerator (dịch vụ đã ngừng hoạt động).' },
    firelensS3: { en: 'Container `{container}`: on Fargate FireLens can only read its configuration from a file in the image (`config-file-type: file`), not from S3.', vi: 'Container `{container}`: trên Fargate, FireLens chỉ đọc được cấu hình từ file có sẵn trong image (`config-file-type: file`), không đọc từ S3.' },
  },
  description: {
    en: 'Fargate hides the host, so container settings that depend on it are refused at registration: `privileged`, `links`, `hostname`, `disableNetworking`, `dnsServers`, `dnsSearchDomains`, `extraHosts`, `dockerSecurityOptions`, the `linuxParameters` `devices`, `sharedMemorySize`, `tmpfs`, `maxSwap` and `swappiness`, GPU resource requirements, and FireLens configuration loaded from S3. The quick fix removes the setting; check that the application does not rely on it.',
    vi: 'Trên Fargate bạn không truy cập được host, nên các thiết lập container phụ thuộc vào host bị từ chối khi đăng ký: `privileged`, `links`, `hostname`, `disableNetworking`, `dnsServers`, `dnsSearchDomains`, `extraHosts`, `dockerSecurityOptions`, các mục `devices`, `sharedMemorySize`, `tmpfs`, `maxSwap` và `swappiness` trong `linuxParameters`, yêu cầu GPU, và cấu hình FireLens tải từ S3. Quick fix xóa thiết lập đó; hãy kiểm tra ứng dụng không phụ thuộc vào nó.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "privileged": true }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "privileged": false }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!f.fargate) return;
    for (const c of f.containers) {
      const container = containerLabel(c);
      for (const { field, when, variant } of CONTAINER_FIELDS) {
        const value = c.get(field);
        if (!applies(value, when)) continue;
        ctx.report({ node: keyNode(c.node, field)!, variant, args: { container, field }, data: { path: pathOf(value!), field } });
      }
      const linux = c.get('linuxParameters');
      for (const { field, when, variant } of LINUX_FIELDS) {
        const value = propertyValue(linux, field);
        if (!applies(value, when)) continue;
        ctx.report({ node: keyNode(linux, field)!, variant: variant ?? 'linux', args: { container, field }, data: { path: pathOf(value!), field: `linuxParameters.${field}` } });
      }
      for (const req of elements(c.get('resourceRequirements'))) {
        const typeNode = propertyValue(req, 'type');
        const type = stringValue(typeNode);
        if (type !== 'GPU' && type !== 'InferenceAccelerator') continue;
        ctx.report({ node: typeNode!, variant: type === 'GPU' ? 'gpu' : 'inferenceAccelerator', args: { container }, data: { path: pathOf(req), field: `resourceRequirements ${type}` } });
      }
      const fileType = propertyValue(propertyValue(c.get('firelensConfiguration'), 'options'), 'config-file-type');
      if (stringValue(fileType) === 's3') ctx.report({ node: fileType!, variant: 'firelensS3', args: { container } });
    }
  },
  fix: {
    title: { en: 'Remove `{field}`', vi: 'Xóa `{field}`' },
    safe: false,
    // Only the findings with a fix carry data, and each names its field.
    titleArgs: (d) => ({ field: String(d.field) }),
    edits: removeAtPath,
  },
});
