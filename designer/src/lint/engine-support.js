// What the THADS engine's BPMN parser accepts (src/Workflows/Parsing/Reading: FlowNodeReader, ScopeReader,
// DefinitionsReader, EventReader, BoundaryEventReader, ExtensionAttributeCheck, ExtensionElementsReader, Unsupported).
// designer/test/lint.test.js checks that every standard process (which the engine deploys) passes and each refused
// construct is flagged; keep this table in step when the parser changes.

/** Flow nodes the engine executes (plus bpmn:SubProcess unless triggeredByEvent). */
export const SUPPORTED_FLOW_NODES = [
  'bpmn:StartEvent', 'bpmn:EndEvent', 'bpmn:IntermediateCatchEvent', 'bpmn:BoundaryEvent',
  'bpmn:Task', 'bpmn:ManualTask', 'bpmn:UserTask', 'bpmn:ServiceTask', 'bpmn:ScriptTask', 'bpmn:ReceiveTask',
  'bpmn:CallActivity', 'bpmn:SubProcess',
  'bpmn:ExclusiveGateway', 'bpmn:ParallelGateway', 'bpmn:InclusiveGateway',
];

/** Scope content that only documents the process. */
export const DOCUMENTATION_ONLY = [
  'bpmn:SequenceFlow', 'bpmn:LaneSet', 'bpmn:Lane', 'bpmn:TextAnnotation', 'bpmn:Association', 'bpmn:Group',
  'bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference',
];

/** Root elements of bpmn:definitions the engine reads or ignores; any other (signal, escalation, …) is refused. */
export const SUPPORTED_ROOT_ELEMENTS = ['bpmn:Process', 'bpmn:Message', 'bpmn:Error', 'bpmn:Collaboration', 'bpmn:Category'];

/** Refused flow elements, with the reason shown to the administrator. */
export const REFUSED_ELEMENTS = {
  'bpmn:SendTask': 'Tác vụ gửi (send task) không được hỗ trợ.',
  'bpmn:BusinessRuleTask': 'Tác vụ quy tắc nghiệp vụ không được hỗ trợ.',
  'bpmn:EventBasedGateway': 'Cổng theo sự kiện không được hỗ trợ.',
  'bpmn:ComplexGateway': 'Cổng phức hợp không được hỗ trợ.',
  'bpmn:IntermediateThrowEvent': 'Sự kiện phát trung gian không được hỗ trợ.',
  'bpmn:Transaction': 'Giao dịch (transaction) không được hỗ trợ.',
  'bpmn:AdHocSubProcess': 'Quy trình con tùy biến (ad-hoc) không được hỗ trợ.',
  'bpmn:Signal': 'Tín hiệu (signal) không được hỗ trợ.',
  'bpmn:Escalation': 'Chuyển cấp (escalation) không được hỗ trợ.',
};

/**
 * Event definitions each kind of event may have; null stands for "no definition" (a none event).
 * Start events inside a subprocess may only be none events.
 */
export const EVENT_DEFINITIONS = {
  'bpmn:StartEvent': [null, 'bpmn:TimerEventDefinition'],
  'bpmn:EndEvent': [null, 'bpmn:TerminateEventDefinition', 'bpmn:ErrorEventDefinition'],
  'bpmn:IntermediateCatchEvent': ['bpmn:TimerEventDefinition', 'bpmn:MessageEventDefinition'],
  'bpmn:BoundaryEvent': ['bpmn:TimerEventDefinition', 'bpmn:ErrorEventDefinition'],
};

/** Camunda attributes that would change what runs (ExtensionAttributeCheck.RefusedCamunda). */
export const REFUSED_CAMUNDA_ATTRIBUTES = {
  class: 'Không hỗ trợ lớp Java; hãy chọn một hoạt động THADS.',
  delegateExpression: 'Không hỗ trợ biểu thức ủy quyền; hãy chọn một hoạt động THADS.',
  expression: 'Không hỗ trợ cách thực hiện bằng biểu thức; hãy chọn một hoạt động THADS.',
  type: 'Không hỗ trợ tác vụ bên ngoài hay bộ kết nối; hãy chọn một hoạt động THADS.',
  topic: 'Không hỗ trợ tác vụ bên ngoài; hãy chọn một hoạt động THADS.',
  resource: 'Không hỗ trợ kịch bản từ tài nguyên ngoài; hãy viết kịch bản trực tiếp.',
  candidateUsers: 'Không hỗ trợ danh sách người được nhận việc; dùng vai trò và đơn vị.',
  initiator: 'Không hỗ trợ lưu người khởi động vào biến.',
  errorCodeVariable: 'Không hỗ trợ lưu mã lỗi vào biến.',
  errorMessageVariable: 'Không hỗ trợ lưu thông báo lỗi vào biến.',
  calledElementBinding: 'Gọi quy trình luôn dùng phiên bản mới nhất.',
  calledElementVersion: 'Gọi quy trình luôn dùng phiên bản mới nhất.',
  calledElementVersionTag: 'Gọi quy trình luôn dùng phiên bản mới nhất.',
  calledElementTenantId: 'Không hỗ trợ đơn vị thuê (tenant).',
  caseRef: 'Không hỗ trợ CMMN.',
  variableMappingClass: 'Không hỗ trợ ánh xạ biến bằng lớp Java; dùng biến truyền vào/nhận về.',
  variableMappingDelegateExpression: 'Không hỗ trợ ánh xạ biến ủy quyền; dùng biến truyền vào/nhận về.',
};

/** Camunda extension elements that would change what runs (Unsupported.Phrases). */
export const REFUSED_EXTENSION_ELEMENTS = {
  'camunda:ExecutionListener': 'Không hỗ trợ trình nghe thực thi.',
  'camunda:TaskListener': 'Không hỗ trợ trình nghe tác vụ.',
  'camunda:FailedJobRetryTimeCycle': 'Không hỗ trợ chu kỳ thử lại.',
  'camunda:Connector': 'Không hỗ trợ bộ kết nối.',
  'camunda:Field': 'Không hỗ trợ tiêm trường.',
  'camunda:FormData': 'Không hỗ trợ biểu mẫu sinh tự động; dùng mã biểu mẫu.',
};

/** Values of input/output parameters the engine refuses. */
export const REFUSED_PARAMETER_VALUES = {
  'camunda:Script': 'Không hỗ trợ giá trị kịch bản trong tham số.',
  'camunda:List': 'Không hỗ trợ giá trị danh sách trong tham số.',
  'camunda:Map': 'Không hỗ trợ giá trị bảng ánh xạ trong tham số.',
};

/** The THADS attributes and where they may stand (FlowNodeReader.AllowedThadsAttributes, TimerReader). */
export const THADS_ATTRIBUTES = {
  'bpmn:ServiceTask': ['activity'],
  'bpmn:UserTask': ['candidateUnit'],
  'bpmn:TimerEventDefinition': ['calendar'],
};

export const WORKING_DAYS_CALENDAR = 'working-days';

/** Script formats the engine runs (ScriptLanguage): JavaScript only; absent means JavaScript. */
export const SCRIPT_FORMATS = ['javascript', 'js', 'ecmascript'];
