export interface StaticServer {
  url: string;
  close(): Promise<void>;
}
export function startStaticServer(roots: string[]): Promise<StaticServer>;
