export declare const ROOT: string;

/** Transpiles the sources' folders into `out`, skipping files whose output is newer; answers how many of how many it wrote. */
export declare function transpile(out: string, sources?: string[]): Promise<{ written: number; files: number }>;
