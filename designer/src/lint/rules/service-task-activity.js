import { attribute, is } from '../model.js';

/**
 * A service task runs a registered THADS activity, named by thads:activity. The registered names come from the
 * element templates the Host exports (rule config `activities`); without them only a missing name is flagged.
 */
export default function serviceTaskActivity(config = {}) {
  const activities = config.activities || null;

  function check(node, reporter) {
    if (!is(node, 'bpmn:ServiceTask')) {
      return;
    }
    const activity = attribute(node, 'thads', 'activity');
    if (!activity) {
      reporter.report(node.id, 'Tác vụ dịch vụ cần một hoạt động THADS: chọn mẫu hoạt động trong bảng thuộc tính.');
    } else if (activities && !activities.includes(activity)) {
      reporter.report(node.id, `Hoạt động "${activity}" chưa được đăng ký trong hệ thống.`);
    }
  }

  return { check };
}
