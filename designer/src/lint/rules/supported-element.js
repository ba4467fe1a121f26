import { DOCUMENTATION_ONLY, REFUSED_ELEMENTS, SUPPORTED_FLOW_NODES, SUPPORTED_ROOT_ELEMENTS } from '../engine-support.js';
import { is } from '../model.js';

/** Flags every flow element and root element the engine refuses to deploy. */
export default function supportedElement() {
  function check(node, reporter) {
    const type = node.$type;
    if (REFUSED_ELEMENTS[type]) {
      reporter.report(node.id, REFUSED_ELEMENTS[type]);
      return;
    }
    if (is(node, 'bpmn:SubProcess') && node.triggeredByEvent) {
      reporter.report(node.id, 'Quy trình con sự kiện không được hỗ trợ.');
      return;
    }
    if (is(node, 'bpmn:FlowElement') && is(node.$parent, 'bpmn:FlowElementsContainer')
        && !SUPPORTED_FLOW_NODES.includes(type) && !DOCUMENTATION_ONLY.includes(type)) {
      reporter.report(node.id, `Phần tử loại ${type.replace('bpmn:', '')} không được bộ máy quy trình hỗ trợ.`);
      return;
    }
    if (is(node, 'bpmn:RootElement') && is(node.$parent, 'bpmn:Definitions') && !SUPPORTED_ROOT_ELEMENTS.includes(type)) {
      reporter.report(node.id, `Phần tử loại ${type.replace('bpmn:', '')} không được bộ máy quy trình hỗ trợ.`);
      return;
    }
    if (is(node, 'bpmn:Activity') && node.loopCharacteristics && is(node.loopCharacteristics, 'bpmn:StandardLoopCharacteristics')) {
      reporter.report(node.id, 'Vòng lặp chuẩn không được hỗ trợ; dùng đa thể hiện (multi-instance).');
    }
  }

  return { check };
}
