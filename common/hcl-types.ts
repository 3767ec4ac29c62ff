/** The HCL parser as the language service uses it (web-tree-sitter's `Parser` / `Node` fit these shapes). */
/** What this module needs of a tree-sitter node (web-tree-sitter's `Node` has it). */
export interface HclNode {
  readonly type: string;
  readonly text: string;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: { row: number; column: number };
  readonly endPosition: { row: number; column: number };
  readonly namedChildren: ReadonlyArray<HclNode | null>;
  /** True when the node or one inside it is a syntax error (tree-sitter's `ERROR` / missing nodes). */
  readonly hasError?: boolean;
}

export interface HclParser {
  parse(text: string): { rootNode: HclNode; delete?(): void } | null;
}

