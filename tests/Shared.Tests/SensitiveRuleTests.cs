using System.Reflection;
using Google.Protobuf.Reflection;
using Microsoft.Extensions.Configuration;
using Suite.Security;
using Suite.TestSupport;
using Xunit;

namespace Suite.Shared.Tests;

/// <summary>
/// The rules of sensitive data that must hold across the suite, checked over every service at once: one set of roles
/// holds sensitive.read everywhere, and every statistics RPC is classified, those with sensitive counts answering
/// which counts they withheld (each has its functional test at village granularity in its service's tests).
/// </summary>
public sealed class SensitiveRuleTests
{
    private static readonly string[] Services = ["Registry", "Assistance", "LegalAid", "Employment", "FamilyEducation"];

    /// <summary>Every RPC that answers counts, and whether it holds counts of sensitive things (and so withholds small ones).</summary>
    private static readonly Dictionary<string, bool> StatisticsRpcs = new()
    {
        ["suite.registry.v1.WomenService.GetStatistics"] = true,               // needs that tell of health
        ["suite.registry.v1.SurveyService.GetSurveyCoverage"] = false,         // women verified per village
        ["suite.assistance.v1.BenefitService.GetAssistanceStatistics"] = true, // health and disability programmes
        ["suite.assistance.v1.CoverageService.GetCoverageGaps"] = false,       // the women themselves, for those who work their cases
        ["suite.legalaid.v1.AwarenessService.GetLegalAidStatistics"] = true,   // domestic violence, protection orders
        ["suite.employment.v1.SupportService.GetTargetProgress"] = false,      // training, placements, posts
        ["suite.employment.v1.SupportService.GetEmploymentStatistics"] = false,
        ["suite.familyeducation.v1.GuidanceService.GetCoverage"] = false,      // households reached
        ["suite.familyeducation.v1.GuidanceService.GetFamilyEducationStatistics"] = true, // concerns about children
        ["suite.common.v1.ReferralService.GetReferralStatistics"] = false,      // sensitive referrals left out for a caller without sensitive.read
        ["suite.community.v1.CommunityStatisticsService.GetCommunityStatistics"] = true, // counselling
        ["suite.supervision.v1.IndicatorService.GetProgress"] = false,         // rates of the programmes' work per unit, from the counts above
        ["suite.supervision.v1.PlanService.ReportProgress"] = false,           // a unit's report on its task: no counts of people
        ["suite.supervision.v1.PlanService.ListProgressReports"] = false,
    };

    [Fact]
    public void The_same_roles_hold_sensitive_read_in_every_service()
    {
        var holders = Services.ToDictionary(s => s, s => Holders(s, out _));
        var known = Services.ToDictionary(s => s, s => { Holders(s, out var roles); return roles; });
        Assert.Contains(("civil-affairs", "admin"), holders["LegalAid"]);
        Assert.Contains(("justice", "county-officer"), holders["LegalAid"]);
        foreach (var a in Services)
        {
            foreach (var b in Services)
            {
                // Where both services know a role, it holds the permission in both or in neither.
                var shared = known[a].Intersect(known[b]);
                Assert.All(shared, role => Assert.True(holders[a].Contains(role) == holders[b].Contains(role),
                    $"{role.Department}/{role.Role} holds {SuitePermissions.SensitiveRead} in {(holders[a].Contains(role) ? a : b)} but not in {(holders[a].Contains(role) ? b : a)}"));
            }
        }
    }

    [Fact]
    public void Every_statistics_RPC_is_classified_and_those_with_sensitive_counts_say_what_they_withheld()
    {
        var found = Methods().Where(m => m.Name.Contains("Statistics") || m.Name.Contains("Coverage") || m.Name.Contains("Progress") || m.Name.Contains("Gaps"))
            .ToDictionary(m => m.FullName);
        Assert.Equal(StatisticsRpcs.Keys.Order(), found.Keys.Order());
        foreach (var (name, sensitive) in StatisticsRpcs)
        {
            var suppressed = found[name].OutputType.FindFieldByName("suppressed");
            Assert.True(sensitive == (suppressed is { IsRepeated: true, FieldType: FieldType.String }), $"{name}: {(sensitive ? "no" : "an unexpected")} 'suppressed' field");
        }
    }

    private static IEnumerable<MethodDescriptor> Methods() => typeof(Suite.Contracts.Common.V1.Date).Assembly.GetTypes()
        .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
        .OfType<FileDescriptor>()
        .SelectMany(f => f.Services)
        .SelectMany(s => s.Methods);

    private static HashSet<(string Department, string Role)> Holders(string service, out HashSet<(string Department, string Role)> known)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(Repository.Root, "services", service, "appsettings.json")).Build();
        var roles = configuration.GetSection("Authorization:Grants").GetChildren().SelectMany(d => d.GetChildren().Select(r => (Department: d.Key, Role: r.Key, Permissions: r.GetChildren().Select(p => p.Value))));
        known = roles.Select(r => (r.Department, r.Role)).ToHashSet();
        return roles.Where(r => r.Permissions.Contains(SuitePermissions.SensitiveRead)).Select(r => (r.Department, r.Role)).ToHashSet();
    }
}
