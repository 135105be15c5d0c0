using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Rememberizer.Contract.Fake.Accounts;

/// <summary>
/// PBKDF2-SHA256 from the framework, stored as Django stores it (<c>pbkdf2_sha256$iterations$salt$hash</c>, the
/// format of the real, Django-based service), with a configurable and by default cheap iteration count, so
/// passwords are stored the way a real service stores them without slowing tests down.
/// </summary>
public sealed class PasswordHashing(IOptions<AuthOptions> options)
{
    private const string Algorithm = "pbkdf2_sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public string Hash(string password)
    {
        var iterations = options.Value.PasswordHashIterations;
        var salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(SaltBytes));
        return $"{Algorithm}${iterations.ToString(CultureInfo.InvariantCulture)}${salt}${Derive(password, salt, iterations)}";
    }

    public bool Verify(string hash, string password)
    {
        var parts = hash.Split('$');
        if (parts is not [Algorithm, var rounds, var salt, var expected]
            || !int.TryParse(rounds, NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Derive(password, salt, iterations)), Encoding.ASCII.GetBytes(expected));
    }

    private static string Derive(string password, string salt, int iterations) =>
        Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(salt), iterations, HashAlgorithmName.SHA256, HashBytes));
}
