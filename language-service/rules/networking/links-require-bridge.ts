import { pathOf } from '../../model/document';
import { defineRule } from '../rule';
import { containerLabel, effectiveNetworkMode, keyNode, nonEmptyArray, removeAtPath } from '../launch-types/support';

/** ECS307: `links` exist only in bridge mode, and never on Windows. */
export const linksRequireBridge = defineRule({
  code: 'ECS307',
  name: 'links-require-bridge',
  topic: 'networking',
  severity: 'error',
  title: { en: '`links` outside bridge mode', vi: '`links` ngoài mode bridge' },
  message: { en: 'Container `{container}`: `links` only work in the `bridge` network mode, not `{mode}`. Here the containers share one network namespace: reach the other container at `localhost:<port>`.', vi: 'Container `{container}`: `links` chỉ dùng được ở network mode `bridge`, không dùng được với `{mode}`. Ở mode này các container dùng chung network namespace: hãy gọi container kia qua `localhost:<port>`.' },
  variants: {
    none: { en: 'Container `{container}`: `links` only work in the `bridge` network mode; with `none` the containers have no network to link.', vi: 'Container `{container}`: `links` chỉ dùng được ở network mode `bridge`; với `none`, các container không có mạng để liên kết.' },
    windows: { en: 'Container `{container}`: `links` are not supported for Windows containers.', vi: 'Container `{container}`: `links` không được hỗ trợ cho container Windows.' },
  },
  description: {
    en: 'Docker `links` let containers of a `bridge` task find each other by name. In `awsvpc` and `host` mode the containers of a task share a network namespace and simply talk over `localhost`, so `links` are refused; Windows containers do not support them at all. The quick fix removes `links`; point the application at `localhost:<port>` instead.',
    vi: '`links` của Docker giúp các container trong task `bridge` tìm thấy nhau qua tên. Ở mode `awsvpc` và `host`, các container trong task dùng chung network namespace và chỉ cần gọi nhau qua `localhost`, nên `links` bị từ chối; container Windows thì hoàn toàn không hỗ trợ chúng. Quick fix xóa `links`; hãy trỏ ứng dụng tới `localhost:<port>`.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
  examples: {
    bad: '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "links": ["db"] }, { "name": "db", "image": "postgres:16", "memory": 512 }] }',
    good: '{ "family": "web", "networkMode": "bridge", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "links": ["db"] }, { "name": "db", "image": "postgres:16", "memory": 512 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    // On Fargate, ECS106 reports links with its own explanation.
    if (f.fargate) return;
    const mode = effectiveNetworkMode(f);
    for (const c of f.containers) {
      const links = c.get('links');
      if (!nonEmptyArray(links)) continue;
      // The key of a value that is there is always there too (jsonc-parser drops a property whose key it cannot read).
      const key = keyNode(c.node, 'links')!;
      const data = { path: pathOf(links!) };
      const container = containerLabel(c);
      if (f.windows) ctx.report({ node: key, variant: 'windows', args: { container }, data });
      else if (mode && mode !== 'bridge') ctx.report({ node: key, variant: mode === 'none' ? 'none' : undefined, args: { container, mode }, data });
    }
  },
  fix: {
    title: { en: 'Remove `links`', vi: 'Xóa `links`' },
    safe: false,
    edits: removeAtPath,
  },
});
