import {
  REFUSED_CAMUNDA_ATTRIBUTES, REFUSED_EXTENSION_ELEMENTS, REFUSED_PARAMETER_VALUES, THADS_ATTRIBUTES, WORKING_DAYS_CALENDAR,
} from '../engine-support.js';
import { attribute, attributes, extensionValues, is } from '../model.js';

/**
 * Flags the Camunda and THADS extensions the engine refuses: behaviour-changing attributes, listeners and the like,
 * inputOutput outside activities, in/out outside call activities, unknown THADS attributes (ExtensionAttributeCheck,
 * ExtensionElementsReader).
 */
export default function supportedExtension() {
  function check(node, reporter) {
    if (!node.id || is(node, 'bpmn:Definitions')) {
      return;
    }
    for (const [name] of attributes(node, 'camunda')) {
      if (REFUSED_CAMUNDA_ATTRIBUTES[name]) {
        reporter.report(node.id, `camunda:${name}: ${REFUSED_CAMUNDA_ATTRIBUTES[name]}`);
      }
    }
    checkThads(node, node.id, reporter);
    for (const definition of node.eventDefinitions || []) {
      checkThads(definition, node.id, reporter);
    }

    for (const value of extensionValues(node)) {
      const type = value.$type;
      if (REFUSED_EXTENSION_ELEMENTS[type]) {
        reporter.report(node.id, REFUSED_EXTENSION_ELEMENTS[type]);
      } else if (type === 'camunda:InputOutput') {
        if (!is(node, 'bpmn:Activity')) {
          reporter.report(node.id, 'Ánh xạ đầu vào/đầu ra chỉ dùng được trên tác vụ và quy trình con.');
        }
        for (const parameter of [...(value.inputParameters || []), ...(value.outputParameters || [])]) {
          if (parameter.definition && REFUSED_PARAMETER_VALUES[parameter.definition.$type]) {
            reporter.report(node.id, `Tham số ${parameter.name}: ${REFUSED_PARAMETER_VALUES[parameter.definition.$type]}`);
          }
        }
      } else if ((type === 'camunda:In' || type === 'camunda:Out') && !is(node, 'bpmn:CallActivity')) {
        reporter.report(node.id, 'Biến truyền vào/nhận về chỉ dùng được khi gọi quy trình khác.');
      } else if (type && type.startsWith('thads:')) {
        reporter.report(node.id, 'THADS không định nghĩa phần tử mở rộng, chỉ có thuộc tính.');
      }
    }
  }

  function checkThads(element, reportOn, reporter) {
    const allowed = THADS_ATTRIBUTES[element.$type] || [];
    for (const [name, value] of attributes(element, 'thads')) {
      if (!allowed.includes(name)) {
        const where = allowed.length ? allowed.map(a => `thads:${a}`).join(', ') : 'không có';
        reporter.report(reportOn, `thads:${name} không phải thuộc tính THADS của ${element.$type.replace('bpmn:', '')} (được phép: ${where}).`);
      } else if (name === 'calendar' && value !== WORKING_DAYS_CALENDAR) {
        reporter.report(reportOn, `thads:calendar phải là "${WORKING_DAYS_CALENDAR}" (ngày làm việc) hoặc để trống.`);
      }
    }
    if (is(element, 'bpmn:TimerEventDefinition') && attribute(element, 'thads', 'calendar') === '') {
      reporter.report(reportOn, `thads:calendar phải là "${WORKING_DAYS_CALENDAR}" (ngày làm việc) hoặc để trống.`);
    }
  }

  return { check };
}
