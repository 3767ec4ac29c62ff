import { propertyNode, stringValue } from '../../model/document';
import { containerLabel } from '../launch-types/support';
import { containerAnchor, TDP } from './helpers';
import { defineRule } from '../rule';

/**
 * ECS523: a container without an image. ECS refuses it at registration, but many repositories leave
 * the image out on purpose: a deploy step (the GitHub action amazon-ecs-render-task-definition,
 * CodePipeline, a script) writes it in before registering. So a warning that says both.
 */
export const containerImageMissing = defineRule({
  code: 'ECS523',
  name: 'container-image-missing',
  topic: 'containers',
  severity: 'warning',
  title: { en: 'Container without an image', vi: 'Container không có image' },
  message: {
    en: 'Container `{container}` has no `image`. ECS refuses to register it as it is ("Container.image should not be null or empty"). Fine if a deploy step (for example the GitHub action `amazon-ecs-render-task-definition`) fills the image in before registering.',
    vi: 'Container `{container}` không có `image`. Để nguyên như vậy, ECS sẽ từ chối đăng ký ("Container.image should not be null or empty"). Không sao nếu một bước deploy (ví dụ GitHub action `amazon-ecs-render-task-definition`) điền image vào trước khi đăng ký.',
  },
  variants: {
    empty: {
      en: 'The `image` of container `{container}` is empty. ECS refuses to register it as it is ("Container.image should not be null or empty"). Fine if a deploy step (for example the GitHub action `amazon-ecs-render-task-definition`) fills the image in before registering.',
      vi: '`image` của container `{container}` đang để trống. Để nguyên như vậy, ECS sẽ từ chối đăng ký ("Container.image should not be null or empty"). Không sao nếu một bước deploy (ví dụ GitHub action `amazon-ecs-render-task-definition`) điền image vào trước khi đăng ký.',
    },
  },
  description: {
    en: 'Every container needs the image it runs, such as `nginx:1.27` or an Amazon ECR repository URI with a tag. Pipelines often keep the image out of the committed file and insert the freshly built one at deploy time (GitHub Actions `amazon-ecs-render-task-definition`, CodePipeline, `sed`): that is why this is a warning, not an error. A placeholder value (`${IMAGE}`, `<IMAGE_URI>`, `IMAGE1_NAME`) is not reported.',
    vi: 'Mỗi container cần image mà nó chạy, ví dụ `nginx:1.27` hoặc URI của một repository Amazon ECR kèm tag. Các pipeline thường không ghi image vào file được commit mà chèn image vừa build vào lúc deploy (GitHub Actions `amazon-ecs-render-task-definition`, CodePipeline, `sed`): vì vậy đây chỉ là cảnh báo, không phải lỗi. Giá trị placeholder (`${IMAGE}`, `<IMAGE_URI>`, `IMAGE1_NAME`) không bị báo.',
  },
  docs: `${TDP}#container_definition_image`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "memory": 256 }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      const container = containerLabel(c);
      if (!propertyNode(c.node, 'image')) {
        ctx.report({ node: containerAnchor(c), absent: 'here', args: { container } });
        continue;
      }
      // Another type (ECS003) and null (ECS008) are reported by the structural rules; placeholders are fine.
      const image = stringValue(c.get('image'));
      if (image !== undefined && image.trim() === '') ctx.report({ node: c.get('image')!, variant: 'empty', args: { container } });
    }
  },
});
