import { booleanValue, pathOf, propertyValue, stringValue } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { DG, removeEdits } from '../containers/helpers';
import { defineRule } from '../rule';

export const autoprovisionNeedsSharedScope = defineRule({
  code: 'ECS409',
  name: 'autoprovision-needs-shared-scope',
  topic: 'storage',
  severity: 'warning',
  title: { en: '`autoprovision` without `scope: "shared"`', vi: '`autoprovision` khi không có `scope: "shared"`' },
  message: {
    en: '`autoprovision` only applies to `shared` Docker volumes; this volume\'s scope is `{scope}`, so it has no effect. Set `scope` to `shared` or remove `autoprovision`.',
    vi: '`autoprovision` chỉ có tác dụng với Docker volume `shared`; volume này có scope `{scope}`, nên nó không có tác dụng gì. Hãy đặt `scope` là `shared` hoặc xóa `autoprovision`.',
  },
  description: {
    en: 'A Docker volume with `scope: "task"` (the default) is created when the task starts and removed when it stops. A `shared` volume outlives the task; `autoprovision: true` asks ECS to create it when it does not exist yet. On a task-scoped volume the flag is ignored, which usually means the scope is not what the author intended.',
    vi: 'Docker volume có `scope: "task"` (mặc định) được tạo khi task khởi động và bị xóa khi task dừng. Volume `shared` tồn tại lâu hơn task; `autoprovision: true` yêu cầu ECS tạo volume nếu nó chưa có. Với volume theo scope task, cờ này bị bỏ qua — thường có nghĩa là scope không đúng ý người viết.',
  },
  docs: `${DG}/docker-volumes.html`,
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["EC2"], "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "mountPoints": [{ "sourceVolume": "cache", "containerPath": "/cache" }] }], "volumes": [{ "name": "cache", "dockerVolumeConfiguration": { "scope": "task", "autoprovision": true, "driver": "local" } }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["EC2"], "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, "mountPoints": [{ "sourceVolume": "cache", "containerPath": "/cache" }] }], "volumes": [{ "name": "cache", "dockerVolumeConfiguration": { "scope": "shared", "autoprovision": true, "driver": "local" } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const v of f.volumes) {
      const dvc = propertyValue(v.node, 'dockerVolumeConfiguration');
      const auto = propertyValue(dvc, 'autoprovision');
      if (!auto || booleanValue(auto) !== true) continue;
      const scopeNode = propertyValue(dvc, 'scope');
      const scope = scopeNode ? stringValue(scopeNode) : 'task';
      if (scope === undefined || scope === 'shared' || isPlaceholder(scope)) continue;
      ctx.report({ node: auto, absent: scopeNode ? undefined : 'here', args: { scope }, data: { removePath: pathOf(auto) } });
    }
  },
  fix: {
    title: { en: 'Remove `autoprovision` (it has no effect here)', vi: 'Xóa `autoprovision` (ở đây nó không có tác dụng)' },
    safe: false,
    edits: (ctx) => removeEdits(ctx),
  },
});
