import type { EnumDocTable, FieldDocTable } from './types';

export const serviceFieldDocs: FieldDocTable = {};
export const serviceEnumDocs: EnumDocTable = {};
