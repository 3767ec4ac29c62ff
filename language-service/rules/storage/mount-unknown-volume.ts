import { setValue } from '../../edits/json-edits';
import { elements, propertyValue, stringValue } from '../../model/document';
import { closest } from '../../model/strings';
import { literal, pathData, replaceStringEdits, str, TDP } from '../containers/helpers';
import { defineRule } from '../rule';

export const mountUnknownVolume = defineRule({
  code: 'ECS401',
  absence: 'here',
  name: 'mount-unknown-volume',
  topic: 'storage',
  severity: 'error',
  title: { en: 'Mount point refers to an undefined volume', vi: 'Mount point trỏ tới volume chưa khai báo' },
  message: {
    en: '`sourceVolume` `{name}` is not declared in the task\'s `volumes`.',
    vi: '`sourceVolume` `{name}` chưa được khai báo trong `volumes` của task.',
  },
  variants: {
    suggest: {
      en: '`sourceVolume` `{name}` is not declared in the task\'s `volumes`. Did you mean `{suggestion}`?',
      vi: '`sourceVolume` `{name}` chưa được khai báo trong `volumes` của task. Có phải bạn muốn dùng `{suggestion}`?',
    },
  },
  description: {
    en: 'A mount point only says where a volume appears inside the container; the volume itself is declared once at task level in `volumes` (with its `name`, and optionally `host`, `efsVolumeConfiguration`, ...). ECS refuses a mount point whose `sourceVolume` names no declared volume. The quick fix points it at the closest declared name, or declares the volume when no name is close.',
    vi: 'Mount point chỉ cho biết volume xuất hiện ở đâu bên trong container; bản thân volume được khai báo một lần ở cấp task trong `volumes` (với `name`, và tùy chọn `host`, `efsVolumeConfiguration`, ...). ECS từ chối mount point có `sourceVolume` không trùng tên volume nào đã khai báo. Quick fix sẽ đổi sang tên đã khai báo gần giống nhất, hoặc khai báo thêm volume khi không có tên nào gần giống.',
  },
  docs: `${TDP}#container_definition_storage`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "mountPoints": [{ "sourceVolume": "cache", "containerPath": "/var/cache/nginx" }] }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "mountPoints": [{ "sourceVolume": "cache", "containerPath": "/var/cache/nginx" }] }], "volumes": [{ "name": "cache" }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    const volumes = f.get('volumes');
    if ((volumes && volumes.type !== 'array') || f.volumesOpen) return; // a placeholder may supply any volume
    // (A templated volume name could be anything: the volumes are then open.)
    const names = f.volumes.map((v) => stringValue(v.nameNode)).filter((n): n is string => n !== undefined);
    for (const c of f.containers) {
      for (const mp of elements(c.get('mountPoints'))) {
        const node = propertyValue(mp, 'sourceVolume');
        const name = literal(node);
        if (!node || name === undefined || names.includes(name)) continue;
        const suggestion = closest(name, names);
        if (suggestion) ctx.report({ node, variant: 'suggest', args: { name, suggestion }, data: { path: pathData(node), from: name, to: suggestion } });
        else ctx.report({ node, args: { name }, data: { add: name } });
      }
    }
  },
  fix: {
    title: { en: 'Use volume `{name}` (declared in `volumes` if missing)', vi: 'Dùng volume `{name}` (khai báo thêm trong `volumes` nếu chưa có)' },
    // Renaming to a close name is a typo fix, but declaring a bare volume may hide a missing EFS/host configuration.
    safe: false,
    titleArgs: (d) => ({ name: str(d.to ?? d.add) }),
    edits(ctx) {
      if (typeof ctx.data.to === 'string') return replaceStringEdits(ctx);
      const add = ctx.data.add;
      const task = ctx.doc.task;
      if (typeof add !== 'string' || !task) return undefined;
      const volumes = propertyValue(task, 'volumes');
      if (volumes && volumes.type !== 'array') return undefined;
      if (elements(volumes).some((v) => stringValue(propertyValue(v, 'name')) === add)) return undefined;
      const path = [...ctx.doc.taskPath, 'volumes'];
      return setValue(ctx.doc, volumes ? [...path, -1] : path, volumes ? { name: add } : [{ name: add }], ctx.indent);
    },
  },
});
