import { closest } from '../../model/strings';
import { containerLabel, subRange } from '../launch-types/support';
import { containerNames, pathData, replaceStringEdits, str } from '../containers/helpers';
import { defineRule } from '../rule';
import { linksApply, linksOf } from './links';

/** ECS311: a link to a container the task definition does not have. */
export const linkUnknownContainer = defineRule({
  code: 'ECS311',
  absence: 'here',
  name: 'link-unknown-container',
  topic: 'networking',
  severity: 'error',
  title: { en: '`links` names an unknown container', vi: '`links` trỏ tới container không tồn tại' },
  message: {
    en: 'Container `{container}` links to `{target}`, but this task definition has no container with that name. The task can never start: the container agent stops it with "Link target not available".',
    vi: 'Container `{container}` liên kết (link) tới `{target}`, nhưng task definition này không có container nào tên như vậy. Task sẽ không bao giờ khởi động được: container agent dừng nó với lỗi "Link target not available".',
  },
  variants: {
    suggest: {
      en: 'Container `{container}` links to `{target}`, but this task definition has no container with that name; did you mean `{suggestion}`? The task can never start: the container agent stops it with "Link target not available".',
      vi: 'Container `{container}` liên kết (link) tới `{target}`, nhưng task definition này không có container nào tên như vậy; có phải bạn muốn viết `{suggestion}`? Task sẽ không bao giờ khởi động được: container agent dừng nó với lỗi "Link target not available".',
    },
  },
  description: {
    en: 'Each entry of `links` is `name` or `name:alias`, where `name` is another container of the same task definition and `alias` the host name the linking container uses to reach it. If no container has that name, the containers cannot be wired together, so the task stops before it runs. `links` exist only in the `bridge` network mode on Linux.',
    vi: 'Mỗi phần tử của `links` có dạng `name` hoặc `name:alias`, trong đó `name` là một container khác trong cùng task definition và `alias` là host name mà container liên kết dùng để gọi tới nó. Nếu không có container nào mang tên đó, các container không thể nối với nhau, nên task dừng trước khi chạy. `links` chỉ có ở network mode `bridge` trên Linux.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_network',
  examples: {
    bad: '{ "family": "web", "networkMode": "bridge", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "links": ["database:db"] }, { "name": "postgres", "image": "postgres:16", "memory": 512 }] }',
    good: '{ "family": "web", "networkMode": "bridge", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "links": ["postgres:db"] }, { "name": "postgres", "image": "postgres:16", "memory": 512 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    if (!linksApply(f)) return;
    const { names, templated } = containerNames(f);
    if (templated) return;
    for (const c of f.containers) {
      for (const link of linksOf(c)) {
        if (names.includes(link.target)) continue;
        const node = subRange(ctx.doc, link.node, link.node.value.indexOf(link.target), link.target.length);
        const args = { container: containerLabel(c), target: link.target };
        const suggestion = closest(link.target, names.filter((n) => n !== c.name));
        const value = suggestion ? suggestion + (link.alias !== undefined ? ':' + link.alias : '') : undefined;
        if (suggestion) ctx.report({ node, variant: 'suggest', args: { ...args, suggestion }, data: { path: pathData(link.node), from: link.node.value, to: value } });
        else ctx.report({ node, args });
      }
    }
  },
  fix: {
    title: { en: 'Change the link to `{to}`', vi: 'Đổi link thành `{to}`' },
    // A guess from the spelling: offered, never applied without looking.
    safe: false,
    titleArgs: (d) => ({ to: str(d.to) }),
    edits: replaceStringEdits,
  },
});
