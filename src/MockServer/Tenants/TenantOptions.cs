namespace Rememberizer.Contract.MockServer.Tenants;

/// <summary>How many tenants one mock holds, and how long one nobody uses is kept (section <c>Tenants</c>).</summary>
public sealed class TenantOptions
{
    public const string Section = "Tenants";

    /// <summary>A tenant (other than the default) unused for this long is dropped with everything in it.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Tenants held at once, the default one included; a request naming one more is refused.</summary>
    public int MaxTenants { get; set; } = 256;

    public bool IsValid() => IdleTimeout > TimeSpan.Zero && MaxTenants >= 1;
}
