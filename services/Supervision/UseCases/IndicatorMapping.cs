using Suite.Supervision.Model;
using Suite.Supervision.Rules;
using Proto = Suite.Contracts.Supervision.V1;

namespace Suite.Supervision.UseCases;

/// <summary>Indicators and figures on the wire.</summary>
public static class IndicatorMapping
{
    public static Proto.Figure ToProto(FigureRecord f) => new()
    {
        Indicator = f.Indicator, AreaCode = f.AreaCode, State = f.State, Numerator = f.Numerator, Denominator = f.Denominator, Rate = f.Rate,
    };

    public static Proto.ListIndicatorsResponse Catalogue() => new()
    {
        Indicators =
        {
            IndicatorCatalogue.All.Select(d => new Proto.Indicator { Code = d.Code, Name = d.Name, Service = d.Service, Department = d.Department, Definition = d.Explained }),
        },
    };
}
