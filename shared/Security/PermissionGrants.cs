using Microsoft.Extensions.Configuration;

namespace Suite.Security;

/// <summary>
/// Which department+role pairs hold which permissions, from configuration (<c>Authorization:Grants:{department}:{role}</c>
/// = list of permission names), not from code, so a province can adjust its matrix without a release.
/// </summary>
public sealed class PermissionGrants
{
    private readonly Dictionary<(string Department, string Role), HashSet<string>> _grants = [];

    public PermissionGrants(IConfiguration configuration)
    {
        foreach (var department in configuration.GetSection("Authorization:Grants").GetChildren())
        {
            foreach (var role in department.GetChildren())
            {
                _grants[(department.Key, role.Key)] = role.GetChildren().Select(p => p.Value ?? "").ToHashSet(StringComparer.Ordinal);
            }
        }
    }

    public bool Allows(string department, string role, string permission) =>
        _grants.TryGetValue((department, role), out var permissions) && permissions.Contains(permission);
}
