import { propertyValue, stringValue } from '../../model/document';
import { DG, keyOfValue, pathData } from '../containers/helpers';
import { defineRule } from '../rule';
import { efsEncryptionReason, enableTransitEncryption } from './efs-transit-encryption-required';
import { volumeLabel } from '../launch-types/support';

export const efsTransitEncryptionOff = defineRule({
  code: 'ECS408',
  name: 'efs-transit-encryption-off',
  topic: 'storage',
  severity: 'information',
  title: { en: 'EFS data travels unencrypted', vi: 'Dữ liệu EFS truyền đi không được mã hóa' },
  message: {
    en: 'Volume `{name}` mounts EFS without transit encryption: file data crosses the network in clear text. Consider `transitEncryption: "ENABLED"`.',
    vi: 'Volume `{name}` mount EFS mà không mã hóa khi truyền: dữ liệu file đi qua mạng ở dạng không mã hóa. Nên cân nhắc đặt `transitEncryption: "ENABLED"`.',
  },
  variants: {
    implicit: {
      en: 'Volume `{name}` mounts EFS without transit encryption (`transitEncryption` defaults to `DISABLED`). Consider `transitEncryption: "ENABLED"`.',
      vi: 'Volume `{name}` mount EFS mà không mã hóa khi truyền (`transitEncryption` mặc định là `DISABLED`). Nên cân nhắc đặt `transitEncryption: "ENABLED"`.',
    },
  },
  description: {
    en: 'Without transit encryption, NFS traffic between the task and the EFS file system is not encrypted; security scanners (checkov, Trivy) flag it. Turning it on costs little and is required anyway for IAM authorization and access points. This is advice, not an error: an explicit `DISABLED` is reported as information, a missing value (which means `DISABLED`) only as a hint.',
    vi: 'Khi không bật mã hóa khi truyền (transit encryption), traffic NFS giữa task và EFS file system không được mã hóa; các công cụ quét bảo mật (checkov, Trivy) đều cảnh báo điều này. Bật nó gần như không tốn gì, và vốn là bắt buộc khi dùng IAM authorization hoặc access point. Đây là lời khuyên, không phải lỗi: giá trị `DISABLED` ghi rõ được báo ở mức information, còn khi bỏ trống (nghĩa là `DISABLED`) chỉ là hint.',
  },
  docs: `${DG}/efs-volumes.html`,
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "mountPoints": [{ "sourceVolume": "content", "containerPath": "/usr/share/nginx/html" }] }], "volumes": [{ "name": "content", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "DISABLED" } }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "mountPoints": [{ "sourceVolume": "content", "containerPath": "/usr/share/nginx/html" }] }], "volumes": [{ "name": "content", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED" } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const v of f.volumes) {
      const efs = propertyValue(v.node, 'efsVolumeConfiguration');
      if (!efs || efs.type !== 'object') continue;
      if (efsEncryptionReason(efs)) continue; // then it is required: ECS406
      const te = propertyValue(efs, 'transitEncryption');
      const data = { efsPath: pathData(efs) };
      const name = volumeLabel(v);
      if (!te) {
        ctx.report({ node: keyOfValue(efs), variant: 'implicit', severity: 'hint', args: { name }, data });
        continue;
      }
      if (stringValue(te) === 'DISABLED') ctx.report({ node: te, args: { name }, data });
    }
  },
  fix: {
    title: { en: 'Set `transitEncryption` to `ENABLED`', vi: 'Đặt `transitEncryption` thành `ENABLED`' },
    safe: false,
    edits: enableTransitEncryption,
  },
});
