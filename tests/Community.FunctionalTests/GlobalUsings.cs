global using Grpc.Core;
global using Suite.Contracts.Community.V1;
global using Suite.TestSupport;
global using Xunit;
