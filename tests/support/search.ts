/** Small OpenSearch REST helper for assertions: tests check what analysts would get back over HTTP. */
export async function searchJson<T>(opensearchUrl: string, path: string, body?: object): Promise<T> {
  const response = await fetch(`${opensearchUrl}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export interface Hit<T> {
  _id: string;
  _source: T;
}
export interface SearchResponse<T> {
  hits: { total: { value: number }; hits: Hit<T>[] };
  aggregations?: Record<string, { buckets: { key: string; doc_count: number }[] }>;
}
