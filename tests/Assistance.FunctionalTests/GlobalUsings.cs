global using Grpc.Core;
global using Suite.Contracts.Assistance.V1;
global using Suite.TestSupport;
global using Xunit;
