namespace Rememberizer.Contract.MockServer.Http.Errors;

/// <summary>
/// Gives every body-less error response a DRF body: unknown routes (404), wrong methods (405), oversized bodies
/// rejected by the server (413), and anything an exception turned into a status. Never HTML, never a stack trace.
/// </summary>
public static class DrfStatusCodePages
{
    public static IApplicationBuilder UseDrfErrorBodies(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            ExceptionHandler = context => DrfErrors.WriteDetailAsync(context, context.Response.StatusCode, DrfStatusText.For(context.Response.StatusCode, context)),
        });
        app.UseStatusCodePages(async pages =>
        {
            var context = pages.HttpContext;
            if (context.Response.ContentLength is null or 0 && context.Response.ContentType is null)
            {
                await DrfErrors.WriteDetailAsync(context, context.Response.StatusCode, DrfStatusText.For(context.Response.StatusCode, context));
            }
        });
        return app;
    }
}
