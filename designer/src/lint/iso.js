// ISO 8601 texts as the engine reads them (src/Workflows/Timing); the server's check stays the authority.

const DURATION = /^P(?=\d|T\d)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function isDuration(text) {
  return DURATION.test((text || '').trim());
}

export function isDate(text) {
  return DATE.test((text || '').trim());
}

/** R[n]/duration, R[n]/duration/end or R[n]/start/duration; a zero count is refused. */
export function isCycle(text) {
  const parts = (text || '').trim().split('/');
  if (!/^R(\d*)$/.test(parts[0]) || parts[0] === 'R0') {
    return false;
  }
  if (parts.length === 2) {
    return isDuration(parts[1]);
  }
  if (parts.length === 3) {
    return (isDuration(parts[1]) && isDate(parts[2])) || (isDate(parts[1]) && isDuration(parts[2]));
  }
  return false;
}
