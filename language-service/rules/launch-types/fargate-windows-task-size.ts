import { defineRule } from '../rule';
import { checkFargateSize, closestSizeEdits, sizeAlternatives, sizeTitleArgs } from './fargate-size-check';

/** ECS104: Windows containers on Fargate have their own, larger, minimum sizes. */
export const fargateWindowsTaskSize = defineRule({
  code: 'ECS104',
  name: 'fargate-windows-task-size',
  topic: 'launch-types',
  severity: 'error',
  title: { en: 'Invalid cpu/memory for Windows on Fargate', vi: 'cpu/memory không hợp lệ cho Windows trên Fargate' },
  message: { en: 'memory `{memory}` does not fit cpu `{cpu}` for Windows on Fargate. With this cpu, memory (MiB) can be: {allowed}.', vi: 'memory `{memory}` không khớp với cpu `{cpu}` cho Windows trên Fargate. Với cpu này, memory (MiB) chỉ được là: {allowed}.' },
  variants: {
    cpu: { en: 'cpu `{cpu}` is not available for Windows on Fargate: use {allowed} CPU units (at least 1 vCPU).', vi: 'cpu `{cpu}` không dùng được cho Windows trên Fargate: chỉ chọn {allowed} CPU unit (tối thiểu 1 vCPU).' },
  },
  description: {
    en: 'Windows containers on Fargate (`runtimePlatform.operatingSystemFamily` is a `WINDOWS_*` value) need at least 1 vCPU: cpu 1024 with 2048–8192 MiB, 2048 with 4096–16384 MiB, or 4096 with 8192–30720 MiB, memory in steps of 1024. The small Linux sizes (256, 512) and the 8 and 16 vCPU sizes are not offered.',
    vi: 'Container Windows trên Fargate (`runtimePlatform.operatingSystemFamily` là một giá trị `WINDOWS_*`) cần tối thiểu 1 vCPU: cpu 1024 với 2048–8192 MiB, 2048 với 4096–16384 MiB, hoặc 4096 với 8192–30720 MiB, memory tăng theo bước 1024. Các kích thước nhỏ của Linux (256, 512) và loại 8, 16 vCPU không có cho Windows.',
  },
  docs: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size',
  examples: {
    bad: '{ "family": "win", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" }, "cpu": "512", "memory": "1024", "containerDefinitions": [{ "name": "app", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022" }] }',
    good: '{ "family": "win", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" }, "cpu": "1024", "memory": "2048", "containerDefinitions": [{ "name": "app", "image": "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022" }] }',
  },
  check: (ctx) => checkFargateSize(ctx, true),
  fix: {
    title: { en: 'Use the closest Windows Fargate size ({size})', vi: 'Dùng kích thước Fargate Windows gần nhất ({size})' },
    safe: false,
    titleArgs: sizeTitleArgs,
    edits: closestSizeEdits,
  },
  alternatives: sizeAlternatives,
});
