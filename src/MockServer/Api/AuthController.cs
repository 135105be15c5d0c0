using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.Generated.Server;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api;

[ApiController]
public sealed class AuthController : AuthControllerBase
{
    public override async Task<ActionResult<SignUpResponse>> SignUp(SignUpRequest body) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(SignUp)));

    public override async Task<IActionResult> SignIn(SignInRequest body) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(SignIn)));

    public override async Task<ActionResult<VerifyEmailResponse>> VerifyEmail(VerifyEmailRequest body) =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(VerifyEmail)));

    public override async Task<IActionResult> RefreshSession() =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(RefreshSession)));

    public override async Task<IActionResult> LogOut() =>
        await Task.FromResult(DrfErrors.NotImplemented(nameof(LogOut)));
}
