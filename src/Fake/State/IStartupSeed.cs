namespace Rememberizer.Contract.Fake.State;

/// <summary>
/// State that exists from start-up and is planted again after <c>POST /_mock/reset</c>, once every
/// <see cref="IResettable"/> is back at its seed (so it can rely on users, libraries and the clock).
/// </summary>
public interface IStartupSeed
{
    Task SeedAsync();
}
