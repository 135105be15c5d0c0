using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
public sealed class AccountController : AccountControllerBase
{
    public override async Task<ActionResult<Account>> GetAccount() =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(GetAccount)));

    public override async Task<ActionResult<Me>> GetMe() =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(GetMe)));
}
