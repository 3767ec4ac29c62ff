/** The subset of JSON Schema (draft-07) that the generated schemas use and our validator implements. */
export interface SchemaNode {
  type?: JsonType | JsonType[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  items?: SchemaNode;
  enum?: Array<string | number | boolean>;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  /** Our documentation key for this node (`containerDefinitions[].image`), used by hover and completion. */
  'x-doc-key'?: string;
  /** True when the model marks the value sensitive: it is never echoed in a message. */
  'x-sensitive'?: boolean;
}

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';
