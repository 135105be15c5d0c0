using Rememberizer.Contract.Fake.Accounts;
using Rememberizer.Contract.Fake.Seed;
using Rememberizer.Contract.Fake.World;

namespace Rememberizer.Contract.MockServer.Tests.Infrastructure;

/// <summary>One tenant's domain on its own, without HTTP or a container: the fake's parts as the mock composes them, seeded.</summary>
public static class FakeWorld
{
    public static Task<DomainWorld> CreateAsync(DataOptions? data = null) => DomainWorld.CreateAsync(new AuthOptions(), data ?? new DataOptions());
}
