import type { Bilingual } from '../field-docs/types';

export interface LogOption {
  name: string;
  doc: Bilingual;
  required?: boolean;
  snippet?: string;
}

/** Option keys of each log driver, for completion inside `logConfiguration.options`. */
export const LOG_DRIVER_OPTIONS: Record<string, LogOption[]> = {
  awslogs: [
    { name: 'awslogs-group', required: true, snippet: '${1:/ecs/app}', doc: { en: 'CloudWatch Logs log group the container writes to.', vi: 'Log group trong CloudWatch Logs mà container ghi log vào.' } },
    { name: 'awslogs-region', required: true, snippet: '${1:us-east-1}', doc: { en: 'Region of the log group.', vi: 'Region của log group.' } },
    { name: 'awslogs-stream-prefix', required: true, snippet: '${1:ecs}', doc: { en: 'Prefix of the log stream names (`prefix/container/task-id`). Required on Fargate.', vi: 'Tiền tố tên log stream (`prefix/container/task-id`). Bắt buộc trên Fargate.' } },
    { name: 'awslogs-create-group', snippet: 'true', doc: { en: 'Set to `"true"` to create the log group if it is missing; the execution role then needs `logs:CreateLogGroup`.', vi: 'Đặt `"true"` để tự tạo log group nếu chưa có; khi đó execution role cần quyền `logs:CreateLogGroup`.' } },
    { name: 'awslogs-datetime-format', doc: { en: 'strftime pattern that marks the start of a multi-line log entry.', vi: 'Mẫu strftime đánh dấu dòng bắt đầu của một bản ghi log nhiều dòng.' } },
    { name: 'awslogs-multiline-pattern', doc: { en: 'Regular expression that marks the start of a multi-line log entry.', vi: 'Biểu thức chính quy đánh dấu dòng bắt đầu của một bản ghi log nhiều dòng.' } },
    { name: 'mode', snippet: '${1|non-blocking,blocking|}', doc: { en: '`blocking` (default) or `non-blocking`: whether the app waits when logs cannot be delivered.', vi: '`blocking` (mặc định) hoặc `non-blocking`: ứng dụng có phải chờ khi log chưa gửi được hay không.' } },
    { name: 'max-buffer-size', snippet: '${1:25m}', doc: { en: 'Buffer size in `non-blocking` mode (default `10m`).', vi: 'Kích thước bộ đệm ở chế độ `non-blocking` (mặc định `10m`).' } },
  ],
  awsfirelens: [
    { name: 'Name', required: true, snippet: '${1|cloudwatch_logs,firehose,kinesis_streams,s3,es,datadog,loki|}', doc: { en: 'Fluent Bit output plugin to send the logs to.', vi: 'Output plugin của Fluent Bit dùng để gửi log.' } },
    { name: 'region', doc: { en: 'Region of the AWS destination.', vi: 'Region của đích AWS.' } },
    { name: 'log_group_name', doc: { en: 'Log group (cloudwatch_logs output).', vi: 'Log group (output cloudwatch_logs).' } },
    { name: 'log_stream_prefix', doc: { en: 'Log stream prefix (cloudwatch_logs output).', vi: 'Tiền tố log stream (output cloudwatch_logs).' } },
    { name: 'auto_create_group', snippet: 'true', doc: { en: 'Create the log group if missing (cloudwatch_logs output).', vi: 'Tự tạo log group nếu chưa có (output cloudwatch_logs).' } },
    { name: 'delivery_stream', doc: { en: 'Firehose delivery stream (firehose output).', vi: 'Delivery stream của Firehose (output firehose).' } },
    { name: 'stream', doc: { en: 'Kinesis data stream (kinesis_streams output).', vi: 'Kinesis data stream (output kinesis_streams).' } },
  ],
  splunk: [
    { name: 'splunk-url', required: true, doc: { en: 'URL of the Splunk HTTP Event Collector.', vi: 'URL của Splunk HTTP Event Collector.' } },
    { name: 'splunk-source', doc: { en: 'Event source.', vi: 'Nguồn (source) của sự kiện.' } },
    { name: 'splunk-sourcetype', doc: { en: 'Event source type.', vi: 'Loại nguồn (sourcetype) của sự kiện.' } },
    { name: 'splunk-index', doc: { en: 'Index for the events.', vi: 'Index lưu sự kiện.' } },
    { name: 'splunk-format', snippet: '${1|inline,json,raw|}', doc: { en: 'Message format: `inline`, `json` or `raw`.', vi: 'Định dạng thông điệp: `inline`, `json` hoặc `raw`.' } },
  ],
  fluentd: [
    { name: 'fluentd-address', doc: { en: 'Address of the Fluentd daemon (`host:port`).', vi: 'Địa chỉ của Fluentd daemon (`host:port`).' } },
    { name: 'tag', doc: { en: 'Tag of the log messages.', vi: 'Tag gắn cho các thông điệp log.' } },
    { name: 'fluentd-async', snippet: 'true', doc: { en: 'Do not block the container while connecting.', vi: 'Không chặn container trong lúc kết nối.' } },
  ],
  gelf: [
    { name: 'gelf-address', doc: { en: 'Address of the GELF server (`udp://host:port`).', vi: 'Địa chỉ GELF server (`udp://host:port`).' } },
    { name: 'tag', doc: { en: 'Tag of the log messages.', vi: 'Tag gắn cho các thông điệp log.' } },
  ],
  syslog: [
    { name: 'syslog-address', doc: { en: 'Address of the syslog server.', vi: 'Địa chỉ syslog server.' } },
    { name: 'syslog-facility', doc: { en: 'Syslog facility.', vi: 'Syslog facility.' } },
    { name: 'tag', doc: { en: 'Tag of the log messages.', vi: 'Tag gắn cho các thông điệp log.' } },
  ],
  'json-file': [
    { name: 'max-size', snippet: '${1:10m}', doc: { en: 'Maximum size of a log file before it rotates.', vi: 'Kích thước tối đa của một file log trước khi xoay vòng.' } },
    { name: 'max-file', snippet: '${1:3}', doc: { en: 'How many rotated files to keep.', vi: 'Số file log đã xoay vòng được giữ lại.' } },
  ],
  journald: [
    { name: 'tag', doc: { en: 'Tag of the log messages.', vi: 'Tag gắn cho các thông điệp log.' } },
  ],
};
