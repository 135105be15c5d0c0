namespace Rememberizer.Contract.MockServer.Tests.Install;

/// <summary>A one-interaction pact any mock honours without provider states: a refresh without a cookie.</summary>
public static class StatelessPact
{
    public static string WriteTo(string directory)
    {
        var file = Path.Combine(directory, "stateless-pact.json");
        File.WriteAllText(file, """
            {
              "consumer": { "name": "install-check" },
              "provider": { "name": "rememberizer-api" },
              "interactions": [{
                "type": "Synchronous/HTTP",
                "description": "a session refresh without a refresh cookie",
                "request": { "method": "POST", "path": "/api/v1/auth/custom-refresh/" },
                "response": { "status": 401, "body": { "content": { "code": "token_not_valid" }, "contentType": "application/json", "encoded": false } }
              }],
              "metadata": { "pactSpecification": { "version": "4.0" } }
            }
            """);
        return file;
    }
}
