using Bogus;

namespace Rememberizer.Contract.Fake.Seed;

/// <summary>
/// Bogus fakers whose every value follows from the configured seed and a stream name, never from the global
/// Randomizer or the wall clock, so concurrent seeding stays deterministic.
/// </summary>
public static class SeededFaker
{
    public static Faker For(int seed, string stream, int key = 0) =>
        new("en") { Random = new Randomizer(Mix(seed, stream, key)) };

    /// <summary>A stable hash: string.GetHashCode is randomised per process, which would break determinism.</summary>
    private static int Mix(int seed, string stream, int key)
    {
        unchecked
        {
            var hash = (uint)seed * 2654435761u;
            foreach (var c in stream)
            {
                hash = (hash ^ c) * 16777619u;
            }

            hash = (hash ^ (uint)key) * 2246822519u;
            return (int)(hash ^ (hash >> 15));
        }
    }
}
