using Thads.Workflows.Model;
using Thads.Workflows.Parsing;
using Xunit;

namespace Thads.Workflows.Tests.Parsing;

public sealed class ValidDocumentTests
{
    private const string EveryElement = "Process.every-supported-element.bpmn";

    private static readonly Lazy<BpmnDocument> Document = new(() =>
    {
        var result = Fixture.Parse(EveryElement);
        Assert.Empty(result.Problems);
        return result.Document!;
    });

    private static ProcessModel Process => Document.Value.FindProcess("Process_ThuLy")!;

    private static T Node<T>(string id)
        where T : FlowNode => Assert.IsType<T>(Process.FindNode(id));

    [Fact]
    public void A_file_using_every_supported_element_parses_without_problems()
    {
        var result = Fixture.Parse(EveryElement);

        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
        Assert.Equal(EveryElement, result.Document!.FileName);
        Assert.Equal(["Process_ThuLy", "Process_ThiHanh"], result.Document.Processes.Select(p => p.Id));
    }

    [Fact]
    public void A_non_executable_process_is_kept_but_not_marked_executable()
    {
        Assert.Equal(["Process_ThuLy"], Document.Value.ExecutableProcesses.Select(p => p.Id));
        Assert.False(Document.Value.FindProcess("Process_ThiHanh")!.IsExecutable);
        Assert.Equal("Thụ lý hồ sơ", Process.Name);
    }

    [Fact]
    public void Nodes_at_every_depth_are_found_by_id_but_listed_only_in_their_own_scope()
    {
        Assert.Equal(30, Process.AllNodes.Count());
        Assert.Equal(23, Process.Nodes.Count);
        Assert.DoesNotContain(Process.Nodes, n => n.Id == "Task_Sau");

        var deep = Node<TaskNode>("Task_Sau");
        var middle = Node<SubProcessNode>("SubProcess_Sau");
        var outer = Node<SubProcessNode>("SubProcess_XacMinh");
        Assert.Same(middle, deep.Container);
        Assert.Same(outer, middle.Container);
        Assert.Same(Process, outer.Container);
        Assert.Contains(deep, middle.Nodes);
    }

    [Fact]
    public void Each_subprocess_has_its_own_start_event_and_flows()
    {
        var outer = Node<SubProcessNode>("SubProcess_XacMinh");

        Assert.Equal("StartEvent_1", Process.NoneStart!.Id);
        Assert.Equal("Start_XacMinh", outer.NoneStart!.Id);
        Assert.Equal(["FlowS_1", "FlowS_2", "FlowS_3"], outer.Flows.Select(f => f.Id));
        Assert.Equal(23, Process.Flows.Count);
    }

    [Fact]
    public void Sequence_flows_are_linked_to_both_ends_and_listed_on_each()
    {
        var flow = Process.Flows.Single(f => f.Id == "Flow_1");
        var start = Node<StartEventNode>("StartEvent_1");
        var userTask = Node<UserTaskNode>("Task_TiepNhan");

        Assert.Same(start, flow.Source);
        Assert.Same(userTask, flow.Target);
        Assert.Equal([flow], start.Outgoing);
        Assert.Equal([flow], userTask.Incoming);
        Assert.Equal(["Flow_14", "Flow_15", "Flow_21"], Node<TaskNode>("Task_XacNhan").Incoming.Select(f => f.Id).Order());
        Assert.Equal("Hợp lệ", Process.Flows.Single(f => f.Id == "Flow_HopLe").Name);
    }

    [Theory]
    [InlineData("Flow_HopLe", "hopLe == true")]
    [InlineData("Flow_12", "phi > 0 && daThuPhi")]
    [InlineData("Flow_21", "luuTru == 'giay'")]
    [InlineData("Flow_1", null)]
    public void Conditions_are_stored_as_plain_javascript_without_the_expression_wrapper(string flowId, string? condition)
    {
        Assert.Equal(condition, Process.Flows.Single(f => f.Id == flowId).Condition);
    }

