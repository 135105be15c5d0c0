namespace Rememberizer.Contract.Fake.Tenants;

/// <summary>The name of the tenant a container belongs to, for whatever must say which tenant it serves.</summary>
public sealed record TenantIdentity(string Name);
