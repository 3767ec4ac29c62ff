import { pathOf, propertyValue, stringValue } from '../../model/document';
import { defineRule } from '../rule';
import { keyNode, nonEmptyArray, removeAtPath, volumeLabel } from './support';

const FARGATE_DOCS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html';

/** ECS105: task-level settings and volume types that Fargate does not offer. */
export const fargateUnsupportedTaskFeature = defineRule({
  code: 'ECS105',
  name: 'fargate-unsupported-task-feature',
  topic: 'launch-types',
  severity: 'error',
  title: { en: 'Task setting not supported on Fargate', vi: 'Thiết lập cấp task không được Fargate hỗ trợ' },
  message: { en: 'Fargate does not support `{field}`.', vi: 'Fargate không hỗ trợ `{field}`.' },
  variants: {
    placementConstraints: { en: 'Fargate does not support `placementConstraints`: there are no container instances to choose from. Remove them, or register the task for EC2.', vi: 'Fargate không hỗ trợ `placementConstraints`: không có container instance nào để chọn. Hãy xóa chúng, hoặc đăng ký task cho EC2.' },
    ipcMode: { en: 'Fargate does not support `ipcMode`: the IPC namespace cannot be shared with the host or among the containers of the task there.', vi: 'Fargate không hỗ trợ `ipcMode`: ở đó không thể chia sẻ IPC namespace với host hay giữa các container trong task.' },
    pidMode: { en: 'On Fargate `pidMode` can only be `task` (share processes between the containers of this task); `{value}` is not allowed.', vi: 'Trên Fargate, `pidMode` chỉ được là `task` (các container trong task này thấy process của nhau); không được dùng `{value}`.' },
    pidModeWindows: { en: '`pidMode` is not supported for Windows containers on Fargate.', vi: '`pidMode` không được hỗ trợ cho container Windows trên Fargate.' },
    inferenceAccelerators: { en: 'Fargate does not support `inferenceAccelerators` (Elastic Inference has also been retired).', vi: 'Fargate không hỗ trợ `inferenceAccelerators` (dịch vụ Elastic Inference cũng đã ngừng hoạt động).' },
    dockerVolume: { en: 'Volume `{volume}`: Fargate does not support Docker volumes (`dockerVolumeConfiguration`). Use a bind mount (`host` without `sourcePath`) for scratch space, or EFS for shared, persistent data.', vi: 'Volume `{volume}`: Fargate không hỗ trợ Docker volume (`dockerVolumeConfiguration`). Hãy dùng bind mount (`host` không có `sourcePath`) cho dữ liệu tạm, hoặc EFS cho dữ liệu dùng chung và lâu dài.' },
    sourcePath: { en: 'Volume `{volume}`: Fargate has no host file system, so `host.sourcePath` is not supported. Without `sourcePath` the volume is a bind mount that lives as long as the task.', vi: 'Volume `{volume}`: Fargate không cho truy cập file system của host, nên không hỗ trợ `host.sourcePath`. Bỏ `sourcePath` đi thì volume là bind mount, tồn tại cùng vòng đời của task.' },
  },
  description: {
    en: 'Fargate runs each task on infrastructure you never see, so settings that reach into the host are refused when the task definition is registered: `placementConstraints`, `ipcMode`, a `pidMode` other than `task` (none at all on Windows), `inferenceAccelerators`, Docker volumes and host paths (`host.sourcePath`). The quick fix removes the setting where that leaves a working definition (a Docker volume needs a replacement, so it has no automatic fix).',
    vi: 'Fargate chạy mỗi task trên hạ tầng mà bạn không nhìn thấy, nên các thiết lập can thiệp vào host sẽ bị từ chối ngay khi đăng ký task definition: `placementConstraints`, `ipcMode`, `pidMode` khác `task` (trên Windows thì hoàn toàn không được dùng), `inferenceAccelerators`, Docker volume và đường dẫn trên host (`host.sourcePath`). Quick fix xóa thiết lập đó khi việc xóa vẫn để lại một task definition chạy được (Docker volume cần được thay bằng loại khác nên không có fix tự động).',
  },
  docs: FARGATE_DOCS,
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "ipcMode": "task", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "pidMode": "task", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27" }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!f.fargate) return;
    const task = f.task;
    const placement = f.get('placementConstraints');
    // keyNode finds the key of every value that f.get and propertyValue found.
    if (nonEmptyArray(placement)) {
      ctx.report({ node: keyNode(task, 'placementConstraints')!, variant: 'placementConstraints', data: { path: pathOf(placement!), field: 'placementConstraints' } });
    }
    const ipc = f.get('ipcMode');
    // An empty value is not set for the tools that write it (ecspresso); ECS005 warns about it.
    if (ipc && ipc.type !== 'null' && stringValue(ipc) !== '') ctx.report({ node: ipc, variant: 'ipcMode', data: { path: pathOf(ipc), field: 'ipcMode' } });
    const pid = f.get('pidMode');
    const pidValue = stringValue(pid);
    if (pid && pidValue !== undefined && pidValue !== '') {
      if (f.windows) ctx.report({ node: pid, variant: 'pidModeWindows', data: { path: pathOf(pid), field: 'pidMode' } });
      else if (pidValue === 'host') ctx.report({ node: pid, variant: 'pidMode', args: { value: pidValue }, data: { path: pathOf(pid), field: 'pidMode' } });
    }
    const accelerators = f.get('inferenceAccelerators');
    if (nonEmptyArray(accelerators)) {
      ctx.report({ node: keyNode(task, 'inferenceAccelerators')!, variant: 'inferenceAccelerators', data: { path: pathOf(accelerators!), field: 'inferenceAccelerators' } });
    }
    for (const v of f.volumes) {
      const volume = volumeLabel(v);
      const docker = propertyValue(v.node, 'dockerVolumeConfiguration');
      if (docker?.type === 'object') ctx.report({ node: keyNode(v.node, 'dockerVolumeConfiguration')!, variant: 'dockerVolume', args: { volume } });
      const host = propertyValue(v.node, 'host');
      const sourcePath = propertyValue(host, 'sourcePath');
      // A blank path is no path (a bind mount, as without one).
      if (stringValue(sourcePath)?.trim()) ctx.report({ node: keyNode(host, 'sourcePath')!, variant: 'sourcePath', args: { volume }, data: { path: pathOf(sourcePath!), field: 'sourcePath' } });
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