    [Fact]
    public void Default_flows_are_set_on_gateways_and_on_activities()
    {
        Assert.Equal("Flow_KhongHopLe", Node<GatewayNode>("Gateway_HopLe").DefaultFlow!.Id);
        Assert.Equal("Flow_13", Node<GatewayNode>("Gateway_BaoCao").DefaultFlow!.Id);
        Assert.Equal("Flow_15", Node<TaskNode>("Task_LuuHoSo").DefaultFlow!.Id);
        Assert.Null(Node<GatewayNode>("Gateway_Fork").DefaultFlow);
        Assert.Equal(FlowNodeKind.InclusiveGateway, Node<GatewayNode>("Gateway_BaoCao").Kind);
        Assert.False(Node<GatewayNode>("Gateway_Fork").IsJoin);
        Assert.True(Node<GatewayNode>("Gateway_Join").IsJoin);
    }

    [Fact]
    public void User_task_assignment_attributes_and_parameters_are_read()
    {
        var task = Node<UserTaskNode>("Task_TiepNhan");

        Assert.Equal("Tiếp nhận hồ sơ", task.Name);
        Assert.Equal("${nguoiNop}", task.Assignee);
        Assert.Equal("chap-hanh-vien", task.CandidateRole);
        Assert.Equal("${donViThuLy}", task.CandidateUnit);
        Assert.Equal("P5D", task.DueDate);
        Assert.Equal("thads:tiep-nhan", task.FormKey);
        Assert.Equal(
            [new ParameterMapping("loaiHoSo", "dan-su"), new ParameterMapping("hanXuLy", "${ngayNhan + 5}")],
            task.Inputs);
        Assert.False(task.Inputs[0].IsExpression);
        Assert.True(task.Inputs[1].IsExpression);
        Assert.Equal([new ParameterMapping("ketQuaTiepNhan", "${ketQua}")], task.Outputs);
    }

    [Fact]
    public void A_timer_boundary_event_is_attached_to_its_activity_with_its_calendar()
    {
        var boundary = Node<BoundaryEventNode>("Timer_NhacViec");
        var task = Node<UserTaskNode>("Task_TiepNhan");

        Assert.Same(task, boundary.AttachedTo);
        Assert.Equal([boundary], task.BoundaryEvents);
        Assert.False(boundary.CancelActivity);
        Assert.False(boundary.CatchesError);
        Assert.Equal(new TimerDefinition(TimerKind.Duration, "P2D", "working-days"), boundary.Timer);
        Assert.Equal("Task_NhacViec", Assert.Single(boundary.Outgoing).Target.Id);
    }

    [Fact]
    public void An_error_boundary_catches_the_code_of_its_error_or_everything_without_one()
    {
        var specific = Node<BoundaryEventNode>("Boundary_LoiThiHanh");
        var catchAll = Node<BoundaryEventNode>("Boundary_LoiBatKy");

        Assert.True(specific.CatchesError);
        Assert.True(specific.CancelActivity);
        Assert.Equal("HO_SO_KHONG_HOP_LE", specific.ErrorCode);
        Assert.Same(Process.FindNode("Call_ThiHanh"), specific.AttachedTo);
        Assert.True(catchAll.CatchesError);
        Assert.Null(catchAll.ErrorCode);
        Assert.Null(catchAll.Timer);
    }

    [Fact]
    public void End_events_carry_their_definition_and_thrown_error()
    {
        var error = Node<EndEventNode>("End_TuChoi");

        Assert.Equal(EventDefinitionKind.Error, error.Definition);
        Assert.Equal(new BpmnErrorRef("Error_Invalid", "Hồ sơ không hợp lệ", "HO_SO_KHONG_HOP_LE"), error.Error);
        Assert.Equal(EventDefinitionKind.Terminate, Node<EndEventNode>("End_Huy").Definition);
        Assert.Equal(EventDefinitionKind.None, Node<EndEventNode>("End_HoanThanh").Definition);
        Assert.Null(Node<EndEventNode>("End_HoanThanh").Error);
    }

