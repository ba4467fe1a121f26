import { EVENT_DEFINITIONS } from '../engine-support.js';
import { attribute, is } from '../model.js';

const NAMES = {
  'bpmn:StartEvent': 'sự kiện bắt đầu',
  'bpmn:EndEvent': 'sự kiện kết thúc',
  'bpmn:IntermediateCatchEvent': 'sự kiện chờ trung gian',
  'bpmn:BoundaryEvent': 'sự kiện biên',
};

const DEFINITION_NAMES = {
  'bpmn:TimerEventDefinition': 'hẹn giờ',
  'bpmn:MessageEventDefinition': 'thông điệp',
  'bpmn:ErrorEventDefinition': 'lỗi',
  'bpmn:TerminateEventDefinition': 'kết thúc toàn bộ',
  'bpmn:SignalEventDefinition': 'tín hiệu',
  'bpmn:EscalationEventDefinition': 'chuyển cấp',
  'bpmn:CompensateEventDefinition': 'bù trừ',
  'bpmn:ConditionalEventDefinition': 'điều kiện',
  'bpmn:LinkEventDefinition': 'liên kết',
  'bpmn:CancelEventDefinition': 'hủy',
};

/** Flags events whose trigger the engine does not run on that kind of event (EventReader, BoundaryEventReader). */
export default function supportedEventDefinition() {
  function check(node, reporter) {
    const allowed = EVENT_DEFINITIONS[node.$type];
    if (!allowed) {
      return;
    }
    const definitions = node.eventDefinitions || [];
    const kind = NAMES[node.$type];
    if (definitions.length > 1) {
      reporter.report(node.id, 'Sự kiện có nhiều định nghĩa (multiple) không được hỗ trợ.');
      return;
    }
    const definition = definitions[0] || null;
    const type = definition && definition.$type;
    const insideSubProcess = is(node.$parent, 'bpmn:SubProcess');
    if (is(node, 'bpmn:StartEvent') && insideSubProcess && definition) {
      reporter.report(node.id, 'Sự kiện bắt đầu của quy trình con phải là sự kiện thường (không có hẹn giờ, thông điệp…).');
      return;
    }
    if (!allowed.includes(type)) {
      if (!definition) {
        reporter.report(node.id, `${capitalize(kind)} cần định nghĩa ${allowed.map(a => DEFINITION_NAMES[a]).join(' hoặc ')}.`);
      } else {
        reporter.report(node.id, `${capitalize(kind)} loại ${DEFINITION_NAMES[type] || type} không được hỗ trợ.`);
      }
      return;
    }
    if (is(node, 'bpmn:BoundaryEvent') && type === 'bpmn:ErrorEventDefinition' && node.cancelActivity === false) {
      reporter.report(node.id, 'Sự kiện biên bắt lỗi phải là loại ngắt hoạt động.');
    }
    if (is(node, 'bpmn:EndEvent') && type === 'bpmn:ErrorEventDefinition' && !definition.errorRef) {
      reporter.report(node.id, 'Sự kiện kết thúc báo lỗi cần chọn lỗi (errorRef) được phát ra.');
    }
    if (type === 'bpmn:MessageEventDefinition' && !definition.messageRef) {
      reporter.report(node.id, 'Sự kiện chờ thông điệp cần chọn thông điệp.');
    }
    if (type === 'bpmn:ErrorEventDefinition' && definition.errorRef && !definition.errorRef.errorCode
        && !attribute(definition.errorRef, 'bpmn', 'errorCode')) {
      reporter.report(node.id, 'Lỗi được chọn cần có mã lỗi (errorCode).');
    }
  }

  return { check };
}

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
