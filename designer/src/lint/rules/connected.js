import { is } from '../model.js';

/**
 * Every flow node has a way in and a way out (the engine's missing-incoming-flow / missing-outgoing-flow), read from
 * the sequence flows of its scope, so it works on files whose nodes do not list their incoming/outgoing flows.
 */
export default function connected() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:FlowElementsContainer') || !node.flowElements) {
      return;
    }
    const flows = node.flowElements.filter(e => is(e, 'bpmn:SequenceFlow'));
    const hasIncoming = id => flows.some(f => f.targetRef && f.targetRef.id === id);
    const hasOutgoing = id => flows.some(f => f.sourceRef && f.sourceRef.id === id);
    for (const element of node.flowElements) {
      if (!is(element, 'bpmn:FlowNode')) {
        continue;
      }
      const needsIncoming = !is(element, 'bpmn:StartEvent') && !is(element, 'bpmn:BoundaryEvent');
      const needsOutgoing = !is(element, 'bpmn:EndEvent');
      if (needsIncoming && !hasIncoming(element.id)) {
        reporter.report(element.id, 'Phần tử chưa có luồng vào.');
      }
      if (needsOutgoing && !hasOutgoing(element.id)) {
        reporter.report(element.id, 'Phần tử chưa có luồng ra.');
      }
    }
  }

  return { check };
}
