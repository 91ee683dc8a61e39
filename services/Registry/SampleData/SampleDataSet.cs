using Suite.Ledger;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Contracts.Registry.V1;
using Suite.Registry.UseCases;
using Suite.Registry.Infrastructure;

namespace Suite.Registry.SampleData;

/// <summary>What sample data a fresh database receives (configuration key <c>Registry:SampleData</c>).</summary>
public enum SampleDataSet
{
    /// <summary>Nothing: production.</summary>
    None,

    /// <summary>The sample counties, townships and villages.</summary>
    Areas,

    /// <summary>The areas and a sample survey of women: the default run.</summary>
    All,
}
