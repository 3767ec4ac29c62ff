import type { Bilingual } from '../field-docs/types';

/** Every user-facing string of the language service that is not a field doc or a rule message. */
export const ui = {
  type: { en: 'Type', vi: 'Kiểu' },
  allowedValues: { en: 'Allowed values', vi: 'Giá trị hợp lệ' },
  default: { en: 'Default', vi: 'Mặc định' },
  limits: { en: 'Limits', vi: 'Giới hạn' },
  launchTypes: { en: 'Launch types', vi: 'Launch type hỗ trợ' },
  allLaunchTypes: { en: 'all launch types', vi: 'mọi launch type' },
  example: { en: 'Example', vi: 'Ví dụ' },
  awsDocs: { en: 'AWS documentation', vi: 'Tài liệu AWS' },
  required: { en: 'required', vi: 'bắt buộc' },
  fargateMemoryForCpu: { en: 'On Fargate, cpu {cpu} ({vcpu}) allows memory: {values}', vi: 'Trên Fargate, cpu {cpu} ({vcpu}) cho phép memory: {values}' },
  fargateCpuForMemory: { en: 'On Fargate, memory {memory} ({gb}) works with cpu: {values}', vi: 'Trên Fargate, memory {memory} ({gb}) dùng được với cpu: {values}' },
  fargateNoPair: { en: 'On Fargate, {value} is not a valid task size. Valid cpu values: {values}', vi: 'Trên Fargate, {value} không phải kích thước task hợp lệ. Các giá trị cpu hợp lệ: {values}' },
  fixAllTitle: { en: 'Fix all auto-fixable ECS task definition problems', vi: 'Sửa tất cả lỗi task definition ECS có thể sửa tự động' },
  memoryCompletionDetail: { en: '{gb} — valid with cpu {cpu} on Fargate', vi: '{gb} — hợp lệ với cpu {cpu} trên Fargate' },
  cpuCompletionDetail: { en: '{vcpu} — valid with memory {memory} on Fargate', vi: '{vcpu} — hợp lệ với memory {memory} trên Fargate' },
  containerNameDetail: { en: 'container defined in this task definition', vi: 'container được khai báo trong task definition này' },
  volumeNameDetail: { en: 'volume defined in this task definition', vi: 'volume được khai báo trong task definition này' },
  logOptionDetail: { en: 'option of the {driver} log driver', vi: 'tùy chọn của log driver {driver}' },
  roleTemplateDetail: { en: 'role ARN with the account id found in this file', vi: 'ARN của role, dùng account id có sẵn trong file' },
  roleNeeds: { en: 'This task definition needs the {role} to allow:', vi: 'Task definition này cần {role} cho phép:' },
} satisfies Record<string, Bilingual>;

export const launchTypeNames: Record<string, Bilingual> = {
  EC2: { en: 'EC2', vi: 'EC2' },
  FARGATE: { en: 'Fargate', vi: 'Fargate' },
  EXTERNAL: { en: 'External (ECS Anywhere)', vi: 'External (ECS Anywhere)' },
  MANAGED_INSTANCES: { en: 'Managed Instances', vi: 'Managed Instances' },
};
