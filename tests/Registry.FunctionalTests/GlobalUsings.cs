global using Grpc.Core;
global using Suite.Contracts.Registry.V1;
global using Suite.TestSupport;
global using Xunit;
global using Date = Suite.Contracts.Common.V1.Date;
