using System.Reflection;

namespace Rememberizer.Contract.MockServer;

/// <summary>The version a user reports: the package version, without the commit the build appends to it.</summary>
public static class ProductVersion
{
    public static string Current { get; } =
        typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
}
