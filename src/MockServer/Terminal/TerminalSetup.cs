using Microsoft.Extensions.Options;
using Rememberizer.Contract.Fake.Mail;
using Rememberizer.Contract.MockServer.Tenants;

namespace Rememberizer.Contract.MockServer.Terminal;

/// <summary>Registers the terminal and, unless the mock is quiet, prints every e-mail the mailbox "sends".</summary>
public static class TerminalSetup
{
    public static IServiceCollection AddTerminal(this IServiceCollection services)
    {
        services.AddSingleton(_ => TerminalOutput.ForConsole());
        services.AddSingleton<TerminalLog>();
        services.AddHostedService(sp => sp.GetRequiredService<TerminalLog>());
        return services;
    }

    public static void PrintMail(IServiceProvider services)
    {
        if (services.GetRequiredService<IOptions<MockServerOptions>>().Value.Quiet)
        {
            return;
        }

        // Every tenant's mailbox, each as the tenant is made (the default one first, at start-up).
        var terminal = services.GetRequiredService<TerminalLog>();
        services.GetRequiredService<TenantRegistry>().Created += tenant =>
            tenant.Services.GetRequiredService<Mailbox>().Sent += message =>
                terminal.Write(new MailLine(DateTimeOffset.Now, message.To, message.Subject, message.Code));
    }
}
