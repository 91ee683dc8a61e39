using Google.Protobuf.Reflection;

namespace Suite.Registry.FunctionalTests.Security;

/// <summary>Every RPC the Registry serves.</summary>
public static class RegistryMethods
{
    public static IEnumerable<MethodDescriptor> All => RawGrpc.MethodsOf(
        WomenService.Descriptor, AreasService.Descriptor, WorkforceService.Descriptor, SurveyService.Descriptor, Suite.Contracts.Common.V1.AuditService.Descriptor);
}
