import { attribute, is, isExpression } from '../model.js';
import { isDate, isDuration } from '../iso.js';

/** A user task names one candidate role, and its due date is an ISO date or duration (UserTaskReader). */
export default function userTaskAssignment() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const groups = attribute(node, 'camunda', 'candidateGroups');
    if (groups && groups.includes(',') && !isExpression(groups)) {
      reporter.report(node.id, `Vai trò được nhận việc chỉ ghi một vai trò; "${groups}" là một danh sách.`);
    }
    const due = attribute(node, 'camunda', 'dueDate');
    if (due && !isExpression(due) && !isDate(due) && !isDuration(due)) {
      reporter.report(node.id, `Hạn xử lý "${due}" không phải ngày hay khoảng thời gian ISO 8601 (ví dụ P3D).`);
    }
  }

  return { check };
}
