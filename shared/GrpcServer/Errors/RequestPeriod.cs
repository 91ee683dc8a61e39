using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.GrpcServer.Errors;

/// <summary>The period of a statistics or list request (from_date, to_date): both optional, both ends inclusive.</summary>
public static class RequestPeriod
{
    public static (DateOnly From, DateOnly To) Of(Date? from, Date? to)
    {
        var errors = new FieldViolations();
        var start = DateOnly.MinValue;
        var end = DateOnly.MaxValue;
        if (from is not null && errors.Require(from.TryToDateOnly(out var f), "from_date", "is not a valid date"))
        {
            start = f;
        }
        if (to is not null && errors.Require(to.TryToDateOnly(out var t), "to_date", "is not a valid date"))
        {
            end = t;
        }
        errors.Require(start <= end, "to_date", "must not be before from_date");
        errors.ThrowIfAny();
        return (start, end);
    }
}
