using Suite.Domain;
using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Employment.V1;

namespace Suite.Employment.UseCases;

/// <summary>The fields of start-up support and targets.</summary>
public static class SupportValidator
{
    public static void Validate(Proto.RecordStartupSupportRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Support is not null, "support", "is required"))
        {
            var s = request.Support!;
            errors.Require(s.WomanId > 0, "support.woman_id", "is required");
            errors.Defined("support.kind", s.Kind, required: true);
            errors.Require(s.AmountYuan is >= 1 and <= 3_000_000, "support.amount_yuan", "must be 1 to 3,000,000");
            errors.PastDate("support.date", s.Date, today, required: true);
            errors.Text("support.incubation_base", s.IncubationBase, 100, required: false);
            if (s.Kind == Proto.SupportKind.GuaranteedLoan)
            {
                errors.Text("support.bank", s.Bank, 100, required: true);
                errors.Require(s.TermMonths is >= 1 and <= 120, "support.term_months", "must be 1 to 120");
                errors.Require(s.SubsidisedRatePercent is >= 0 and <= 20, "support.subsidised_rate_percent", "must be 0 to 20");
                errors.Defined("support.loan_status", s.LoanStatus, required: true);
            }
            else
            {
                errors.Require(s.Bank.Length == 0 && s.TermMonths == 0 && s.LoanStatus == Proto.LoanStatus.Unspecified, "support.kind", "a subsidy has no bank, term or loan status");
            }
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.SetTargetRequest request)
    {
        var errors = new FieldViolations();
        if (errors.Require(request.Target is not null, "target", "is required"))
        {
            var t = request.Target!;
            errors.Require(AreaCode.IsDigits(t.AreaCode) && t.AreaCode.Length is AreaCode.CountyLength or AreaCode.TownshipLength or AreaCode.VillageLength,
                "target.area_code", "must be a county (6), township (9) or village (12 digits) code");
            errors.Require(t.Year is >= 2000 and <= 2100, "target.year", "must be 2000 to 2100");
            foreach (var (field, value) in new[] { ("training_person_times", t.TrainingPersonTimes), ("new_posts", t.NewPosts), ("women_placed", t.WomenPlaced), ("mother_post_sites", t.MotherPostSites) })
            {
                errors.Require(value is >= 0 and <= 1_000_000, "target." + field, "must be 0 to 1,000,000");
            }
        }
        errors.ThrowIfAny();
    }
}
