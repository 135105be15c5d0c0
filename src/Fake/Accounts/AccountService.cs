using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Mail;

namespace Rememberizer.Contract.Fake.Accounts;

/// <summary>
/// The account rules behind sign-up, sign-in and e-mail verification. Input has already passed the spec's
/// syntactic checks; this class decides uniqueness, captcha, credentials and codes. A rejected call changes nothing.
/// </summary>
public sealed class AccountService(
    UserStore users,
    PasswordHashing passwords,
    VerificationCodes codes,
    Mailbox mailbox,
    IOptions<AuthOptions> options)
{
    public async Task<SignUpResult> SignUpAsync(string email, string password, string name, string captcha)
    {
        var errors = new Dictionary<string, IReadOnlyList<string>>();
        if (users.Exists(email))
        {
            errors["email"] = [AccountMessages.EmailTaken];
        }

        if (!CaptchaPasses(captcha))
        {
            errors["captcha"] = [AccountMessages.CaptchaFailed];
        }

        if (errors.Count > 0)
        {
            return SignUpResult.Invalid(errors);
        }

        // Hashing happens outside the store's lock; the store's own check decides a race between equal e-mails.
        var user = await users.TryAddAsync(email, name, passwords.Hash(password), emailVerified: false);
        if (user is null)
        {
            return SignUpResult.Invalid(new Dictionary<string, IReadOnlyList<string>> { ["email"] = [AccountMessages.EmailTaken] });
        }

        await mailbox.SendVerificationCodeAsync(user.Email, await codes.IssueAsync(user.Id));
        return SignUpResult.Created(user);
    }

    /// <summary>Creates a user directly (control API): no captcha, no e-mail; null when the e-mail is taken.</summary>
    public Task<UserAccount?> CreateUserAsync(string email, string password, string name, bool emailVerified) =>
        users.TryAddAsync(email, name, passwords.Hash(password), emailVerified);

    /// <summary>Marks the e-mail verified without a code (control API); null when there is no such user.</summary>
    public Task<UserAccount?> ConfirmEmailAsync(int userId) => users.MarkVerifiedAsync(userId);

    public async Task<SignInResult> SignInAsync(string login, string password, string captcha)
    {
        if (!CaptchaPasses(captcha))
        {
            return new SignInResult(SignInOutcome.CaptchaFailed);
        }

        var user = users.FindByEmail(login);
        if (user is null || !passwords.Verify(user.PasswordHash, password))
        {
            return new SignInResult(SignInOutcome.BadCredentials);
        }

        if (!user.EmailVerified && codes.NeedsNewCode(user.Id))
        {
            await mailbox.SendVerificationCodeAsync(user.Email, await codes.IssueAsync(user.Id));
        }

        return new SignInResult(SignInOutcome.SignedIn, user);
    }

    public async Task<VerifyOutcome> VerifyEmailAsync(int userId, string code)
    {
        if (users.Find(userId) is null)
        {
            return VerifyOutcome.UnknownUser;
        }

        switch (await codes.CheckAsync(userId, code))
        {
            case CodeCheck.Accepted:
                await users.MarkVerifiedAsync(userId);
                return VerifyOutcome.Verified;
            case CodeCheck.Locked:
                return VerifyOutcome.Locked;
            default:
                return VerifyOutcome.CodeRejected;
        }
    }

    private bool CaptchaPasses(string captcha) =>
        !string.IsNullOrWhiteSpace(captcha) && !string.Equals(captcha, options.Value.FailingCaptcha, StringComparison.Ordinal);
}
