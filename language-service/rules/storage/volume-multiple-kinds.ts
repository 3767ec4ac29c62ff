import { booleanValue, properties } from '../../model/document';
import { TDP } from '../containers/helpers';
import { defineRule } from '../rule';
import { volumeLabel } from '../launch-types/support';

/** The members that each make a volume a different kind. */
export const VOLUME_KINDS = ['host', 'dockerVolumeConfiguration', 'efsVolumeConfiguration', 'fsxWindowsFileServerVolumeConfiguration', 's3filesVolumeConfiguration', 'configuredAtLaunch'];

export const volumeMultipleKinds = defineRule({
  code: 'ECS403',
  name: 'volume-multiple-kinds',
  topic: 'storage',
  severity: 'error',
  title: { en: 'Volume declares more than one kind', vi: 'Volume khai báo nhiều loại cùng lúc' },
  message: {
    en: 'Volume `{name}` is already a `{first}` volume: it cannot also have `{second}`.',
    vi: 'Volume `{name}` đã là volume loại `{first}`: không thể có thêm `{second}`.',
  },
  description: {
    en: 'Each volume is exactly one kind: a bind mount (`host`), a Docker volume (`dockerVolumeConfiguration`), EFS (`efsVolumeConfiguration`), FSx for Windows File Server, S3 Files, or an EBS volume configured at launch (`configuredAtLaunch: true`). Declare two volumes with different names if the task needs two kinds of storage.',
    vi: 'Mỗi volume chỉ thuộc đúng một loại: bind mount (`host`), Docker volume (`dockerVolumeConfiguration`), EFS (`efsVolumeConfiguration`), FSx for Windows File Server, S3 Files, hoặc EBS volume cấu hình lúc launch (`configuredAtLaunch: true`). Nếu task cần hai loại lưu trữ, hãy khai báo hai volume với hai tên khác nhau.',
  },
  docs: `${TDP}#volumes`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }] }], "volumes": [{ "name": "data", "host": { "sourcePath": "/srv/data" }, "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED" } }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }] }], "volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED" } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const v of f.volumes) {
      let first: string | undefined;
      for (const [key, value, prop] of properties(v.node)) {
        if (!VOLUME_KINDS.includes(key) || !value || value.type === 'null') continue;
        if (key === 'configuredAtLaunch' && booleanValue(value) !== true) continue;
        if (first === undefined) { first = key; continue; }
        if (key === first) continue; // a repeated key is ECS013
        // properties() only lists properties with a key.
        ctx.report({ node: prop.children![0], args: { name: volumeLabel(v), first, second: key } });
      }
    }
  },
});
