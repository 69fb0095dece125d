export const DEV_BASE_URL: string;
export function manifestForBase(content: string | Buffer, baseUrl: string): string;
