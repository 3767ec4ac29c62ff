import { propertyValue, stringValue } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { DG, keyOfValue, pathData, removeEdits } from '../containers/helpers';
import { defineRule } from '../rule';
import { volumeLabel } from '../launch-types/support';

export const efsRootDirectoryWithAccessPoint = defineRule({
  code: 'ECS407',
  name: 'root-directory-with-access-point',
  topic: 'storage',
  severity: 'error',
  title: { en: '`rootDirectory` set together with an access point', vi: 'Đặt `rootDirectory` cùng với access point' },
  message: {
    en: 'Volume `{name}` mounts through an access point, so `rootDirectory` must be omitted or `/`: the access point decides the directory.',
    vi: 'Volume `{name}` được mount qua access point, nên `rootDirectory` phải bỏ trống hoặc là `/`: thư mục gốc do access point quyết định.',
  },
  description: {
    en: 'An EFS access point (or an S3 Files access point) carries its own root directory and enforces it. The volume\'s `rootDirectory` must then be left out or set to `/`; to mount a sub-directory, change the access point\'s path instead.',
    vi: 'EFS access point (hoặc S3 Files access point) có sẵn thư mục gốc của riêng nó và luôn áp dụng thư mục đó. Khi đó `rootDirectory` của volume phải bỏ đi hoặc đặt là `/`; muốn mount một thư mục con, hãy đổi đường dẫn của access point.',
  },
  docs: `${DG}/specify-efs-config.html`,
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "mountPoints": [{ "sourceVolume": "content", "containerPath": "/usr/share/nginx/html" }] }], "volumes": [{ "name": "content", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "rootDirectory": "/html", "transitEncryption": "ENABLED", "authorizationConfig": { "accessPointId": "fsap-0123456789abcdef0" } } }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "mountPoints": [{ "sourceVolume": "content", "containerPath": "/usr/share/nginx/html" }] }], "volumes": [{ "name": "content", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED", "authorizationConfig": { "accessPointId": "fsap-0123456789abcdef0" } } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const v of f.volumes) {
      const efs = propertyValue(v.node, 'efsVolumeConfiguration');
      const s3 = propertyValue(v.node, 's3filesVolumeConfiguration');
      for (const [conf, ap] of [[efs, propertyValue(propertyValue(efs, 'authorizationConfig'), 'accessPointId')], [s3, propertyValue(s3, 'accessPointArn')]] as const) {
        // An access point is only found in a configuration object.
        const apValue = stringValue(ap);
        if (apValue === undefined || apValue.trim() === '') continue;
        const root = propertyValue(conf, 'rootDirectory');
        const rootValue = stringValue(root);
        if (rootValue === undefined || rootValue === '/' || rootValue === '' || isPlaceholder(rootValue)) continue;
        ctx.report({ node: root!, args: { name: volumeLabel(v) }, data: { removePath: pathData(root!) }, related: [{ node: keyOfValue(ap!), message: { en: 'The access point.', vi: 'Đây là access point.' } }] });
      }
    }
  },
  fix: {
    title: { en: 'Remove `rootDirectory`', vi: 'Xóa `rootDirectory`' },
    safe: false,
    edits: (ctx) => removeEdits(ctx),
  },
});
