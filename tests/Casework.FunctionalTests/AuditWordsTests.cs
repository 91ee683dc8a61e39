using System.Reflection;
using Suite.Audit;
using Suite.Ledger;

namespace Suite.Casework.FunctionalTests;

/// <summary>The audit trail is read in Chinese: every RPC that leaves a record has its words (AuditLabels).</summary>
public sealed class AuditWordsTests
{
    [Fact]
    public void Every_audited_call_has_its_words_for_those_who_read_the_trail()
    {
        var assemblies = new[]
        {
            typeof(Suite.Registry.RegistryEntryPoint), typeof(Suite.Assistance.AssistanceEntryPoint), typeof(Suite.LegalAid.LegalAidEntryPoint),
            typeof(Suite.Employment.EmploymentEntryPoint), typeof(Suite.FamilyEducation.FamilyEducationEntryPoint), typeof(Suite.Supervision.SupervisionEntryPoint),
            typeof(Suite.Community.CommunityEntryPoint),
            typeof(WomanRecordsGrpcService), typeof(AuditGrpcService),
        }.Select(t => t.Assembly);
        var audited = assemblies.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<AuditedAttribute>().Any())
            .Select(m => m.Name).Distinct().ToList();

        Assert.True(audited.Count > 50, $"only {audited.Count} audited calls found: the scan misses the services");
        Assert.DoesNotContain(audited, m => !AuditLabels.Names(m));
        Assert.Equal("查看妇女信息", AuditLabels.Action("/suite.registry.v1.WomenService/GetWoman"));
        Assert.Equal("无权限", AuditLabels.Outcome("PERMISSION_DENIED"));
    }
}
