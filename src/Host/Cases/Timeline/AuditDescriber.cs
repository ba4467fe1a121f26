using System.Globalization;
using System.Text.Json;
using Thads.Enforcement.Cases;
using Thads.Enforcement.Cases.Audit;
using Thads.Enforcement.Legal.Status;
using Thads.Host.Attachments;
using Thads.Host.Localization;

namespace Thads.Host.Cases.Timeline;

/// <summary>
/// Turns the audit rows of one save (same moment, same person) into one timeline entry: a title for what was done
/// and a line per row saying what was added, changed (field: before → after) or removed, with names, money and dates
/// as people write them. Bookkeeping columns (version, stamps, keys, storage paths) are left out.
/// </summary>
public sealed class AuditDescriber(CaseText text, CaseLookups lookups)
{
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "Id", "CaseId", "Version", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "RecordedAt", "RecordedBy",
        "ChangedAt", "ChangedBy", "UploadedAt", "UploadedBy", "DecidedAt", "DecidedBy", "AssignedAt", "AssignedBy",
        "StorageKey", "ContentType", "NeedsReview", "HandoverId", "DelegatedFromCaseId", "AcceptanceKind",
    };

    private CaseText Text => text;

    public TimelineEntry Describe(IReadOnlyList<AuditEntry> change)
    {
        var first = change[0];
        var lines = change.OrderBy(a => Rank(a.Entity)).ThenBy(a => a.Id).Select(Line).Where(l => l is not null).Select(l => l!).ToList();
        return new TimelineEntry(first.At, TimelineSource.Audit, lookups.Staff.Actor(first.Actor), Title(change), lines);
    }

    /// <summary>The case first, then who, then what is owed: the order a register page reads in.</summary>
    private static int Rank(string entity) => entity switch
    {
        nameof(EnforcementCase) => 0,
        nameof(StatusChange) => 1,
        nameof(Party) => 2,
        nameof(Obligation) => 3,
        _ => 4,
    };

    private string Title(IReadOnlyList<AuditEntry> change)
    {
        bool Has(string entity, AuditAction action) => change.Any(a => a.Entity == entity && a.Action == action);

        if (Has(nameof(EnforcementCase), AuditAction.Added))
        {
            return Text["Vào sổ hồ sơ"];
        }

        if (Has(nameof(EnforcementCase), AuditAction.Deleted))
        {
            return Text["Hủy việc vào sổ hồ sơ"];
        }

        if (change.FirstOrDefault(a => a.Entity == nameof(StatusChange) && a.Action == AuditAction.Added) is { } status)
        {
            var to = Read(status.After).GetValueOrDefault("To");
            return Text["Chuyển trạng thái: {0}", Enum.TryParse<EnforcementStatus>(Str(to), out var s) ? Text.Status(s) : Str(to)];
        }

        return change.Select(a => (a.Entity, a.Action)).FirstOrDefault(x => x.Entity != nameof(EnforcementCase)) switch
        {
            (nameof(Attachment), AuditAction.Added) => Text["Thêm tệp đính kèm"],
            (nameof(Attachment), AuditAction.Deleted) => Text["Xóa tệp đính kèm"],
            (nameof(MoneyEntry), _) => Text["Ghi sổ tiền"],
            (nameof(Asset), _) => Text["Cập nhật tài sản"],
            (nameof(Assignment), _) => Text["Phân công chấp hành viên"],
            (nameof(Approval), _) => Text["Phê duyệt"],
            (nameof(VerificationRecord), _) => Text["Ghi kết quả xác minh"],
            (nameof(Notice), _) => Text["Ghi thông báo"],
            _ => Text["Cập nhật hồ sơ"],
        };
    }

    private string? Line(AuditEntry entry)
    {
        var what = Entity(entry.Entity);
        switch (entry.Action)
        {
            case AuditAction.Added:
                return Text["Thêm {0}: {1}", what, Summary(entry.Entity, Read(entry.After))];
            case AuditAction.Deleted:
                return Text["Xóa {0}: {1}", what, Summary(entry.Entity, Read(entry.Before))];
            default:
                var before = Read(entry.Before);
                var after = Read(entry.After);
                var changes = after.Keys
                    .Where(k => !Hidden.Contains(k) && !SameValue(before.GetValueOrDefault(k), after[k]))
                    .Select(k => $"{Field(k)}: {Value(entry.Entity, k, before.GetValueOrDefault(k))} → {Value(entry.Entity, k, after[k])}")
                    .ToList();
                return changes.Count == 0 ? null : Text["Sửa {0}: {1}", what, string.Join("; ", changes)];
        }
    }

    private string Entity(string entity) => entity switch
    {
        nameof(EnforcementCase) => Text["hồ sơ"],
        nameof(Party) => Text["đương sự"],
        nameof(Obligation) => Text["nghĩa vụ"],
        nameof(MoneyEntry) => Text["khoản thu, chi"],
        nameof(Asset) => Text["tài sản"],
        nameof(VerificationRecord) => Text["kết quả xác minh"],
        nameof(Notice) => Text["thông báo"],
        nameof(StatusChange) => Text["trạng thái"],
        nameof(Assignment) => Text["phân công"],
        nameof(Approval) => Text["phê duyệt"],
        nameof(Attachment) => Text["tệp đính kèm"],
        nameof(Delegation) => Text["ủy thác"],
        _ => Text["dữ liệu"],
    };

    /// <summary>What identifies an added or removed row to a reader.</summary>
    private string Summary(string entity, Dictionary<string, JsonElement> row)
    {
        string V(string key) => Value(entity, key, row.GetValueOrDefault(key));
        return entity switch
        {
            nameof(EnforcementCase) => V("CaseNumber"),
            nameof(Party) => $"{V("FullName")} ({V("Role")})",
            nameof(Obligation) => $"{V("Description")} – {V("Amount")} ({V("Kind")})",
            nameof(MoneyEntry) => $"{V("Kind")} {V("Amount")}, {Text["ngày"]} {V("On")}",
            nameof(Asset) => $"{V("Description")} ({V("State")})",
            nameof(StatusChange) => $"{V("From")} → {V("To")} ({Str(row.GetValueOrDefault("GroundCitation"))})",
            nameof(Attachment) => $"{V("FileName")} ({V("SizeBytes")})",
            nameof(Assignment) => V("ExecutorId"),
            nameof(Approval) => $"{V("Kind")}: {(row.GetValueOrDefault("Approved").ValueKind == JsonValueKind.True ? Text["duyệt"] : Text["không duyệt"])}",
            nameof(VerificationRecord) => $"{V("VerifiedOn")}: {V("Result")}",
            nameof(Notice) => $"{V("Subject")} – {V("RecipientName")}, {V("NotifiedOn")}",
            _ => row.Where(p => !Hidden.Contains(p.Key) && p.Value.ValueKind == JsonValueKind.String).Select(p => V(p.Key)).FirstOrDefault() ?? "—",
        };
    }

    private string Field(string name) => name switch
    {
        "CaseNumber" => Text["Số hồ sơ"],
        "Status" => Text["Trạng thái"],
        "StatusSince" => Text["Ngày chuyển trạng thái"],
        "ExecutorId" => Text["Chấp hành viên"],
        "AcceptedOn" => Text["Ngày thụ lý"],
        "CourtName" => Text["Tòa án"],
        "JudgmentNumber" => Text["Số bản án, quyết định"],
        "JudgmentDate" => Text["Ngày bản án, quyết định"],
        "JudgmentEffectiveDate" => Text["Ngày có hiệu lực pháp luật"],
        "DecisionNumber" => Text["Số quyết định thi hành án"],
        "DecisionDate" => Text["Ngày ra quyết định thi hành án"],
        "DecisionSignedBy" => Text["Người ký quyết định"],
        "VoluntaryPeriodEndsOn" => Text["Hết thời hạn tự nguyện"],
        "FirstVerifiedOn" => Text["Ngày xác minh lần đầu"],
        "LastVerifiedOn" => Text["Ngày xác minh gần nhất"],
        "HasConditions" => Text["Có điều kiện thi hành án"],
        "NoConditionsDecisionNumber" => Text["Số quyết định chưa có điều kiện thi hành"],
        "NoConditionsDecisionDate" => Text["Ngày quyết định chưa có điều kiện thi hành"],
        "DelegatedToUnitId" => Text["Đơn vị nhận ủy thác"],
        "DelegatedOn" => Text["Ngày ủy thác"],
        "Amount" => Text["Số tiền"],
        "Paid" => Text["Đã thi hành"],
        "Description" => Text["Nội dung"],
        "FullName" => Text["Họ tên, tên tổ chức"],
        "IdNumber" => Text["Số CCCD/MST"],
        "Address" => Text["Địa chỉ"],
        "State" => Text["Bước xử lý tài sản"],
        "SeizedOn" => Text["Ngày kê biên"],
        "ValuedOn" => Text["Ngày định giá"],
        "ValuedAmount" => Text["Giá định giá"],
        "AuctionedOn" => Text["Ngày bán đấu giá"],
        "SoldAmount" => Text["Giá bán đấu giá"],
        "EstimatedValue" => Text["Giá trị ước tính"],
        _ => name,
    };

    /// <summary>A stored value as people read it: names for ids, Vietnamese for enum names, money and dates formatted.</summary>
    private string Value(string entity, string field, JsonElement value)
    {
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return field is "Status" or "From" ? Text.Status(null) : "—";
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return Text.YesNo(value.ValueKind == JsonValueKind.True);
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return field switch
            {
                "Amount" or "Paid" or "EstimatedValue" or "ValuedAmount" or "SoldAmount" or "MoneyAmount" => UiFormat.Money(number),
                "SizeBytes" => FileSize.Text(number),
                "ExecutorId" or "HolderId" or "PreviousExecutorId" => lookups.Staff.ById((int)number) ?? "—",
                "PartyId" or "OwnerPartyId" or "RecipientPartyId" or "DebtorPartyId" or "CreditorPartyId" => lookups.Party((int)number) ?? "—",
                "ObligationId" => lookups.Obligation((int)number) ?? "—",
                "UnitId" or "DelegatedToUnitId" or "DelegatedFromUnitId" => lookups.Unit((int)number) ?? "—",
                _ => UiFormat.Number(number),
            };
        }

        var raw = Str(value);
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return UiFormat.Date(date);
        }

        return (entity, field) switch
        {
            (_, "Status" or "From" or "To") when Enum.TryParse<EnforcementStatus>(raw, out var s) => Text.Status(s),
            (nameof(Party), "Role") when Enum.TryParse<PartyRole>(raw, out var r) => Text.Role(r),
            (nameof(Party), "Kind") when Enum.TryParse<PartyKind>(raw, out var k) => Text.PartyKind(k),
            (nameof(Obligation), "Kind") when Enum.TryParse<ObligationKind>(raw, out var k) => Text.ObligationKind(k),
            (nameof(MoneyEntry), "Kind") when Enum.TryParse<MoneyKind>(raw, out var k) => Text.MoneyKind(k),
            (nameof(Asset), "Kind") when Enum.TryParse<AssetKind>(raw, out var k) => Text.AssetKind(k),
            (nameof(Asset), "State") when Enum.TryParse<AssetState>(raw, out var k) => Text.AssetState(k),
            (nameof(VerificationRecord), "Result") when Enum.TryParse<VerificationResult>(raw, out var k) => Text.VerificationResult(k),
            (nameof(EnforcementCase), "IntakePath") when Enum.TryParse<IntakePath>(raw, out var k) => Text.IntakePath(k),
            (nameof(EnforcementCase), "JudgmentType") when Enum.TryParse<JudgmentType>(raw, out var k) => Text.JudgmentType(k),
            _ => raw,
        };
    }

    private static bool SameValue(JsonElement before, JsonElement after) =>
        before.ValueKind == after.ValueKind && before.GetRawText() == after.GetRawText();

    private static string Str(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? "" : value.GetRawText();

    private static Dictionary<string, JsonElement> Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }
}
