using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;

namespace Thads.Host.Statistics;

public sealed record DrillDownView(string Form, string Period, string Column, string ColumnTitle, string Row, string RowLabel, int Count, decimal Sum, int Page, int PageSize, IReadOnlyList<DrillDownItemView> Items)
{
    public static DrillDownView From(DrillDownResult r) => new(
        r.Definition.FormNumber, r.Period.Key, r.Column.Number, r.Column.Title, r.RowKey, r.RowLabel, r.Count, r.Sum, r.Page, r.PageSize,
        r.Items.Select(i => new DrillDownItemView(i.FactId, i.CaseNumber, i.UnitCode, i.Source.ToString(), i.LiveCaseId, i.SourceLine,
            Thads.Enforcement.Statistics.Facts.StatDate.Iso(i.AcceptedOn), i.Value, r.Definition.Form == FormKind.Money ? i.Vnd : null)).ToList());
}
