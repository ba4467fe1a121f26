import { describe, expect, it } from 'vitest';
import { diagram, errorsOn, lint, standardFiles } from './helpers.js';

describe('the lint rules accept what the engine deploys', () => {
  it.each(standardFiles())('%s has no errors', async (_, xml) => {
    const reports = await lint(xml);
    expect(reports.filter(r => r.category === 'error')).toEqual([]);
  });

  it('accepts a plain service task with a registered activity', async () => {
    const reports = await lint(diagram('<bpmn:serviceTask id="x" name="Duyệt" thads:activity="Approval" />'));
    expect(errorsOn(reports, 'x')).toEqual([]);
  });
});

describe('the lint rules flag what the engine refuses', () => {
  const cases = [
    ['a send task', '<bpmn:sendTask id="x" name="Gửi" />', 'thads/supported-element', 'Tác vụ gửi'],
    ['a business rule task', '<bpmn:businessRuleTask id="x" name="Luật" />', 'thads/supported-element', 'quy tắc nghiệp vụ'],
    ['a complex gateway', '<bpmn:complexGateway id="x" />', 'thads/supported-element', 'Cổng phức hợp'],
    ['an intermediate throw event', '<bpmn:intermediateThrowEvent id="x" name="Phát" />', 'thads/supported-element', 'phát trung gian'],
    ['an event subprocess', '<bpmn:subProcess id="x" name="Con" triggeredByEvent="true" />', 'thads/supported-element', 'Quy trình con sự kiện'],
    ['a standard loop', '<bpmn:task id="x" name="Lặp"><bpmn:standardLoopCharacteristics /></bpmn:task>', 'thads/supported-element', 'Vòng lặp chuẩn'],
    ['a signal catch event', '<bpmn:intermediateCatchEvent id="x" name="Chờ"><bpmn:signalEventDefinition /></bpmn:intermediateCatchEvent>', 'thads/supported-event-definition', 'tín hiệu'],
    ['an intermediate catch without a trigger', '<bpmn:intermediateCatchEvent id="x" name="Chờ" />', 'thads/supported-event-definition', 'cần định nghĩa'],
    ['a Java delegate', '<bpmn:serviceTask id="x" name="Java" thads:activity="Approval" camunda:class="a.B" />', 'thads/supported-extension', 'camunda:class'],
    ['an external task', '<bpmn:serviceTask id="x" name="Ngoài" thads:activity="Approval" camunda:type="external" camunda:topic="t" />', 'thads/supported-extension', 'camunda:topic'],
    ['candidate users', '<bpmn:userTask id="x" name="Việc" camunda:candidateUsers="a,b" />', 'thads/supported-extension', 'camunda:candidateUsers'],
    ['an execution listener', '<bpmn:task id="x" name="Nghe"><bpmn:extensionElements><camunda:executionListener event="start" class="a.B" /></bpmn:extensionElements></bpmn:task>', 'thads/supported-extension', 'trình nghe thực thi'],
    ['a THADS attribute on the wrong element', '<bpmn:task id="x" name="Sai" thads:activity="Approval" />', 'thads/supported-extension', 'thads:activity'],
    ['a service task without an activity', '<bpmn:serviceTask id="x" name="Trống" />', 'thads/service-task-activity', 'cần một hoạt động THADS'],
    ['an unregistered activity', '<bpmn:serviceTask id="x" name="Lạ" thads:activity="NoSuchActivity" />', 'thads/service-task-activity', 'NoSuchActivity'],
    ['a list of candidate roles', '<bpmn:userTask id="x" name="Việc" camunda:candidateGroups="leader,executor" />', 'thads/user-task-assignment', 'một vai trò'],
    ['a due date in words', '<bpmn:userTask id="x" name="Việc" camunda:dueDate="ba ngày" />', 'thads/user-task-assignment', 'ba ngày'],
    ['a Groovy script', '<bpmn:scriptTask id="x" name="Groovy" scriptFormat="groovy"><bpmn:script>1</bpmn:script></bpmn:scriptTask>', 'thads/script-language', 'groovy'],
  ];

  it.each(cases)('flags %s', async (_, body, rule, text) => {
    const reports = errorsOn(await lint(diagram(body)), 'x');
    expect(reports.map(r => r.rule)).toContain(rule);
    expect(reports.filter(r => r.rule === rule).map(r => r.message).join('\n')).toContain(text);
  });

  it('flags a signal root element', async () => {
    const reports = await lint(diagram('<bpmn:task id="x" name="T" />', '<bpmn:signal id="sig" name="S" />'));
    expect(errorsOn(reports, 'sig').map(r => r.rule)).toContain('thads/supported-element');
  });

  const timer = (inner, attrs = '') => diagram(`<bpmn:task id="x" name="T" />
    <bpmn:boundaryEvent id="b" name="Quá hạn" attachedToRef="x" cancelActivity="false"><bpmn:outgoing>f3</bpmn:outgoing>
      <bpmn:timerEventDefinition ${attrs}>${inner}</bpmn:timerEventDefinition></bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="f3" sourceRef="b" targetRef="end2" /><bpmn:endEvent id="end2" name="Báo"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>`);

  it.each([
    ['P5D', ''], ['PT2H', ''], ['${verificationDue}', ''], ['P3D', 'thads:calendar="working-days"'],
  ])('accepts the boundary timer %s %s', async (text, attrs) => {
    const reports = await lint(timer(`<bpmn:timeDuration>${text}</bpmn:timeDuration>`, attrs));
    expect(errorsOn(reports, 'b')).toEqual([]);
  });

  it.each([
    ['<bpmn:timeDuration>5 ngày</bpmn:timeDuration>', '', '5 ngày'],
    ['<bpmn:timeCycle>0 0 * * *</bpmn:timeCycle>', '', 'cron'],
    ['', '', 'đúng một'],
    ['<bpmn:timeDuration>P5D</bpmn:timeDuration>', 'thads:calendar="lunar"', 'working-days'],
  ])('flags the boundary timer %s %s', async (inner, attrs, text) => {
    const reports = errorsOn(await lint(timer(inner, attrs)), 'b');
    expect(reports.map(r => r.message).join('\n')).toContain(text);
  });

  it('flags a non-interrupting error boundary event', async () => {
    const xml = diagram(`<bpmn:task id="x" name="T" />
      <bpmn:boundaryEvent id="b" name="Lỗi" attachedToRef="x" cancelActivity="false"><bpmn:outgoing>f3</bpmn:outgoing><bpmn:errorEventDefinition /></bpmn:boundaryEvent>
      <bpmn:sequenceFlow id="f3" sourceRef="b" targetRef="end2" /><bpmn:endEvent id="end2" name="E"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>`);
    expect(errorsOn(await lint(xml), 'b').map(r => r.message).join()).toContain('ngắt hoạt động');
  });

  it('flags a disconnected task', async () => {
    const xml = diagram('<bpmn:task id="x" name="T" /><bpmn:task id="lonely" name="Lẻ" />');
    expect(errorsOn(await lint(xml), 'lonely').map(r => r.rule)).toContain('thads/connected');
  });
});
