import { is, isExpression } from '../model.js';
import { isCycle, isDate, isDuration } from '../iso.js';

/** A timer has exactly one of date, duration or cycle, written in ISO 8601 or as ${…} (TimerReader). */
export default function timerDefinition() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:Event')) {
      return;
    }
    for (const definition of node.eventDefinitions || []) {
      if (!is(definition, 'bpmn:TimerEventDefinition')) {
        continue;
      }
      const forms = [['timeDate', isDate, 'ngày giờ ISO 8601, ví dụ 2026-03-01T08:00:00+07:00'],
        ['timeDuration', isDuration, 'khoảng thời gian ISO 8601, ví dụ P5D hoặc PT2H'],
        ['timeCycle', isCycle, 'chu kỳ ISO 8601, ví dụ R3/PT10M (không hỗ trợ cron)']]
        .filter(([name]) => definition[name]);
      if (forms.length !== 1) {
        reporter.report(node.id, 'Hẹn giờ cần đúng một trong: ngày giờ, khoảng thời gian hoặc chu kỳ.');
        continue;
      }
      const [name, valid, expected] = forms[0];
      const text = (definition[name].body || '').trim();
      if (!text) {
        reporter.report(node.id, 'Hẹn giờ chưa có giá trị.');
      } else if (!isExpression(text) && !valid(text)) {
        reporter.report(node.id, `"${text}" không phải ${expected}.`);
      }
    }
  }

  return { check };
}
