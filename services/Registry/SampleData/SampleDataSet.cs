using System.Text;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;
using Suite.Registry.Infrastructure;
using Suite.Registry.UseCases;

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
