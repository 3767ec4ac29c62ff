import { numberValue, propertyValue } from '../../model/document';
import { API } from './helpers';
import { defineRule } from '../rule';

export const healthCheckInterval = defineRule({
  code: 'ECS508',
  name: 'health-check-interval-not-above-timeout',
  topic: 'containers',
  severity: 'warning',
  title: { en: 'Health check interval not longer than its timeout', vi: 'Khoảng cách giữa các lần health check không lớn hơn timeout' },
  message: {
    en: 'The health check runs every {interval} s but may take up to {timeout} s: make `interval` longer than `timeout`.',
    vi: 'Health check chạy mỗi {interval} giây nhưng mỗi lần có thể mất tới {timeout} giây: hãy đặt `interval` lớn hơn `timeout`.',
  },
  description: {
    en: '`interval` (default 30 s) is the time between two checks and `timeout` (default 5 s) how long one check may take. When a check can last as long as the interval, checks pile up back to back and a slow response is counted as a failure before the next one starts. Keep `interval` clearly above `timeout`.',
    vi: '`interval` (mặc định 30 giây) là khoảng thời gian giữa hai lần kiểm tra, còn `timeout` (mặc định 5 giây) là thời gian tối đa cho một lần kiểm tra. Khi một lần kiểm tra có thể kéo dài bằng cả interval, các lần kiểm tra nối đuôi nhau liên tục và một phản hồi chậm bị tính là thất bại trước khi lần sau bắt đầu. Hãy để `interval` lớn hơn hẳn `timeout`.',
  },
  docs: `${API}/API_HealthCheck.html`,
  examples: {
    bad: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], "interval": 10, "timeout": 10 } }] }',
    good: '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256, "healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], "interval": 30, "timeout": 10 } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const c of f.containers) {
      const hc = c.get('healthCheck');
      const iNode = propertyValue(hc, 'interval');
      const tNode = propertyValue(hc, 'timeout');
      if ((iNode && numberValue(iNode) === undefined) || (tNode && numberValue(tNode) === undefined)) continue;
      const interval = numberValue(iNode) ?? 30;
      const timeout = numberValue(tNode) ?? 5;
      // Out-of-range values are ECS006; judge only values ECS would accept. (An interval above 300 or a
      // timeout below 2 never gets past the comparison below: it needs interval <= timeout <= 60, and then
      // timeout < 2 means interval < 5.)
      if (interval < 5 || timeout > 60) continue;
      if (interval > timeout) continue;
      ctx.report({ node: iNode ?? tNode!, absent: iNode && tNode ? undefined : 'here', args: { interval, timeout } });
    }
  },
});
