using Suite.Contracts.Registry.V1;

namespace Suite.Ledger;

/// <summary>The Chinese names of the Registry's enums that the ledger layout does not already name.</summary>
public static class RegistryLabels
{
    public static readonly CsvLabels<AreaLevel> AreaLevel = new(
        (Contracts.Registry.V1.AreaLevel.County, "县"), (Contracts.Registry.V1.AreaLevel.Township, "乡镇"), (Contracts.Registry.V1.AreaLevel.Village, "村"));

    public static readonly CsvLabels<ImportOutcome> ImportOutcome = new(
        (Contracts.Registry.V1.ImportOutcome.Created, "新增"), (Contracts.Registry.V1.ImportOutcome.Updated, "更新"),
        (Contracts.Registry.V1.ImportOutcome.Unchanged, "无变化"), (Contracts.Registry.V1.ImportOutcome.Rejected, "退回"));
}