    [Fact]
    public void Message_references_resolve_to_the_message_name_or_to_its_id_when_it_has_none()
    {
        Assert.Equal("HoSoDuocDuyet", Node<ReceiveTaskNode>("Task_ChoKetQua").MessageName);
        var catchMessage = Node<IntermediateCatchEventNode>("Event_ChoTinNhan");
        Assert.Equal("Message_NoName", catchMessage.MessageName);
        Assert.Null(catchMessage.Timer);
    }

    [Fact]
    public void An_intermediate_timer_keeps_its_text_as_written()
    {
        var timer = Node<IntermediateCatchEventNode>("Event_ChoThoiHan");

        Assert.Equal(new TimerDefinition(TimerKind.Date, "2030-01-15T08:00:00", null), timer.Timer);
        Assert.Null(timer.MessageName);
    }

    [Fact]
    public void Script_and_service_tasks_keep_their_script_and_activity_type()
    {
        var script = Node<ScriptTaskNode>("Task_TinhPhi");

        Assert.Contains("for (var i = 0; i < soTrang; i++)", script.Script, StringComparison.Ordinal);
        Assert.Equal("phi", script.ResultVariable);
        Assert.Equal("GuiThongBao", Node<ServiceTaskNode>("Task_GuiThongBao").ActivityType);
        Assert.Equal(FlowNodeKind.ManualTask, Node<TaskNode>("Task_XacNhan").Kind);
        Assert.Equal(FlowNodeKind.Task, Node<TaskNode>("Task_LuuHoSo").Kind);
    }

    [Fact]
    public void Multi_instance_settings_are_read_as_expressions()
    {
        Assert.Equal(
            new MultiInstanceSpec(false, null, "danhSachCanBo", "canBo", "nrOfCompletedInstances >= 1"),
            Node<SubProcessNode>("SubProcess_XacMinh").MultiInstance);
        Assert.Equal(
            new MultiInstanceSpec(true, "soLan", null, null, null),
            Node<CallActivityNode>("Call_ThiHanh").MultiInstance);
        Assert.Null(Node<UserTaskNode>("Task_TiepNhan").MultiInstance);
        Assert.Equal([new ParameterMapping("donVi", "${canBo.donVi}")], Node<SubProcessNode>("SubProcess_XacMinh").Inputs);
    }

    [Fact]
    public void Call_activity_variable_mappings_are_read_in_both_directions()
    {
        var call = Node<CallActivityNode>("Call_ThiHanh");

        Assert.Equal("Process_ThiHanh", call.CalledElement);
        Assert.Equal(
            [new VariableMapping("soHoSo", null, "maHoSo"), new VariableMapping(null, "phi * 2", "phiGapDoi")],
            call.InMappings);
        Assert.True(call.PassAllIn);
        Assert.Equal([new VariableMapping("ketQuaThiHanh", null, "ketQua")], call.OutMappings);
        Assert.False(call.PassAllOut);
    }

    [Fact]
    public void Source_locations_point_at_the_opening_bracket_of_the_element()
    {
        var (line, column) = Fixture.PositionOf(EveryElement, "id=\"Task_TiepNhan\"");

        Assert.Equal(new SourceLocation(EveryElement, line, column), Process.FindNode("Task_TiepNhan")!.Location);
        Assert.Equal(5, column);
    }

    [Fact]
    public void A_file_without_diagram_interchange_is_valid()
    {
        var result = Fixture.Parse("Process.without-di.bpmn");

        Assert.True(result.IsValid);
        var process = Assert.Single(result.Document!.Processes);
        Assert.Equal(["Start", "Task_Duyet", "End"], process.Nodes.Select(n => n.Id));
        Assert.Equal("lanh-dao", Assert.IsType<UserTaskNode>(process.FindNode("Task_Duyet")).CandidateRole);
    }

    [Fact]
    public void The_stream_overload_reads_the_same_document_and_leaves_the_stream_open()
    {
        using var stream = File.OpenRead(Fixture.PathOf(EveryElement));

        var result = new BpmnParser().Parse(stream, EveryElement);

        Assert.True(result.IsValid);
        Assert.Equal(30, result.Document!.FindProcess("Process_ThuLy")!.AllNodes.Count());
        Assert.True(stream.CanRead);
    }
}
