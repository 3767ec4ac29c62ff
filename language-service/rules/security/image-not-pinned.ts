import { isPlaceholder } from '../../model/placeholders';
import { TDP } from '../containers/helpers';
import { defineRule } from '../rule';

/**
 * What leaves an image reference unpinned: no tag at all (`untagged`, which means `latest`) or the
 * `latest` tag; undefined when a version tag or a digest fixes it. A digest (`app@sha256:…`,
 * `app:latest@sha256:…`) always reads as a tag other than `latest`: the first colon of the last path
 * part starts a tag or the digest's algorithm, and what follows is not `latest` alone.
 */
export function unpinned(image: string): 'untagged' | 'latest' | undefined {
  const lastPart = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastPart.indexOf(':');
  if (colon === -1) return 'untagged';
  return lastPart.slice(colon + 1) === 'latest' ? 'latest' : undefined;
}

export const imageNotPinned = defineRule({
  code: 'ECS606',
  name: 'image-not-pinned',
  topic: 'security',
  severity: 'hint',
  title: { en: 'Image without a fixed version', vi: 'Image không cố định phiên bản' },
  message: {
    en: 'Image `{image}` has no tag, so it means `latest`: each new task may run different code. Pin a version tag or a digest (`@sha256:…`).',
    vi: 'Image `{image}` không có tag, nghĩa là `latest`: mỗi task mới có thể chạy code khác nhau. Hãy cố định một tag phiên bản hoặc digest (`@sha256:…`).',
  },
  variants: {
    latest: {
      en: 'Image `{image}` uses the `latest` tag: each new task may run different code, and a rollback to the previous revision does not bring the old image back. Pin a version tag or a digest (`@sha256:…`).',
      vi: 'Image `{image}` dùng tag `latest`: mỗi task mới có thể chạy code khác nhau, và quay lại revision trước cũng không lấy lại được image cũ. Hãy cố định một tag phiên bản hoặc digest (`@sha256:…`).',
    },
  },
  description: {
    en: 'ECS pulls the image when a task starts. With `latest` (or no tag), tasks of the same revision started on different days can run different builds, and rolling back a deployment does not roll back the image. A version tag, or better a digest, makes each revision reproducible. A hint only.',
    vi: 'ECS kéo image mỗi khi task khởi động. Với `latest` (hoặc không có tag), các task của cùng một revision khởi động vào các ngày khác nhau có thể chạy các bản build khác nhau, và rollback deployment không rollback được image. Tag phiên bản, hoặc tốt hơn là digest, giúp mỗi revision tái lập được. Chỉ là gợi ý (hint).',
  },
  docs: `${TDP}#container_definition_image`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:latest", "memory": 256 }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27.0", "memory": 256 }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      const image = c.image;
      if (image === undefined || !image.trim() || isPlaceholder(image)) continue;
      const what = unpinned(image.trim());
      if (!what) continue;
      const shown = image.length > 80 ? image.slice(0, 79) + '…' : image;
      ctx.report({ node: c.get('image')!, variant: what === 'latest' ? 'latest' : undefined, args: { image: shown } });
    }
  },
});
