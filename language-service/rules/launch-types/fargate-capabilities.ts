import { elements, pathOf, propertyValue, stringValue } from '../../model/document';
import { defineRule } from '../rule';
import { containerLabel, removeAtPath, short } from './support';

/** Linux capabilities ECS knows (KernelCapabilities in the API model). Other values are left to other checks. */
const CAPABILITIES = new Set(['ALL', 'AUDIT_CONTROL', 'AUDIT_WRITE', 'BLOCK_SUSPEND', 'CHOWN', 'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'IPC_LOCK', 'IPC_OWNER', 'KILL', 'LEASE', 'LINUX_IMMUTABLE', 'MAC_ADMIN', 'MAC_OVERRIDE', 'MKNOD', 'NET_ADMIN', 'NET_BIND_SERVICE', 'NET_BROADCAST', 'NET_RAW', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_CHROOT', 'SYS_MODULE', 'SYS_NICE', 'SYS_PACCT', 'SYS_PTRACE', 'SYS_RAWIO', 'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'SYSLOG', 'WAKE_ALARM']);

/** ECS107: on Fargate, `linuxParameters.capabilities.add` may only hold SYS_PTRACE. */
export const fargateCapabilities = defineRule({
  code: 'ECS107',
  name: 'fargate-capability-add',
  topic: 'launch-types',
  severity: 'error',
  title: { en: 'Linux capability not allowed on Fargate', vi: 'Linux capability không được phép trên Fargate' },
  message: { en: 'Container `{container}`: Fargate only lets you add the `SYS_PTRACE` capability, not `{capability}`.', vi: 'Container `{container}`: Fargate chỉ cho thêm capability `SYS_PTRACE`, không cho thêm `{capability}`.' },
  description: {
    en: 'Linux capabilities are slices of root\'s power. On Fargate you may drop any of them, but the only one you may add is `SYS_PTRACE` (for debuggers and tracing sidecars). Anything else in `linuxParameters.capabilities.add` makes registration fail. The quick fix removes the entry.',
    vi: 'Linux capability là từng phần quyền hạn của root. Trên Fargate bạn được bỏ (drop) bất kỳ capability nào, nhưng chỉ được thêm (add) đúng `SYS_PTRACE` (dùng cho debugger và sidecar theo dõi process). Bất kỳ giá trị nào khác trong `linuxParameters.capabilities.add` đều làm việc đăng ký thất bại. Quick fix xóa mục đó.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "linuxParameters": { "capabilities": { "add": ["NET_ADMIN"] } } }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "linuxParameters": { "capabilities": { "add": ["SYS_PTRACE"], "drop": ["NET_RAW"] } } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!f.fargate) return;
    for (const c of f.containers) {
      const add = propertyValue(propertyValue(c.get('linuxParameters'), 'capabilities'), 'add');
      for (const el of elements(add)) {
        const cap = stringValue(el);
        if (cap === undefined) continue;
        // Capability names are constant case, so the placeholder heuristics do not apply: only known names are judged.
        const normalized = cap.trim().toUpperCase().replace(/^CAP_/, '');
        if (normalized === 'SYS_PTRACE' || !CAPABILITIES.has(normalized)) continue;
        ctx.report({ node: el, args: { container: containerLabel(c), capability: short(cap, 40) }, data: { path: pathOf(el), capability: short(cap, 40) } });
      }
    }
  },
  fix: {
    title: { en: 'Remove `{capability}`', vi: 'Xóa `{capability}`' },
    safe: false,
    titleArgs: (d) => ({ capability: String(d.capability) }),
    edits: removeAtPath,
  },
});
