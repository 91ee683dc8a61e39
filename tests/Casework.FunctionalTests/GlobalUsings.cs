global using Grpc.Core;
global using Suite.Contracts;
global using Suite.Contracts.Common.V1;
global using Suite.TestSupport;
global using Xunit;
