global using Grpc.Core;
global using Suite.Contracts.Common.V1;
global using Suite.Contracts.FamilyEducation.V1;
global using Suite.TestSupport;
global using Xunit;
