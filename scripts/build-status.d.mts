export declare const ROOT: string;
export declare const ENTRY: string;
export declare function buildStatus(root?: string): "missing" | "stale" | "fresh";
