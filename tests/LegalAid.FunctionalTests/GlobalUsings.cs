global using Grpc.Core;
global using Suite.Contracts.LegalAid.V1;
global using Suite.TestSupport;
global using Xunit;
