// Calls to the Host's /api/admin/workflows; problem+json answers become errors carrying the Vietnamese detail.

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `Lỗi máy chủ (${status}).`);
    this.status = status;
    this.problem = problem || {};
  }
}

export function createApi(base) {
  async function call(method, path, body) {
    const response = await fetch(base + path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 204) {
      return null;
    }
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      throw new ApiError(response.status, data);
    }
    return data;
  }

  return {
    get: path => call('GET', path),
    post: (path, body) => call('POST', path, body),
    put: (path, body) => call('PUT', path, body),
    del: path => call('DELETE', path),
  };
}
