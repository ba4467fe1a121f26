using Thads.Enforcement.Statistics.Closing;
using Thads.Enforcement.Statistics.Definitions;
using Thads.Enforcement.Statistics.Engine;

namespace Thads.Host.Statistics;

public sealed record DrillDownItemView(long FactId, string CaseNumber, string Unit, string Source, int? CaseId, int? RegisterLine, string AcceptedOn, decimal Value, long? AmountVnd);
