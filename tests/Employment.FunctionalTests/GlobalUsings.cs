global using Grpc.Core;
global using Suite.Contracts.Employment.V1;
global using Suite.TestSupport;
global using Xunit;
