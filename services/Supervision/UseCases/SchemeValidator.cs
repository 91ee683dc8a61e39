using Suite.GrpcServer.Errors;
using Suite.Supervision.Rules;
using Proto = Suite.Contracts.Supervision.V1;

namespace Suite.Supervision.UseCases;

/// <summary>A scoring scheme is checked when saved: known indicators once each, weights summing to 100, targets in (0, 1].</summary>
public static class SchemeValidator
{
    public static void Validate(Proto.SaveSchemeRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("reason", request.Reason, 200, required: false);
        if (!errors.Require(request.Scheme is not null, "scheme", "is required"))
        {
            errors.ThrowIfAny();
        }
        var scheme = request.Scheme!;
        errors.Require(scheme.Year is >= 2000 and <= 2100, "scheme.year", "must be 2000 to 2100");
        errors.Require(scheme.Items.Count > 0, "scheme.items", "is required");
        for (var i = 0; i < scheme.Items.Count; i++)
        {
            var item = scheme.Items[i];
            errors.Require(IndicatorCatalogue.Find(item.Indicator) is not null, $"scheme.items[{i}].indicator", "must be an indicator the suite computes");
            errors.Require(scheme.Items.Take(i).All(earlier => earlier.Indicator != item.Indicator), $"scheme.items[{i}].indicator", "must appear once");
            errors.Require(item.Weight is >= 1 and <= 100, $"scheme.items[{i}].weight", "must be 1 to 100");
            errors.Require(item.Target is > 0 and <= 1, $"scheme.items[{i}].target", "must be greater than 0 and at most 1");
        }
        var total = scheme.Items.Sum(i => i.Weight);
        errors.Require(scheme.Items.Count == 0 || total == 100, "scheme.items", $"weights must sum to 100 (they sum to {total})");
        errors.Require(scheme.OverdueTaskDeduction is >= 0 and <= 10, "scheme.overdue_task_deduction", "must be 0 to 10");
        errors.Require(scheme.MaxDeduction is >= 0 and <= 100, "scheme.max_deduction", "must be 0 to 100");
        errors.ThrowIfAny();
    }
}
